import type { NetOptions } from '../net/types.ts';
import type { VerifyCache } from './cache.ts';

/** What `verify` may use and how strictly; all optional. */
export interface VerifyOptions extends NetOptions {
  /** The clock for issue and expiry dates. Default: now. */
  readonly now?: Date | string;
  /** The emails, URLs, phone numbers or DIDs the viewer expects the recipient to be. */
  readonly identities?: readonly string[];
  /** Verify endorsements too. Default true. */
  readonly endorsements?: boolean;
  /** Fetch the badge image to check that it is a PNG or SVG. Default true. */
  readonly checkImage?: boolean;
  /** Keys imported by earlier calls; see `createVerifyCache`. Default: a cache for this call only. */
  readonly cache?: VerifyCache;
}
