import { describe, expect, it } from 'vitest';
import { generateKeyPair, exportJWK } from 'jose';
import { readPublicJwk } from '../../../core/keys/public-jwk.ts';
import { ed25519Key, p256Key } from './key-world.ts';

describe('readPublicJwk', () => {
  it('keeps only the public members of Ed25519, P-256 and RSA keys', async () => {
    const ed = await ed25519Key();
    expect(readPublicJwk({ ...ed.publicJwk, kid: 'k', alg: 'EdDSA', ext: true })).toEqual({ ok: true, value: { jwk: { kty: 'OKP', crv: 'Ed25519', x: ed.publicJwk.x }, ed25519: ed.raw } });
    const ec = await p256Key();
    expect(readPublicJwk({ ...ec.publicJwk, use: 'sig', key_ops: ['verify'] })).toEqual({ ok: true, value: { jwk: { kty: 'EC', crv: 'P-256', x: ec.publicJwk.x, y: ec.publicJwk.y } } });
    const rsa = await exportJWK((await generateKeyPair('RS256', { extractable: true })).publicKey);
    expect(readPublicJwk(rsa)).toEqual({ ok: true, value: { jwk: { kty: 'RSA', n: rsa.n, e: rsa.e } } });
  });

  it('refuses a JWK that holds its private part', async () => {
    for (const key of [await ed25519Key(), await p256Key()]) {
      expect(readPublicJwk(key.privateJwk)).toEqual({ ok: false, problem: 'was published with its private part ("d"), so anyone could have signed with it' });
    }
    const rsa = await exportJWK((await generateKeyPair('RS256', { extractable: true })).privateKey);
    expect(readPublicJwk(rsa)).toMatchObject({ ok: false, problem: /private part \("d"\)/ });
    expect(readPublicJwk({ kty: 'oct', k: 'c2VjcmV0' })).toMatchObject({ ok: false, problem: /private part \("k"\)/ });
  });

  it.each([
    ['not an object', 'a string', /not a JSON Web Key/],
    ['an unknown kty', { kty: 'XYZ' }, /not a kind of key badges are signed with/],
    ['an X25519 key', { kty: 'OKP', crv: 'X25519', x: 'AAAA' }, /curve "X25519"/],
    ['a short Ed25519 x', { kty: 'OKP', crv: 'Ed25519', x: 'AAAA' }, /32-byte/],
    ['a secp256k1 key', { kty: 'EC', crv: 'secp256k1', x: 'AAAA', y: 'AAAA' }, /curve "secp256k1"/],
    ['a P-256 key without y', { kty: 'EC', crv: 'P-256', x: 'A'.repeat(43) }, /not hold a P-256 public key/],
    ['an RSA key without e', { kty: 'RSA', n: 'AQAB' }, /not hold an RSA public key/],
    ['an encryption key', { kty: 'OKP', crv: 'Ed25519', x: 'A'.repeat(43), use: 'enc' }, /marked for "enc"/],
    ['a key not for verifying', { kty: 'OKP', crv: 'Ed25519', x: 'A'.repeat(43), key_ops: ['encrypt'] }, /not marked for checking signatures/],
  ])('refuses %s', (_name, jwk, problem) => {
    expect(readPublicJwk(jwk)).toMatchObject({ ok: false, problem: expect.stringMatching(problem) });
  });
});
