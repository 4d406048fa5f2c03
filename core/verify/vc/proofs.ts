import { resolveVerificationMethod } from '../../keys/index.ts';
import type { Check } from '../../model/report.ts';
import type { JsonRecord } from '../../util/json.ts';
import { shared } from '../cache.ts';
import { fail, proven, undecided, warn } from '../checks.ts';
import type { Session } from '../session.ts';
import { keyBindingCheck, rememberKeyDocuments } from './key-binding.ts';

// A credential is signed once, or a few times (a proof set, an endorsement of the signature); thousands of
// proofs are a crafted document, each of which could make the checker fetch a key from another address.
const MAX_PROOFS = 8;

/**
 * The embedded Data Integrity proofs of a credential (OB 3.0 §8.3.2): every proof must verify, with a key
 * the issuer controls that is authorised for assertionMethod. jsonld and the bundled contexts load here,
 * on the first proof met, never before.
 */
export async function proofChecks(session: Session, credential: JsonRecord, issuerId: string, subject?: string): Promise<Check[]> {
  const di = await import('./data-integrity/index.ts');
  const extra = subject ? { subject } : {};
  const entries = di.listProofs(credential);
  if (entries.length === 0) return [fail('signature', 'The credential carries no proof: nothing shows who issued it or that it is unchanged.', extra)];
  if (entries.length > MAX_PROOFS) {
    return [fail('signature', `The credential carries ${entries.length} proofs, more than the ${MAX_PROOFS} any issuer needs; none was checked.`, extra)];
  }
  const { createBundledDocumentLoader } = await import('../../jsonld/index.ts');
  const documentLoader = shared(session.cache, 'jsonld-document-loader', createBundledDocumentLoader);

  const results = await Promise.all(
    entries.map(async (entry): Promise<Check[]> => {
      const label = entries.length > 1 ? `Proof ${entry.index + 1}: ` : '';
      if (entry.suite === undefined) return [undecided('signature', `${label}${entry.problem ?? 'This kind of proof cannot be checked.'}`, extra)];
      if (entry.proofPurpose !== 'assertionMethod') {
        return [fail('signature', `${label}The proof's purpose is ${entry.proofPurpose ?? 'not stated'}, not assertionMethod: it was not made to issue credentials.`, extra)];
      }
      if (entry.verificationMethod === undefined) return [fail('key', `${label}The proof does not name its verification method.`, extra)];
      const resolved = await resolveVerificationMethod(session, entry.verificationMethod, 'assertionMethod');
      if (!resolved.ok) return [resolved.check];
      rememberKeyDocuments(session, resolved.key);
      const binding = keyBindingCheck(resolved.key, issuerId, subject);
      if (resolved.key.ed25519 === undefined) return [...resolved.notes, fail('key', `${label}The key is not an Ed25519 key, which ${entry.suite} needs.`, extra)];
      const result = await di.checkDataIntegrityProof(credential, entry.proof, resolved.key.ed25519, { documentLoader });
      if (!result.ok) return [...resolved.notes, di.proofFailureCheck(result, extra)];
      const notes = resolved.key.source === 'address' ? [] : resolved.notes; // the binding check says it better
      const checks: Check[] = [...notes, proven('signature', `${label}The signature (${di.suiteLabel(result.suite)}) is valid: the credential has not been changed since it was signed.`, extra), binding];
      if (di.isLegacySuite(result.suite)) checks.push(warn('signature', `${label}The proof names its suite eddsa-2022, the draft name of eddsa-rdfc-2022.`, extra));
      return checks;
    }),
  );
  return results.flat();
}
