import type { JsonRecord } from '../util/json.ts';
import { readMultikey } from './multikey.ts';
import type { Read } from './types.ts';

const SIGNING = ['authentication', 'assertionMethod', 'capabilityInvocation', 'capabilityDelegation'] as const;

/**
 * The DID document of a `did:key` (did:key method v0.9 §3.1.2): derived from the DID, never fetched — the
 * DID is the public key. Its one verification method is `did:key:X#X`, a Multikey authorised for every
 * signing relationship. Ed25519 (`z6Mk…`) and P-256 (`zDn…`) keys are read.
 *
 * @example didKeyDocument('did:key:z6Mk…') // { ok: true, value: { id: 'did:key:z6Mk…', verificationMethod: [{ id: 'did:key:z6Mk…#z6Mk…', … }], … } }
 */
export function didKeyDocument(did: string): Read<JsonRecord> {
  const multibase = did.slice('did:key:'.length);
  const read = readMultikey(multibase);
  if (!read.ok) return read;
  const methodId = `${did}#${multibase}`;
  const relationships = Object.fromEntries(SIGNING.map((r) => [r, [methodId]]));
  return {
    ok: true,
    value: {
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
      id: did,
      verificationMethod: [{ id: methodId, type: 'Multikey', controller: did, publicKeyMultibase: multibase }],
      ...relationships,
    },
  };
}

/** The method a bare `did:key` stands for: `did:key:X` → `did:key:X#X`. */
export function didKeyMethodId(did: string): string {
  return `${did}#${did.slice('did:key:'.length)}`;
}
