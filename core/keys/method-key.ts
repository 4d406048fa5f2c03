import type { JsonRecord } from '../util/json.ts';
import { typesOf } from '../util/json.ts';
import { decodeBase58 } from './base58.ts';
import { ed25519Material, readMultikey } from './multikey.ts';
import { readPublicJwk } from './public-jwk.ts';
import type { KeyMaterial, Read } from './types.ts';

/** A method's key, or what is wrong with it; `unknown` when its type is not one Badge Lens reads. */
export type MethodKey = Read<KeyMaterial> | { readonly ok: false; readonly problem: string; readonly unknown: true };

// The verification method types of CID 1.0 §2.2 and the suites OB 3.0 issuers use, with the one property
// each keeps its key in. The type decides where the key is: a method is not read by guessing.
const READERS: Readonly<Record<string, (method: JsonRecord) => Read<KeyMaterial>>> = {
  Multikey: (m) => readMultikey(m.publicKeyMultibase),
  JsonWebKey: (m) => readPublicJwk(m.publicKeyJwk),
  JsonWebKey2020: (m) => readPublicJwk(m.publicKeyJwk),
  Ed25519VerificationKey2020: (m) => ed25519Only(readMultikey(m.publicKeyMultibase)),
  Ed25519VerificationKey2018: (m) => {
    const bytes = typeof m.publicKeyBase58 === 'string' ? decodeBase58(m.publicKeyBase58) : undefined;
    return bytes?.length === 32 ? ed25519Material(bytes) : { ok: false, problem: 'does not hold a 32-byte base58 Ed25519 key' };
  },
};

/**
 * The public key of a verification method, read by its `type`.
 *
 * @example readMethodKey({ type: 'Multikey', publicKeyMultibase: 'z6Mk…' }) // { ok: true, value: { jwk, ed25519 } }
 */
export function readMethodKey(method: JsonRecord): MethodKey {
  const types = typesOf(method);
  const reader = types.map((t) => READERS[t]).find((r) => r !== undefined);
  if (reader === undefined) {
    const named = types.length === 0 ? 'no type' : `the type "${types.join(', ').slice(0, 60)}"`;
    return { ok: false, problem: `has ${named}, which is not a kind of key Badge Lens can read`, unknown: true };
  }
  return reader(method);
}

function ed25519Only(read: Read<KeyMaterial>): Read<KeyMaterial> {
  return !read.ok || read.value.ed25519 !== undefined ? read : { ok: false, problem: 'is not an Ed25519 key, as its type says it is' };
}
