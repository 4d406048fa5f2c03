import { readCappedBody } from '../../../core/index.ts';
/**
 * The `fetch` the background gives the core for one check. Every request still goes through core/net
 * (http(s) only, private addresses refused, timeout, byte and redirect caps); this only adds:
 *
 * - the browser's HTTP cache: the candidate image itself may come from the cache without asking the
 *   server again (`force-cache`: its baked bytes do not change), everything else follows the server's
 *   caching rules, and a recheck (`refresh`) revalidates everything (`no-cache`), since status can change;
 * - a low fetch priority while scanning, so the page's own requests go first (a recheck the user asked
 *   for goes first instead);
 * - a copy of the first successful response's body (the candidate's own bytes), read up to `maxBytes`,
 *   so the background can tell an image without a badge from a badge that failed its checks.
 */
export interface CapturingFetch {
  readonly fetch: typeof fetch;
  /** The first successful response's bytes so far; undefined when none arrived or it was too large. */
  captured(): Promise<Uint8Array | undefined>;
}

export interface CaptureOptions {
  /** The candidate's URL: the one request allowed to come from the cache without revalidation. */
  readonly url?: string;
  readonly refresh: boolean;
  readonly maxBytes: number;
  /** Called with the captured bytes as soon as they are read, while the check goes on. */
  readonly onBody?: (bytes: Uint8Array) => void;
  /** The candidate is an image: ask for one, as the page's `<img>` did, whatever its address says. */
  readonly image?: boolean;
}

const IMAGE_ACCEPT = 'image/png, image/svg+xml;q=0.9, image/*;q=0.5, */*;q=0.1';

export function capturingFetch(base: typeof fetch, options: CaptureOptions): CapturingFetch {
  let body: Promise<Uint8Array | undefined> | undefined;
  const wrapped: typeof fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const cache: RequestCache = options.refresh ? 'no-cache' : url === options.url ? 'force-cache' : 'default';
    // Scanning a page must not slow down the page's own loading: its requests go first.
    const priority: RequestPriority = options.refresh ? 'high' : 'low';
    const headers = options.image && url === options.url ? { ...Object.fromEntries(new Headers(init?.headers)), accept: IMAGE_ACCEPT } : init?.headers;
    const response = await base(input, { ...init, ...(headers ? { headers } : {}), cache, priority });
    if (body === undefined && response.ok && response.type !== 'opaqueredirect') {
      body = readCappedBody(response.clone(), options.maxBytes).then((read) => (read.ok ? read.bytes : undefined)).catch(() => undefined);
      void body.then((bytes) => bytes && options.onBody?.(bytes));
    }
    return response;
  };
  return { fetch: wrapped, captured: async () => (body === undefined ? undefined : body) };
}
