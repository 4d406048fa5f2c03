import type { JWK } from 'jose';
import { base64urlToBytes } from '../util/base64url.ts';
import { isRecord, str, type JsonRecord } from '../util/json.ts';
import type { KeyMaterial, Read } from './types.ts';

// RFC 7518 §6.2.2, §6.3.2, §6.4: the members that make a JWK a private or a symmetric key.
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'] as const;
// Coordinate sizes in bytes (RFC 7518 §6.2.1.2).
const EC_SIZES: Readonly<Record<string, number>> = { 'P-256': 32, 'P-384': 48, 'P-521': 66 };

/**
 * A public signing key from an untrusted JWK: only its public members are kept, so nothing the publisher
 * added (`alg`, `key_ops`, `ext`) changes how it is imported later. A JWK that holds a private part is
 * refused: whoever published it gave the signing key away, so anyone could have signed with it.
 *
 * @example readPublicJwk({ kty: 'OKP', crv: 'Ed25519', x: '11qYAYKx…' }) // { ok: true, value: { jwk, ed25519 } }
 */
export function readPublicJwk(value: unknown): Read<KeyMaterial> {
  if (!isRecord(value)) return problem('is not a JSON Web Key');
  const secret = PRIVATE_MEMBERS.find((member) => value[member] !== undefined);
  if (secret !== undefined) return problem(`was published with its private part ("${secret}"), so anyone could have signed with it`);
  const use = str(value.use);
  if (use !== undefined && use !== 'sig') return problem(`is marked for "${use.slice(0, 20)}", not for signatures`);
  if (Array.isArray(value.key_ops) && !value.key_ops.includes('verify')) return problem('is not marked for checking signatures');
  const kty = str(value.kty);
  if (kty === 'OKP') return okp(value);
  if (kty === 'EC') return ec(value);
  if (kty === 'RSA') return rsa(value);
  return problem(`is not a kind of key badges are signed with (kty "${String(kty ?? '').slice(0, 20)}")`);
}

function okp(value: JsonRecord): Read<KeyMaterial> {
  if (value.crv !== 'Ed25519') return problem(`uses the curve "${String(value.crv).slice(0, 20)}", which badges are not signed with`);
  const x = coordinate(value.x, 32);
  if (x === undefined) return problem('does not hold a 32-byte Ed25519 public key');
  return { ok: true, value: { jwk: { kty: 'OKP', crv: 'Ed25519', x: value.x as string }, ed25519: x } };
}

function ec(value: JsonRecord): Read<KeyMaterial> {
  const crv = str(value.crv);
  const size = crv === undefined ? undefined : EC_SIZES[crv];
  if (size === undefined) return problem(`uses the curve "${String(crv).slice(0, 20)}", which badges are not signed with`);
  if (coordinate(value.x, size) === undefined || coordinate(value.y, size) === undefined) return problem(`does not hold a ${crv} public key`);
  return { ok: true, value: { jwk: { kty: 'EC', crv, x: value.x as string, y: value.y as string } } };
}

function rsa(value: JsonRecord): Read<KeyMaterial> {
  const n = str(value.n);
  const e = str(value.e);
  if (n === undefined || e === undefined || !base64urlToBytes(n)?.length || !base64urlToBytes(e)?.length) return problem('does not hold an RSA public key');
  const jwk: JWK = { kty: 'RSA', n, e };
  return { ok: true, value: { jwk } };
}

function coordinate(value: unknown, size: number): Uint8Array | undefined {
  const bytes = typeof value === 'string' ? base64urlToBytes(value) : undefined;
  return bytes?.length === size ? bytes : undefined;
}

const problem = (text: string): Read<never> => ({ ok: false, problem: text });
