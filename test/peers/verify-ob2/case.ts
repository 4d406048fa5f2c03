import type { CheckId, CheckStatus, Form, RecipientMatch, Status, Version } from '../../../core/index.ts';

/**
 * One peer case for OB 0.5–2.0 verification and the outcome its peer expects, as data. Files are named
 * relative to the peer's folder under ../shared/peers and read in place.
 */
export interface VerifyCase {
  /** The state the case shows, in kebab case. */
  readonly state: string;
  readonly input: CaseInput;
  /** The emails (…) the viewer expects the recipient to be. */
  readonly identities?: readonly string[];
  /** The clock, when not the source's; why is in `note`. */
  readonly now?: string;
  /** Served for this case only, over the source's own URL → stand-in map. */
  readonly serve?: Readonly<Record<string, Served>>;
  /** Runs the case once per value, each put at `field` of the document served at `at`. */
  readonly values?: ValueSweep;
  /** What the peer asserts (its test, or its INVENTORY.md), in its own terms. */
  readonly peer: string;
  /** Our outcome: the peer's mapped onto our statuses, or ours where `differs` says why. */
  readonly expected: Expected;
  readonly note?: string;
  /** Set only where we deliberately do something other than the peer: why. Never counted as agreeing. */
  readonly differs?: string;
}

export interface VerifySource {
  /** The folder under ../shared/peers. */
  readonly folder: string;
  /** The peer's URL → stand-in map: exact URLs, or URL prefixes ending in `/` → a peer folder. */
  readonly web: Readonly<Record<string, Served | string>>;
  /** The clock for every case that does not set its own. */
  readonly now: string;
  /** Why that clock reproduces the peer's expectations. */
  readonly nowBecause: string;
  readonly cases: readonly VerifyCase[];
}

/** A peer JSON file, with properties set (dotted paths, as the mozilla validator's generators take them). */
export interface Doc {
  readonly file: string;
  readonly set?: Readonly<Record<string, unknown>>;
  /** Also serve it at the `id` it declares (the 1EdTech inspector never fetches that; we do). */
  readonly atItsId?: true;
}

/** A value in `Doc.set` that stands for the `data:` URI of a peer file. */
export interface DataUriOf {
  readonly dataUriOf: string;
  readonly mediaType: string;
}

/** A value in `Doc.set` that stands for the parsed content of a peer JSON file. */
export interface JsonOf {
  readonly jsonOf: string;
}

export type CaseInput =
  /** A peer file as a user hands it over: JSON or JWS text, image bytes. */
  | Doc
  | { readonly url: string }
  /** Text as a user pastes it. */
  | { readonly text: string }
  /** A compact JWS over a peer document, signed at test time with a peer's key, header exactly as given. */
  | { readonly signed: Signed }
  /** A peer document baked into a peer image at test time, as the peer's own test does. */
  | { readonly baked: Baked };

export interface Signed {
  /** A peer document, a value written here, or raw text (a payload that is not JSON). */
  readonly payload: Doc | { readonly inline: unknown } | { readonly raw: string };
  /** Exactly as the peer wrote it: `rs256` in lower case signs as RS256 does; `HS…` signs with the key file's text as the secret. */
  readonly header: Readonly<Record<string, unknown>>;
  /** A PEM private key (PKCS#1 or PKCS#8) among the peer's files. */
  readonly key: string;
}

export interface Baked {
  readonly image: string;
  readonly payload: Doc;
}

export type Served = Doc | { readonly baked: Baked } | { readonly signed: Signed } | { readonly text: string } | { readonly status: number };

export interface ValueSweep {
  /** The URL of the served document whose field takes each value. */
  readonly at: string;
  readonly field: string;
  /** Groups of mozilla-openbadges-validator fixtures/test-data.json (`EMAILS.bad`, one value: `TIMES.good[1]`), or `MISSING` (null). */
  readonly from: readonly string[];
}

export interface Expected {
  readonly status: Status;
  readonly version?: Version;
  readonly form?: Form;
  readonly recipientMatch?: RecipientMatch;
  /** Checks the report must hold. */
  readonly checks: readonly ExpectedCheck[];
  /** The peer says VALID with WARNING: at least one check warns. */
  readonly warned?: true;
  /** URLs the report must list as fetched (the original ones, never the stand-in server's). */
  readonly fetched?: readonly string[];
}

export interface ExpectedCheck {
  readonly id: CheckId | readonly CheckId[];
  readonly status: CheckStatus;
  readonly message?: RegExp;
}

type Extra = Omit<Expected, 'status' | 'checks'>;

export const check = (id: ExpectedCheck['id'], status: CheckStatus, message?: RegExp): ExpectedCheck => ({ id, status, ...(message ? { message } : {}) });
export const passes = (id: CheckId, message?: RegExp): ExpectedCheck => check(id, 'pass', message);
export const fails = (id: ExpectedCheck['id'], message?: RegExp): ExpectedCheck => check(id, 'fail', message);
export const warns = (id: CheckId, message?: RegExp): ExpectedCheck => check(id, 'warn', message);
/** A check left undecided (status `skip`, verdict open). */
export const open = (id: CheckId, message?: RegExp): ExpectedCheck => check(id, 'skip', message);

/** Peer VALID. */
export const verified = (extra: Extra = {}, ...checks: ExpectedCheck[]): Expected => ({ status: 'verified', checks, ...extra });
/** Peer VALID with WARNING. */
export const verifiedWithWarning = (extra: Extra = {}, ...checks: ExpectedCheck[]): Expected => ({ status: 'verified', checks, warned: true, ...extra });
export const invalid = (why: ExpectedCheck, extra: Extra = {}, ...checks: ExpectedCheck[]): Expected => ({ status: 'invalid', checks: [why, ...checks], ...extra });
export const revoked = (why: ExpectedCheck, extra: Extra = {}): Expected => ({ status: 'revoked', checks: [why], ...extra });
export const expired = (why: ExpectedCheck, extra: Extra = {}): Expected => ({ status: 'expired', checks: [why], ...extra });
export const unverified = (why: ExpectedCheck, extra: Extra = {}, ...checks: ExpectedCheck[]): Expected => ({ status: 'unverified', checks: [why, ...checks], ...extra });

export const doc = (file: string, set?: Record<string, unknown>): Doc => ({ file, ...(set ? { set } : {}) });
/** A document the verifier will also find at its own `id`. */
export const selfHosted = (file: string, set?: Record<string, unknown>): Doc => ({ ...doc(file, set), atItsId: true });
export const dataUriOf = (file: string, mediaType: string): DataUriOf => ({ dataUriOf: file, mediaType });
export const jsonOf = (file: string): JsonOf => ({ jsonOf: file });
