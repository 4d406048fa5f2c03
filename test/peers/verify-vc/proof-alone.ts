import { expect } from 'vitest';
import { createBundledDocumentLoader } from '../../../core/jsonld/document-loader.ts';
import { checkDataIntegrityProof } from '../../../core/verify/vc/data-integrity/check-proof.ts';
import { listProofs } from '../../../core/verify/vc/data-integrity/proof-set.ts';
import { peerKey } from '../data-integrity/peer-key.ts';

const documentLoader = createBundledDocumentLoader();

/**
 * Every embedded proof of a credential verifies on its own with the Ed25519 key its did:key names: the
 * signature check alone, apart from the binding, status, shape and dates that decide the verdict.
 */
export async function expectProofsAlone(credential: Record<string, unknown>, label: string): Promise<void> {
  const entries = listProofs(credential);
  expect(entries.length, `${label}: proofs`).toBeGreaterThan(0);
  for (const entry of entries) {
    expect(entry.verificationMethod, `${label}: proof ${entry.index + 1} names a did:key`).toMatch(/^did:key:/);
    const key = peerKey(entry.verificationMethod);
    if (!key.ok) throw new Error(`${label}: proof ${entry.index + 1}: ${key.why}`);
    const result = await checkDataIntegrityProof(credential, entry.proof, key.key, { documentLoader });
    expect(result, `${label}: proof ${entry.index + 1} (${entry.suite ?? 'unknown suite'}) alone`).toMatchObject({ ok: true });
  }
}
