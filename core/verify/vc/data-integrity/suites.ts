import { isRecord, str } from '../../../util/json.ts';

/** The proof suites Badge Lens checks; all are Ed25519 over RDFC-1.0 canonical N-Quads. */
export type DataIntegritySuite = 'eddsa-rdfc-2022' | 'eddsa-2022' | 'Ed25519Signature2020';

export type SuiteIdentification =
  | { readonly ok: true; readonly suite: DataIntegritySuite }
  | { readonly ok: false; readonly reason: 'unsupported-suite' | 'malformed'; readonly message: string };

// Cryptosuites of DataIntegrityProof that are real but not checked here (vc-di-ecdsa, vc-di-bbs,
// vc-di-eddsa §3.4 jcs). They are named, so that the user reads which one it was.
const KNOWN_UNCHECKED = new Set(['ecdsa-rdfc-2019', 'ecdsa-jcs-2019', 'ecdsa-sd-2023', 'eddsa-jcs-2022', 'bbs-2023']);

/**
 * Which suite a proof uses. `eddsa-2022` is the name vc-di-eddsa drafts gave eddsa-rdfc-2022 before
 * 2023; its algorithm is the same, so it is checked, and the caller adds a warning (see isLegacySuite).
 */
export function identifySuite(proof: unknown): SuiteIdentification {
  if (!isRecord(proof)) return { ok: false, reason: 'malformed', message: 'The proof is not a JSON object.' };
  const type = str(proof.type);
  if (type === undefined) return { ok: false, reason: 'malformed', message: 'The proof does not say what type of proof it is.' };
  if (type === 'Ed25519Signature2020') return { ok: true, suite: 'Ed25519Signature2020' };
  if (type !== 'DataIntegrityProof') {
    return { ok: false, reason: 'unsupported-suite', message: `The proof is of type ${type}, which Badge Lens cannot check.` };
  }
  const cryptosuite = str(proof.cryptosuite);
  if (cryptosuite === undefined) {
    // VC Data Integrity 'Proofs' and vc-di-eddsa §2.2.1: a DataIntegrityProof names its cryptosuite.
    return { ok: false, reason: 'malformed', message: 'The proof does not name its cryptosuite.' };
  }
  if (cryptosuite === 'eddsa-rdfc-2022' || cryptosuite === 'eddsa-2022') return { ok: true, suite: cryptosuite };
  const known = KNOWN_UNCHECKED.has(cryptosuite) ? '' : ' (an unknown one)';
  return { ok: false, reason: 'unsupported-suite', message: `The proof uses the ${cryptosuite} cryptosuite${known}, which Badge Lens cannot check yet.` };
}

/** True for a suite name from before the W3C Recommendation: checked, but worth a warning. */
export function isLegacySuite(suite: DataIntegritySuite): boolean {
  return suite === 'eddsa-2022';
}

/** 'DataIntegrityProof (eddsa-rdfc-2022)' or 'Ed25519Signature2020', for messages. */
export function suiteLabel(suite: DataIntegritySuite): string {
  return suite === 'Ed25519Signature2020' ? suite : `DataIntegrityProof (${suite})`;
}
