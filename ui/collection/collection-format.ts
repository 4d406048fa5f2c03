/**
 * The collection file: an earner's badges with what it takes to verify them again anywhere. Written by
 * `badge-lens collect`, read by `<open-badges src="badges.json">`; a person may also write one by hand
 * with nothing but `input`s. The JSON Schema is public/schemas/collection.schema.json; the rules the
 * widget and the command line apply are in validate-collection.ts (README, "The collection file").
 *
 * @example
 * { "type": "BadgeLensCollection", "version": 1,
 *   "badges": [{ "input": "https://issuer.example/assertions/42" }, { "input": "robotics.png" }] }
 */
export const COLLECTION_TYPE = 'BadgeLensCollection';
export const COLLECTION_VERSION = 1;
/** A collection is read whole by every visitor's browser: keep it to what a CV can show. */
export const MAX_BADGES = 500;

/** Statuses a verification can end in (core's `Status`, restated: this file is data, not code). */
export const STATUSES = ['verified', 'invalid', 'revoked', 'suspended', 'expired', 'unverified'] as const;
export type CollectedStatus = (typeof STATUSES)[number];

export interface Collection {
  readonly $schema?: string;
  readonly type: typeof COLLECTION_TYPE;
  readonly version?: typeof COLLECTION_VERSION;
  /** Shown above the badges, e.g. "Ada's badges". */
  readonly title?: string;
  /** When `badge-lens collect` made the file (ISO 8601). */
  readonly collectedAt?: string;
  /** What made the file, e.g. "badge-lens 0.1.0". */
  readonly generator?: string;
  /**
   * URL (or DID) → document, as the issuers published them at collection time (issuer profiles, keys, DID
   * documents, status lists, hosted assertions): every badge is verified with these before the network.
   */
  readonly documents?: { readonly [url: string]: unknown };
  readonly badges: readonly CollectionBadge[];
}

export interface CollectionBadge {
  /**
   * What is verified: a URL (absolute, or relative to the collection file) of an assertion, a credential
   * or a baked image; a compact JWS or VC-JWT; or the assertion or credential itself as a JSON object.
   */
  readonly input: string | { readonly [key: string]: unknown };
  /** Where `collect` found the badge: a URL, or a file's name (never a local path). */
  readonly source?: string;
  /** The picture to show: a URL (absolute or relative to the file) or a `data:image/` URL. Default: the badge's own image. */
  readonly image?: string;
  /** What to show before the badge is verified, and for filtering and sorting. */
  readonly preview?: Preview;
  /** The earner's own tags, added to the badge's, for filtering. */
  readonly tags?: readonly string[];
  /**
   * URLs among `documents` that say whether the badge is still good (revocation and status lists, a hosted
   * assertion): the widget fetches these live when it can and falls back to the saved copies.
   */
  readonly live?: readonly string[];
  /** The verification `collect` made. */
  readonly collected?: CollectedRecord;
}

export interface Preview {
  readonly name?: string;
  readonly description?: string;
  readonly issuer?: { readonly name?: string; readonly url?: string; readonly id?: string };
  /** ISO 8601. */
  readonly issuedOn?: string;
  readonly expires?: string;
  readonly tags?: readonly string[];
}

/** A dated verification record: what the check at collection time found. */
export interface CollectedRecord {
  readonly checkedAt: string;
  readonly status: CollectedStatus;
  readonly summary: string;
  readonly checks?: readonly { readonly id: string; readonly status: string; readonly message: string }[];
}
