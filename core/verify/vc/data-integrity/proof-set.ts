import { idOf, isRecord, list, str } from '../../../util/json.ts';
import { identifySuite, type DataIntegritySuite } from './suites.ts';

/** One embedded proof of a credential, with what the orchestrator needs to pick a key and a purpose. */
export interface ProofEntry {
  /** The proof as found (not necessarily an object: checkDataIntegrityProof says `malformed` then). */
  readonly proof: unknown;
  /** Its position in the credential's `proof` (0 when there is one). */
  readonly index: number;
  readonly type?: string;
  readonly cryptosuite?: string;
  /** The suite Badge Lens checks it with; undefined when it cannot (`problem` says why). */
  readonly suite?: DataIntegritySuite;
  readonly problem?: string;
  /** The verification method's id (given as a string, or embedded as an object with `id`). */
  readonly verificationMethod?: string;
  /** 'assertionMethod' for a credential (OB 3.0 'Linked Data Proof Format', Create the Proof step 2). */
  readonly proofPurpose?: string;
  readonly created?: string;
}

/**
 * The embedded proofs of a credential: one, or several (VC Data Integrity 'Proof Sets'), each
 * with its suite, verification method and purpose. Proofs are independent: each is checked against
 * the credential without any of them.
 *
 * @example
 * for (const entry of listProofs(credential)) {
 *   if (entry.suite && entry.proofPurpose === 'assertionMethod') resolveKey(entry.verificationMethod);
 * }
 */
export function listProofs(credential: unknown): ProofEntry[] {
  if (!isRecord(credential)) return [];
  return list(credential.proof).map((proof, index) => {
    const identified = identifySuite(proof);
    const fields = isRecord(proof)
      ? {
          type: str(proof.type),
          cryptosuite: str(proof.cryptosuite),
          verificationMethod: idOf(proof.verificationMethod),
          proofPurpose: str(proof.proofPurpose),
          created: str(proof.created),
        }
      : {};
    return {
      proof,
      index,
      ...dropUndefined(fields),
      ...(identified.ok ? { suite: identified.suite } : { problem: identified.message }),
    };
  });
}

function dropUndefined<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;
}
