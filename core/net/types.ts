/** What a resource is fetched as; it picks the Accept header and the byte cap. */
export type ResourceKind = 'json' | 'image';

export interface NetLimits {
  /** Per fetch, redirects and body included. Default 10 s. */
  readonly timeoutMs?: number;
  /** Default 2 MiB. */
  readonly maxJsonBytes?: number;
  /** Default 10 MiB. */
  readonly maxImageBytes?: number;
  /** Default 5. */
  readonly maxRedirects?: number;
}

export const DEFAULT_NET_LIMITS: Required<NetLimits> = {
  timeoutMs: 10_000,
  maxJsonBytes: 2 * 1024 * 1024,
  maxImageBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
};

/** A pre-fetched document: parsed JSON (any value), or text (a JWS, a VC-JWT), or bytes (an image). */
export type SuppliedDocument = unknown;

export interface NetOptions {
  /** Injected fetch; defaults to the global one. */
  readonly fetch?: typeof fetch;
  /** Never touch the network: only `documents` are used. */
  readonly offline?: boolean;
  /** URL → document, used before the network. */
  readonly documents?: ReadonlyMap<string, SuppliedDocument> | { readonly [url: string]: SuppliedDocument };
  /** Allow loopback, private and link-local addresses. Default false. */
  readonly allowPrivateNetwork?: boolean;
  /**
   * Resolves a host name to its addresses so that names pointing into a private network are refused too.
   * Node passes one (DNS); a browser cannot, and only literal addresses and `localhost` are checked there.
   */
  readonly resolveHost?: (hostname: string) => Promise<readonly string[]>;
  readonly signal?: AbortSignal;
  readonly limits?: NetLimits;
}

export type FetchFailure =
  | 'offline' // offline mode and no supplied document
  | 'refused' // not http(s), or a private address while that is not allowed
  | 'invalid-url'
  | 'timeout'
  | 'too-large'
  | 'too-many-redirects'
  | 'not-found' // HTTP 404
  | 'gone' // HTTP 410: for a hosted assertion, revoked
  | 'http-error' // any other non-2xx status
  | 'unreachable' // network error, DNS failure, or (in a browser) a cross-origin read the host does not allow
  | 'not-json'
  | 'aborted';

export type Fetched =
  | {
      readonly ok: true;
      /** The URL asked for, and where it ended after redirects. */
      readonly url: string;
      readonly finalUrl: string;
      readonly status: number;
      readonly contentType: string;
      readonly bytes: Uint8Array;
      readonly source: 'network' | 'documents';
    }
  | {
      readonly ok: false;
      readonly url: string;
      readonly reason: FetchFailure;
      readonly status?: number;
      /** A sentence for the user. */
      readonly message: string;
    };

/** One entry per URL a check asked for: the report lists them so a user sees which hosts were contacted. */
export interface FetchRecord {
  readonly url: string;
  readonly finalUrl?: string;
  readonly source: 'network' | 'documents' | 'none';
  readonly status?: number;
  readonly outcome: 'ok' | FetchFailure;
}
