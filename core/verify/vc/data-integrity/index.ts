/**
 * Data Integrity proofs of OB 3.0 and CLR 2.0 credentials: eddsa-rdfc-2022 (and its earlier name
 * eddsa-2022) and Ed25519Signature2020. Key resolution and proof purpose are the caller's.
 */
export { checkDataIntegrityProof } from './check-proof.ts';
export type { ProofCheckOptions } from './check-proof.ts';
export { proofFailureCheck } from './proof-check.ts';
export type { ProofCheckResult, ProofFailure, ProofFailureReason } from './proof-result.ts';
export { listProofs } from './proof-set.ts';
export type { ProofEntry } from './proof-set.ts';
export { identifySuite, isLegacySuite, suiteLabel } from './suites.ts';
export type { DataIntegritySuite, SuiteIdentification } from './suites.ts';
