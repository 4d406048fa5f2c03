import { sha256 } from '@noble/hashes/sha2.js';
import { canonicalise, type Canonicalised, type CanonicaliseOptions } from '../../../jsonld/canonicalise.ts';
import { concatBytes } from '../../../util/bytes.ts';
import type { ProofFailure } from './proof-result.ts';
import type { SignedParts } from './proof-configuration.ts';

/**
 * The bytes an Ed25519 Data Integrity signature signs: SHA-256 of the canonical proof configuration,
 * then SHA-256 of the canonical credential (vc-di-eddsa §3.3.3 transformation, §3.3.4 hashing:
 * hashData = proofConfigHash ‖ transformedDocumentHash). Ed25519Signature2020 builds the same bytes
 * (jsonld-signatures createVerifyData).
 */
export async function hashData(parts: SignedParts, options: CanonicaliseOptions): Promise<{ readonly ok: true; readonly bytes: Uint8Array } | ProofFailure> {
  // The credential first, so that a context or term problem is reported as the credential's.
  const credential = await canonicalise(parts.unsecured, options);
  if (!credential.ok) return failure(credential, '');
  const proofConfig = await canonicalise(parts.proofConfig, options);
  if (!proofConfig.ok) return failure(proofConfig, "The proof's options are not valid JSON-LD under the credential's contexts: ");
  const encoder = new TextEncoder();
  return { ok: true, bytes: concatBytes([sha256(encoder.encode(proofConfig.nquads)), sha256(encoder.encode(credential.nquads))], 64) };
}

function failure(result: Exclude<Canonicalised, { ok: true }>, where: string): ProofFailure {
  return result.reason === 'unknown-context'
    ? { ok: false, reason: 'unknown-context', url: result.url, message: result.message }
    : { ok: false, reason: 'canonicalisation', message: where === '' ? result.message : where + result.message.charAt(0).toLowerCase() + result.message.slice(1) };
}
