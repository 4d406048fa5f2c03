import { list, type JsonRecord } from '../../../util/json.ts';
import type { ProofFailure } from './proof-result.ts';
import type { DataIntegritySuite } from './suites.ts';

const ED25519_2020_CONTEXT = 'https://w3id.org/security/suites/ed25519-2020/v1';

/** The two documents a proof's signature covers, before canonicalisation. */
export interface SignedParts {
  /** The credential without its `proof` (VC Data Integrity 'Verify Proof' step 1: every proof of a set goes). */
  readonly unsecured: JsonRecord;
  /** The proof without its signature, under the credential's @context. */
  readonly proofConfig: JsonRecord;
}

/**
 * Splits a secured credential into what its proof signed, per suite.
 *
 * eddsa-rdfc-2022 (vc-di-eddsa §3.3.2 steps 1–4, §3.3.5): the proof options are the proof without
 * `proofValue`; when they carry their own @context, the credential's @context must begin with it and
 * is replaced by it; the proof configuration then takes the (unsecured) credential's @context.
 *
 * Ed25519Signature2020 (the w3c-ccg suite, as jsonld-signatures implements it): the
 * proof options are the proof without `proofValue` (nor the older `jws`, `signatureValue`) under the
 * credential's @context, which must name the suite's context.
 */
export function signedParts(credential: JsonRecord, proof: JsonRecord, suite: DataIntegritySuite): SignedParts | ProofFailure {
  if (credential['@context'] === undefined) {
    return malformed('The credential has no @context, so it is not JSON-LD and its proof cannot be checked.');
  }
  const unsecured = withoutKeys(credential, ['proof']);
  if (suite === 'Ed25519Signature2020') {
    if (!list(credential['@context']).includes(ED25519_2020_CONTEXT)) {
      return malformed(`An Ed25519Signature2020 proof needs the credential's @context to include ${ED25519_2020_CONTEXT}.`);
    }
    const options = withoutKeys(proof, ['proofValue', 'jws', 'signatureValue']);
    return { unsecured, proofConfig: { '@context': credential['@context'], ...options } };
  }
  const options = withoutKeys(proof, ['proofValue']);
  if (options['@context'] !== undefined) {
    // vc-di-eddsa §3.3.2 step 4.1.
    if (!startsWith(list(credential['@context']), list(options['@context']))) {
      return malformed("The proof's @context is not the beginning of the credential's @context.");
    }
    return { unsecured: { ...unsecured, '@context': options['@context'] }, proofConfig: options };
  }
  return { unsecured, proofConfig: { ...options, '@context': credential['@context'] } };
}

function withoutKeys(record: JsonRecord, keys: readonly string[]): JsonRecord {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}

function startsWith(whole: readonly unknown[], start: readonly unknown[]): boolean {
  return start.length <= whole.length && start.every((entry, i) => JSON.stringify(entry) === JSON.stringify(whole[i]));
}

function malformed(message: string): ProofFailure {
  return { ok: false, reason: 'malformed', message };
}

