import { compactVerify } from 'jose';
import { importPublicKey, resolveJwtKey } from '../../keys/index.ts';
import type { Check } from '../../model/report.ts';
import type { CompactJws } from '../../parse/jws.ts';
import { str, type JsonRecord } from '../../util/json.ts';
import { fail, proven } from '../checks.ts';
import type { Session } from '../session.ts';
import { keyBindingCheck, rememberKeyDocuments } from './key-binding.ts';
import { jwtClaimChecks } from './jwt-claims.ts';

// OB 3.0 §8.3.3: VC-JWT signatures use RS256, ES256 or EdDSA (Ed25519); jose checks each.
const ALGORITHMS = new Set(['RS256', 'ES256', 'EdDSA', 'Ed25519']);

/** A VC-JWT's signature with a key the issuer controls, and its claims against the credential. */
export async function vcJwtChecks(session: Session, jws: CompactJws, credential: JsonRecord, issuerId: string, subject?: string): Promise<Check[]> {
  const extra = subject ? { subject } : {};
  const alg = str(jws.header.alg);
  if (alg === undefined || !ALGORITHMS.has(alg)) {
    return [fail('signature', alg === undefined || alg.toLowerCase() === 'none' ? 'The VC-JWT is not signed (alg "none").' : `The VC-JWT uses ${alg.slice(0, 20)}; Open Badges 3.0 signatures use RS256, ES256 or EdDSA.`, extra)];
  }
  const resolved = await resolveJwtKey(session, jws.header);
  if (!resolved.ok) return [resolved.check];
  rememberKeyDocuments(session, resolved.key);
  const key = await importPublicKey(session, resolved.key, alg);
  if (key === undefined) return [...resolved.notes, fail('key', `The signing key does not fit the algorithm the VC-JWT names (${alg}).`, extra)];
  try {
    await compactVerify(jws.compact, key, { algorithms: [alg] });
  } catch {
    return [...resolved.notes, fail('signature', 'The VC-JWT signature does not match: the credential was changed after it was signed, or someone else signed it.', extra)];
  }
  return [
    ...resolved.notes,
    proven('signature', `The signature (VC-JWT, ${alg}) is valid: the credential has not been changed since it was signed.`, extra),
    keyBindingCheck(resolved.key, issuerId, subject),
    ...jwtClaimChecks(jws.payload ?? {}, credential, session.now).map((c) => (subject ? { ...c, subject } : c)),
  ];
}
