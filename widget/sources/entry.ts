import type { CollectedRecord } from '../../ui/collection/collection-format.ts';
import type { Shown } from './preview.ts';

/** What the collection file saved for a badge: the documents to verify it with, and when. */
export interface Saved {
  readonly documents: { readonly [url: string]: unknown };
  /** Documents to fetch live when possible (status and revocation lists, a hosted assertion). */
  readonly live: readonly string[];
  /** When the documents were saved (the file's `collectedAt`, else the record's date). */
  readonly collectedAt?: string;
  readonly collected?: CollectedRecord;
}

/** One badge to show and verify, from whatever source it came. */
export interface BadgeEntry {
  /** Unique within the element, stable across re-renders. */
  readonly key: string;
  /** What the core verifies: an absolute URL, a JWS or VC-JWT, a JSON object, or a baked image's bytes. */
  readonly input: string | { readonly [key: string]: unknown } | Uint8Array;
  /** What the source says, before verification. */
  readonly shown: Shown;
  /** The earner's own tags. */
  readonly tags: readonly string[];
  /** Where the badge is published (an http(s) URL), for "open it where it is published". */
  readonly link?: string;
  readonly saved?: Saved;
}
