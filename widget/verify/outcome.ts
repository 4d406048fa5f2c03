import type { Report, Status } from '../../core/index.ts';
import type { CollectedRecord } from '../../ui/collection/collection-format.ts';
import type { BadgeEntry } from '../sources/entry.ts';
import type { Shown } from '../sources/preview.ts';

/** Where each part of a verification came from: the visitor's browser now, the collection file, or both. */
export interface How {
  /** When the browser ran the checks (the report's `checkedAt`). */
  readonly checkedAt: string;
  /** When the saved documents were collected, if any were used. */
  readonly savedOn?: string;
  /** URLs whose documents came from the collection file. */
  readonly fromFile: readonly string[];
  /** URLs fetched live by this browser. */
  readonly live: readonly string[];
  /**
   * For badges from a collection file: revocation checked `live`; or as `saved` at collection because the
   * live check could not be made (`unreachable` says where); `offline` when the page checks offline;
   * `none` when the badge names no revocation list. Absent for badges read straight from their source.
   */
  readonly revocation?: 'live' | 'saved' | 'offline' | 'none';
  readonly unreachable: readonly string[];
  /** The `live` URLs fetched afresh (revocation `live`). */
  readonly rechecked?: readonly string[];
  /** The record `badge-lens collect` made. */
  readonly collected?: CollectedRecord;
}

export type Outcome = { readonly report: Report; readonly how: How } | { readonly error: string };

/** What a card says: a core status, `checking` before the report, or `blocked` (see shownStatus). */
export type ShownStatus = Status | 'checking' | 'blocked';

/** Fetch outcomes that mean "this page could not get an answer", as opposed to an answer that says no. */
export const NO_ANSWER: ReadonlySet<string> = new Set(['unreachable', 'timeout', 'refused', 'offline', 'aborted', 'http-error', 'too-large', 'not-json', 'too-many-redirects']);
const BLOCKED: ReadonlySet<string> = new Set(['unreachable', 'timeout', 'refused']);

/**
 * The status a card shows. An `unverified` report whose undecided check came from a fetch this page could
 * not make (a host that blocks cross-origin reads, one that does not answer, a private address from a
 * public page) reads "couldn't check from this page": the badge may be fine, and is never called invalid.
 */
export function shownStatus(outcome: Outcome | undefined): ShownStatus {
  if (outcome === undefined) return 'checking';
  if ('error' in outcome) return 'unverified';
  const { report } = outcome;
  if (report.status !== 'unverified') return report.status;
  return report.fetches.some((f) => f.source !== 'documents' && BLOCKED.has(f.outcome)) ? 'blocked' : 'unverified';
}

/** Checks badges; one per page, shared by every element on it (one key cache, one concurrency limit). */
export interface Verifier {
  /** `offline`: verify from saved documents only (the element's `offline` attribute). */
  check(entry: BadgeEntry, options?: { readonly offline?: boolean }): Promise<Outcome>;
  /** What a baked image's badge says about itself, before it is verified. */
  imagePreview(bytes: Uint8Array): Shown;
}
