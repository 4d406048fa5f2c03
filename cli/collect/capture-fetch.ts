/**
 * A `fetch` for the core that keeps a copy of the body it receives for one URL (the source being
 * collected), so that `collect` stores what the source held (a baked image's payload) without fetching it
 * a second time. Every request still goes through core/net: http(s) only, bounded, private addresses
 * refused unless allowed.
 */
export interface CapturingFetch {
  readonly fetch: typeof fetch;
  /** The body of the first successful answer for the URL, or undefined. */
  captured(): Promise<Uint8Array | undefined>;
}

const MAX_CAPTURE = 10 * 1024 * 1024;

export function capturingFetch(base: typeof fetch, url: string): CapturingFetch {
  let body: Promise<Uint8Array | undefined> | undefined;
  const wrapped: typeof fetch = async (input, init) => {
    const response = await base(input, init);
    const asked = input instanceof Request ? input.url : String(input);
    const length = Number(response.headers.get('content-length') ?? 0);
    if (body === undefined && asked === url && response.ok && length <= MAX_CAPTURE) {
      body = response
        .clone()
        .arrayBuffer()
        .then((buffer) => (buffer.byteLength <= MAX_CAPTURE ? new Uint8Array(buffer) : undefined))
        .catch(() => undefined);
    }
    return response;
  };
  return { fetch: wrapped, captured: async () => body };
}
