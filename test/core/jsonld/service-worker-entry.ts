// The entry bundled by service-worker-bundle.test.ts: what the extension's background does with a proof.
import { createBundledDocumentLoader } from '../../../core/jsonld/index.ts';
import { checkDataIntegrityProof, listProofs } from '../../../core/verify/vc/data-integrity/index.ts';

export async function checkFirstProof(credential: unknown, publicKey: Uint8Array): Promise<unknown> {
  const [entry] = listProofs(credential);
  return checkDataIntegrityProof(credential, entry?.proof, publicKey, { documentLoader: createBundledDocumentLoader() });
}
