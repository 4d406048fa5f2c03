import { base64url } from 'jose';
import { decodeBase58 } from './base58.ts';
import { decompressP256 } from './p256.ts';
import type { KeyMaterial, Read } from './types.ts';

// Multicodec prefixes, as unsigned varints (multicodec table: ed25519-pub 0xed, p256-pub 0x1200).
const ED25519_PUB = [0xed, 0x01] as const;
const P256_PUB = [0x80, 0x24] as const;

/**
 * A Multikey's `publicKeyMultibase` (CID 1.0 §2.2.2): multibase base58btc (`z`) of a multicodec-prefixed
 * public key. Ed25519 (`z6Mk…`, 32 bytes) and compressed P-256 (`zDn…`, 33 bytes) are read; other
 * codecs are not keys badges are signed with.
 *
 * @example readMultikey('z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK') // Ed25519 → { kty: 'OKP', crv: 'Ed25519', x }
 */
export function readMultikey(text: unknown): Read<KeyMaterial> {
  if (typeof text !== 'string' || !text.startsWith('z')) return problem('is not a multibase key (base58btc keys start with "z")');
  const bytes = decodeBase58(text.slice(1));
  if (bytes === undefined) return problem('is not valid base58');
  if (startsWith(bytes, ED25519_PUB)) {
    const key = bytes.subarray(2);
    return key.length === 32 ? ed25519Material(key) : problem(`holds ${key.length} bytes where an Ed25519 key has 32`);
  }
  if (startsWith(bytes, P256_PUB)) {
    const point = decompressP256(bytes.subarray(2));
    if (point === undefined) return problem('is not a compressed P-256 public key');
    return { ok: true, value: { jwk: { kty: 'EC', crv: 'P-256', x: base64url.encode(point.subarray(1, 33)), y: base64url.encode(point.subarray(33)) } } };
  }
  return problem('is neither an Ed25519 nor a P-256 public key');
}

/** The JWK (RFC 8037 §2) and raw bytes of a 32-byte Ed25519 public key. */
export function ed25519Material(key: Uint8Array): Read<KeyMaterial> {
  return { ok: true, value: { jwk: { kty: 'OKP', crv: 'Ed25519', x: base64url.encode(key) }, ed25519: key.slice() } };
}

/** Whether text claims to be an Ed25519 or P-256 multikey: what their base58btc forms always start with. */
export function looksLikeMultikey(text: string): boolean {
  return text.startsWith('z6Mk') || text.startsWith('zDn');
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

const problem = (text: string): Read<never> => ({ ok: false, problem: text });
