import type { FetchRecord } from '../net/types.ts';
import type { Badge } from './badge.ts';

/**
 * The verdict. `verified` only when a hosted or cryptographic check passed and no check failed;
 * anything that could not be decided is `unverified`, never `verified`.
 */
export type Status = 'verified' | 'invalid' | 'revoked' | 'suspended' | 'expired' | 'unverified';

export type Version = '0.5' | '1.0' | '1.1' | '2.0' | '3.0' | 'clr-2.0';

export type Form = 'hosted' | 'jws' | 'data-integrity' | 'vc-jwt';

export type RecipientMatch = 'matched' | 'mismatched' | 'not-checked';

export type CheckStatus = 'pass' | 'fail' | 'warn' | 'skip';

/**
 * One named check. Ids are stable kebab-case words (see CHECK_IDS); messages are sentences for a recruiter.
 */
export interface Check {
  readonly id: CheckId;
  readonly status: CheckStatus;
  readonly message: string;
  /**
   * Set on a check that proves the badge came from its issuer (hosted copy, signature, proof): `verified`
   * needs one such check to pass.
   */
  readonly authenticates?: true;
  /** Set on a `skip` that leaves the verdict open: the badge cannot be `verified` while it stands. */
  readonly undecided?: true;
  /** Set on a `fail` that means revoked, suspended or expired rather than invalid. */
  readonly outcome?: 'revoked' | 'suspended' | 'expired';
  /** Which credential or document the check is about, when not the badge itself (e.g. a CLR's nested credential). */
  readonly subject?: string;
}

export const CHECK_IDS = [
  'input', // the input could be read: an image with a badge, JSON, a JWS, a URL
  'format', // the version and form were recognised and the document has the required shape
  'hosted', // OB 0.5–2.0 hosted: the issuer's own copy was fetched from the badge's URL
  'verification-policy', // OB 2.0: the badge's URL is one the issuer allows
  'signature', // JWS, VC-JWT or Data Integrity signature
  'key', // the signing key belongs to the issuer and may sign badges
  'issuer', // the issuer profile was found and is well formed
  'achievement', // the BadgeClass or Achievement was found and is well formed
  'context', // OB 3.0: every JSON-LD context is one we know
  'jwt-claims', // VC-JWT iss/jti/sub/nbf/exp agree with the credential
  'revocation', // revocation lists and status lists
  'issued', // issue / validFrom date not in the future
  'expiry', // expires / validUntil not passed
  'recipient', // recipient identity against the viewer's identities
  'image', // image rules
  'schema', // JSON Schemas: OB 2.0 extensions, OB 3.0 / CLR 2.0 schemas
  'endorsements', // endorsements verified
  'nested', // CLR 2.0: the credentials inside
] as const;

export type CheckId = (typeof CHECK_IDS)[number];

export interface Report {
  readonly status: Status;
  /** One sentence: why this status. */
  readonly summary: string;
  readonly version?: Version;
  readonly form?: Form;
  readonly badge?: Badge;
  readonly recipientMatch: RecipientMatch;
  readonly checks: readonly Check[];
  /** Every JSON document the checks used, by URL, as fetched or supplied. */
  readonly documents: Readonly<Record<string, unknown>>;
  /** Every URL a check asked for, with where it came from: the hosts this check contacted. */
  readonly fetches: readonly FetchRecord[];
  /** Endorsements of the badge, its achievement and its issuer, each verified in its own right. */
  readonly endorsements?: readonly Report[];
  /** CLR 2.0: a report per nested credential. */
  readonly nested?: readonly Report[];
  /** When the verification ran (the `now` it used), ISO 8601. */
  readonly checkedAt: string;
}
