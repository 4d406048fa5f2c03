import { readFileSync } from 'node:fs';
import { decodeBase58 } from '../../../core/keys/base58.ts';
import { peerPath } from '../peers-dir.ts';

/**
 * The Ed25519 key of a verification method, found offline the way the inventories did, so that the proof
 * check can be run without the key resolution the product uses:
 * - did:key:z6Mk… — the key is in the DID itself (the did:key method);
 * - did:web — the DID documents the peers ship (dcc-vc-test-fixtures/dids), and no other;
 * - a URL or URN that is not a DID, ending #z6Mk… — 1EdTech's examples put the publicKeyMultibase in
 *   the fragment.
 */
export type PeerKey = { readonly ok: true; readonly key: Uint8Array; readonly how: string } | { readonly ok: false; readonly why: string };

const DID_DOCUMENTS = ['dcc-vc-test-fixtures/dids/legacy/did.json', 'dcc-vc-test-fixtures/dids/oidf/did.json'];

/** Multikey / Ed25519VerificationKey2020 publicKeyMultibase: z + base58btc(0xed 0x01 ‖ 32 key bytes). */
export function ed25519FromMultikey(value: string): Uint8Array | undefined {
  const bytes = value.startsWith('z') ? decodeBase58(value.slice(1)) : undefined;
  return bytes?.length === 34 && bytes[0] === 0xed && bytes[1] === 0x01 ? bytes.subarray(2) : undefined;
}

export function peerKey(verificationMethod: string | undefined): PeerKey {
  if (verificationMethod === undefined) return { ok: false, why: 'no verificationMethod' };
  const [did, fragment] = verificationMethod.split('#', 2) as [string, string | undefined];
  if (did.startsWith('did:key:')) {
    const key = ed25519FromMultikey(did.slice('did:key:'.length));
    return key ? { ok: true, key, how: 'did:key' } : { ok: false, why: `not an Ed25519 did:key: ${did}` };
  }
  if (did.startsWith('did:web:')) {
    const found = fromDidDocuments(did, verificationMethod);
    return found ? { ok: true, key: found, how: 'did:web (local DID document)' } : { ok: false, why: `${did} is not available offline` };
  }
  if (!did.startsWith('did:') && fragment?.startsWith('z6Mk')) {
    const key = ed25519FromMultikey(fragment);
    if (key) return { ok: true, key, how: 'url#publicKeyMultibase (1EdTech convention)' };
  }
  return { ok: false, why: `no key for ${verificationMethod} offline` };
}

function fromDidDocuments(did: string, id: string): Uint8Array | undefined {
  for (const file of DID_DOCUMENTS) {
    const document = JSON.parse(readFileSync(peerPath(file), 'utf8')) as Record<string, unknown>;
    if (document.id !== did) continue;
    const methods = [document.verificationMethod, document.assertionMethod].flat().filter((m): m is Record<string, unknown> => typeof m === 'object' && m !== null);
    const method = methods.find((m) => m.id === id || `${did}${String(m.id)}` === id);
    if (typeof method?.publicKeyMultibase === 'string') return ed25519FromMultikey(method.publicKeyMultibase);
  }
  return undefined;
}
