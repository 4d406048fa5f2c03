import type { BadgeKind, PayloadSource, UnbakeFailure, UnbakeWarningCode } from '../../../core/index.ts';

/**
 * One peer image and the outcome its peer expects from reading the badge out of it, as data.
 * Files are named relative to the peer's folder under ../shared/peers; `equals` paths relative to ../shared/peers.
 */
export interface BakingCase {
  /** The state the image shows, in kebab case: what the case is about. */
  readonly state: string;
  readonly file: string;
  /** When the image is a `data:` URI inside a JSON file: the property path to it. */
  readonly dataUriAt?: readonly (string | number)[];
  /** What the peer asserts (its test, or its INVENTORY.md when no test exists), in its own terms. */
  readonly peer: string;
  readonly expected: Expected;
  /** Which of the readings the peer allows we follow, and why. */
  readonly note?: string;
  /** Set only where we deliberately do something other than what the peer expects: why. Never counted as agreeing. */
  readonly differs?: string;
}

export interface PeerSource {
  /** The folder under ../shared/peers. */
  readonly folder: string;
  readonly cases: readonly BakingCase[];
}

export type Expected =
  | { readonly found: true; readonly badges: readonly ExpectedBadge[]; readonly warnings: readonly UnbakeWarningCode[] }
  | { readonly found: false; readonly reason: UnbakeFailure; readonly warnings: readonly UnbakeWarningCode[] };

export interface ExpectedBadge {
  readonly kind: BadgeKind;
  readonly source: PayloadSource;
  readonly payload: PayloadForm;
  /** SVG: the element as written, when the prefix matters to the case. */
  readonly element?: string;
  /** SVG: the `verify` attribute found beside a body. */
  readonly verify?: string;
}

/** What the baked text is: JSON with these properties, a compact JWS with these claims, a URL, or other text. */
export type PayloadForm =
  | { readonly form: 'json'; readonly has: Readonly<Record<string, unknown>>; readonly equals?: string }
  | { readonly form: 'jws'; readonly alg: string; readonly claims: Readonly<Record<string, unknown>>; readonly equals?: string }
  | { readonly form: 'url'; readonly value: string }
  | { readonly form: 'text'; readonly value: string };

/** JSON holding at least `has`; `equals`: a peer JSON file it parses equal to. */
export const json = (has: Record<string, unknown>, equals?: string): PayloadForm => ({ form: 'json', has, ...(equals ? { equals } : {}) });

/** A compact JWS whose header names `alg` and whose payload holds at least `claims`; `equals`: a peer file with the same text. */
export const jws = (alg: string, claims: Record<string, unknown>, equals?: string): PayloadForm => ({ form: 'jws', alg, claims, ...(equals ? { equals } : {}) });

export const url = (value: string): PayloadForm => ({ form: 'url', value });

/** Text that is neither JSON, nor a JWS, nor a URL: handed on verbatim for a later stage to reject. */
export const text = (value: string): PayloadForm => ({ form: 'text', value });

export function badge(kind: BadgeKind, source: PayloadSource, payload: PayloadForm, svg: { element?: string; verify?: string } = {}): ExpectedBadge {
  return { kind, source, payload, ...svg };
}

export function found(badges: readonly ExpectedBadge[], warnings: readonly UnbakeWarningCode[] = []): Expected {
  return { found: true, badges, warnings };
}

export function notFound(reason: UnbakeFailure, warnings: readonly UnbakeWarningCode[] = []): Expected {
  return { found: false, reason, warnings };
}
