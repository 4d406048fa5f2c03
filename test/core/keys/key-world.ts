import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { createSession, type Session } from '../../../core/verify/session.ts';
import type { VerifyOptions } from '../../../core/verify/options.ts';
import { startServer, type TestServer } from '../../support/http-server.ts';

/** Base58btc written the slow, obvious way (BigInt), so the decoder is checked against a second reading. */
export function encodeBase58(bytes: Uint8Array): string {
  const alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
  let n = 0n;
  for (const b of bytes) n = n * 256n + BigInt(b);
  let out = '';
  while (n > 0n) {
    out = alphabet[Number(n % 58n)]! + out;
    n /= 58n;
  }
  let zeros = 0;
  while (zeros < bytes.length && bytes[zeros] === 0) zeros++;
  return '1'.repeat(zeros) + out;
}

export function multibase(prefix: readonly number[], key: Uint8Array): string {
  return `z${encodeBase58(Uint8Array.from([...prefix, ...key]))}`;
}

export interface TestKey {
  readonly publicJwk: JWK;
  readonly privateJwk: JWK;
  readonly privateKey: CryptoKey;
  /** publicKeyMultibase: Ed25519 (0xed01) or compressed P-256 (0x8024). */
  readonly multikey: string;
  /** Ed25519 only: the 32 raw public key bytes. */
  readonly raw?: Uint8Array;
}

export async function ed25519Key(): Promise<TestKey> {
  const pair = await generateKeyPair('EdDSA', { extractable: true });
  const publicJwk = await exportJWK(pair.publicKey);
  const raw = new Uint8Array(Buffer.from(publicJwk.x!, 'base64url'));
  return { publicJwk, privateJwk: await exportJWK(pair.privateKey), privateKey: pair.privateKey, multikey: multibase([0xed, 0x01], raw), raw };
}

export async function p256Key(): Promise<TestKey> {
  const pair = await generateKeyPair('ES256', { extractable: true });
  const publicJwk = await exportJWK(pair.publicKey);
  return { publicJwk, privateJwk: await exportJWK(pair.privateKey), privateKey: pair.privateKey, multikey: multibase([0x80, 0x24], compressP256(publicJwk)) };
}

export function compressP256(jwk: JWK): Uint8Array {
  const x = Buffer.from(jwk.x!, 'base64url');
  const y = Buffer.from(jwk.y!, 'base64url');
  return Uint8Array.from([0x02 | (y[31]! & 1), ...x]);
}

export function didJwk(jwk: object): string {
  return `did:jwk:${Buffer.from(JSON.stringify(jwk)).toString('base64url')}`;
}

/**
 * A real HTTP server standing in for `https://issuer.example` (and `https://issuer.example:8443` at
 * `/port-8443/…`); `https://down.example` is a closed port on 127.0.0.1, so its fetches really fail.
 * Every other host is unknown to this world and answers like a DNS failure.
 */
export interface KeyWorld {
  readonly server: TestServer;
  session(options?: VerifyOptions): Session;
  close(): Promise<void>;
}

export async function keyWorld(): Promise<KeyWorld> {
  const server = await startServer();
  const mapped: typeof fetch = (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    const local = url
      .replace(/^https:\/\/issuer\.example:(\d+)/, `${server.origin}/port-$1`)
      .replace(/^https:\/\/issuer\.example(?=\/|$)/, server.origin)
      .replace(/^https:\/\/down\.example(?=\/|$)/, 'http://127.0.0.1:1');
    if (local === url) return Promise.reject(new TypeError(`getaddrinfo ENOTFOUND ${new URL(url).hostname}`));
    return fetch(local, init);
  };
  return {
    server,
    session: (options = {}) => createSession({ allowPrivateNetwork: true, fetch: mapped, ...options }),
    close: () => server.close(),
  };
}

/** A controller document with one verification method, authorised for the relationships given. */
export function controllerDocument(id: string, method: Record<string, unknown>, relationships: readonly string[] = ['assertionMethod']): Record<string, unknown> {
  const methodId = method.id as string;
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id,
    verificationMethod: [{ controller: id, ...method }],
    ...Object.fromEntries(relationships.map((r) => [r, [methodId]])),
  };
}
