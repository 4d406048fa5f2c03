import { base64url, CompactSign, exportJWK, generateKeyPair, type JWK } from 'jose';
import { base58btc, type TestKey } from './sign-credential.ts';

/**
 * Signing keys made for one test run, never read from a file: Ed25519 (Data Integrity proofs and EdDSA
 * VC-JWTs), P-256 (ES256) and RSA (RS256), each with the public forms issuers publish (JWK, Multikey,
 * did:key, did:jwk).
 */
export type Alg = 'EdDSA' | 'ES256' | 'RS256';

export interface SigningKey extends TestKey {
  readonly alg: Alg;
  readonly privateKey: CryptoKey;
  /** The public key as a JWK: public members only. */
  readonly jwk: JWK;
  /** The whole key as a JWK, private part included: what an issuer must never publish. */
  readonly privateJwk: JWK;
  /** `z6Mk…` (Ed25519) or `zDn…` (P-256); undefined for RSA. */
  readonly multikey?: string;
}

export async function generateSigningKey(alg: Alg = 'EdDSA'): Promise<SigningKey> {
  const { publicKey, privateKey } =
    alg === 'EdDSA' ? ((await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair) : await generateKeyPair(alg, { extractable: true });
  const full = await exportJWK(privateKey);
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, key_ops: _ops, ext: _ext, ...jwk } = full;
  const raw = alg === 'RS256' ? new Uint8Array() : new Uint8Array(await crypto.subtle.exportKey('raw', publicKey));
  const multikey = alg === 'EdDSA' ? multibase([0xed, 0x01], raw) : alg === 'ES256' ? multibase([0x80, 0x24], compressP256(raw)) : undefined;
  return {
    alg,
    privateKey,
    jwk,
    privateJwk: full,
    ...(multikey ? { multikey } : {}),
    publicKey: raw,
    sign: async (data) => {
      if (alg !== 'EdDSA') throw new Error(`Data Integrity proofs here are Ed25519; this key is ${alg}`);
      return new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, privateKey, data as Uint8Array<ArrayBuffer>));
    },
  };
}

/** `did:key:z6Mk…` of an Ed25519 or P-256 key. */
export const didKeyOf = (key: SigningKey): string => `did:key:${key.multikey!}`;

/** `did:jwk:…` of a key (did:jwk §2: base64url of the public JWK). */
export const didJwkOf = (key: SigningKey): string => `did:jwk:${base64url.encode(JSON.stringify(key.jwk))}`;

/** A compact JWS of `payload`, with a protected header of `alg` and `header` (kid, jwk, typ…). */
export async function signJws(payload: unknown, key: SigningKey, header: Record<string, unknown> = {}): Promise<string> {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader({ alg: key.alg, typ: 'JWT', ...header }).sign(key.privateKey);
}

function multibase(prefix: readonly number[], key: Uint8Array): string {
  return `z${base58btc(new Uint8Array([...prefix, ...key]))}`;
}

/** SEC 1 §2.3.3: 0x04 ‖ x ‖ y → (0x02 | y's parity) ‖ x. */
function compressP256(point: Uint8Array): Uint8Array {
  return new Uint8Array([0x02 | (point[64]! & 1), ...point.subarray(1, 33)]);
}
