import type { DataIntegritySuite } from './suites.ts';

/**
 * Why a proof did not verify:
 * - `bad-signature`: the signature does not match this credential and key (changed after signing, or
 *   another key);
 * - `unknown-context`: the credential names a JSON-LD context Badge Lens does not ship (`url`); the
 *   caller reports it as a `fail` check with id 'context';
 * - `canonicalisation`: JSON-LD refused the credential (safe mode: an undefined term, a relative IRI);
 * - `unsupported-suite`: a proof type or cryptosuite Badge Lens does not check (ecdsa-sd-2023, …);
 * - `malformed`: the proof or the key is not what its suite requires.
 */
export type ProofFailureReason = 'bad-signature' | 'unknown-context' | 'canonicalisation' | 'unsupported-suite' | 'malformed';

export interface ProofFailure {
  readonly ok: false;
  readonly reason: ProofFailureReason;
  /** A sentence a recruiter can read. */
  readonly message: string;
  /** For `unknown-context`: the context's URL. */
  readonly url?: string;
}

export type ProofCheckResult = { readonly ok: true; readonly suite: DataIntegritySuite } | ProofFailure;
