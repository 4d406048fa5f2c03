import { readCappedBody } from '../../core/index.ts';

/** What a source URL held, as far as the page can read it. */
export type Loaded =
  | { readonly kind: 'image'; readonly url: string; readonly bytes: Uint8Array }
  | { readonly kind: 'json'; readonly url: string; readonly value: unknown }
  | { readonly kind: 'text'; readonly url: string; readonly text: string }
  /** `blocked`: the browser would not let the page read it (no CORS) or the host did not answer. */
  | { readonly kind: 'unreadable'; readonly url: string; readonly reason: 'blocked' | 'http-error' | 'too-large' | 'timeout'; readonly message: string };

export interface LoadOptions {
  readonly fetch: typeof fetch;
  readonly maxBytes?: number;
  readonly timeoutMs?: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];

/**
 * Reads a source the publisher named in `src` (a collection file, a baked image, an assertion or
 * credential, a JWS), bounded in time and size. Badge data found inside goes to the core, whose own
 * fetches obey the security rules; this reads only what the page's markup points at, as an `<img>` would.
 *
 * @example
 * const loaded = await loadSource('https://me.example/badges.json', { fetch });
 * if (loaded.kind === 'json') readCollection(loaded.value);
 */
export async function loadSource(url: string, options: LoadOptions): Promise<Loaded> {
  const { maxBytes = 10 * 1024 * 1024, timeoutMs = 10_000 } = options;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      response = await options.fetch(url, { signal: controller.signal, headers: { Accept: 'application/json, application/ld+json, image/png, image/svg+xml, text/plain;q=0.5' } });
    } catch {
      if (controller.signal.aborted) return { kind: 'unreadable', url, reason: 'timeout', message: `no answer within ${timeoutMs / 1000} s` };
      return { kind: 'unreadable', url, reason: 'blocked', message: 'this page may not read it, or its site did not answer' };
    }
    if (!response.ok) return { kind: 'unreadable', url, reason: 'http-error', message: `HTTP ${response.status}` };
    const read = await readCappedBody(response, maxBytes);
    const bytes = read.ok ? read.bytes : undefined;
    if (bytes === undefined) return { kind: 'unreadable', url, reason: 'too-large', message: `larger than ${Math.round(maxBytes / 1024 / 1024)} MiB` };
    return classify(url, bytes);
  } catch {
    return { kind: 'unreadable', url, reason: controller.signal.aborted ? 'timeout' : 'blocked', message: 'reading it failed' };
  } finally {
    clearTimeout(timer);
  }
}

/** PNG by its signature, SVG by its first tag; otherwise JSON when it parses, else text. */
export function classify(url: string, bytes: Uint8Array): Loaded {
  if (PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) return { kind: 'image', url, bytes };
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '').trim();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(text.slice(0, 4096)) || (/^<\?xml/.test(text) && /<svg[\s>]/i.test(text))) {
    return { kind: 'image', url, bytes };
  }
  if (text.startsWith('{') || text.startsWith('[') || text.startsWith('"')) {
    try {
      return { kind: 'json', url, value: JSON.parse(text) };
    } catch {
      // Not JSON: the text as it is, and the core says what is wrong with it.
    }
  }
  return { kind: 'text', url, text };
}
