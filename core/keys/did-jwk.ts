import { base64url, type JWK } from 'jose';
import { base64urlToBytes } from '../util/base64url.ts';
import { parseJson, type JsonRecord } from '../util/json.ts';
import { decodeUtf8 } from '../util/text.ts';
import { readPublicJwk } from './public-jwk.ts';
import type { KeyMaterial, Read } from './types.ts';

const SIGNING = ['assertionMethod', 'authentication', 'capabilityInvocation', 'capabilityDelegation'] as const;

/**
 * The public key a `did:jwk` encodes (did:jwk spec §2: base64url of the JWK's JSON). One that holds a
 * private part is refused, as the spec says a did:jwk must not.
 */
export function readDidJwk(did: string): Read<KeyMaterial> {
  return readPublicJwk(decodeDidJwk(did));
}

function decodeDidJwk(did: string): unknown {
  const bytes = base64urlToBytes(did.slice('did:jwk:'.length));
  const text = bytes === undefined ? undefined : decodeUtf8(bytes);
  return text === undefined ? undefined : parseJson(text);
}

/**
 * The DID document of a `did:jwk` (did:jwk spec §3.1.1), derived and never fetched: one method,
 * `did:jwk:…#0`, authorised for every signing relationship (and key agreement too when the JWK does not
 * restrict its `use`).
 *
 * @example didJwkDocument('did:jwk:eyJrdHkiOi…') // { ok: true, value: { id: 'did:jwk:eyJrdHkiOi…', verificationMethod: [{ id: 'did:jwk:eyJrdHkiOi…#0', … }], … } }
 */
export function didJwkDocument(did: string): Read<JsonRecord> {
  const declared = decodeDidJwk(did);
  const read = readPublicJwk(declared);
  if (!read.ok) return read;
  const methodId = didJwkMethodId(did);
  const relationships = (declared as JsonRecord).use === 'sig' ? SIGNING : [...SIGNING, 'keyAgreement'];
  return {
    ok: true,
    value: {
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/suites/jws-2020/v1'],
      id: did,
      verificationMethod: [{ id: methodId, type: 'JsonWebKey2020', controller: did, publicKeyJwk: read.value.jwk }],
      ...Object.fromEntries(relationships.map((r) => [r, [methodId]])),
    },
  };
}

/** The `did:jwk` DID of a public JWK: how a key that names no controller (a JOSE header's `jwk`) is named. */
export function didJwkOf(jwk: JWK): string {
  return `did:jwk:${base64url.encode(JSON.stringify(jwk))}`;
}

/** The method a bare `did:jwk` stands for: its only one, `#0`. */
export function didJwkMethodId(did: string): string {
  return `${did}#0`;
}
