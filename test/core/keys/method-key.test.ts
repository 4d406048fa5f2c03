import { describe, expect, it } from 'vitest';
import { readMethodKey } from '../../../core/keys/method-key.ts';
import { ed25519Key, encodeBase58, p256Key } from './key-world.ts';

describe('readMethodKey', () => {
  it('reads each method type from the property its type names', async () => {
    const ed = await ed25519Key();
    const ec = await p256Key();
    const edJwk = { kty: 'OKP', crv: 'Ed25519', x: ed.publicJwk.x };
    expect(readMethodKey({ type: 'Multikey', publicKeyMultibase: ed.multikey })).toEqual({ ok: true, value: { jwk: edJwk, ed25519: ed.raw } });
    expect(readMethodKey({ type: 'Multikey', publicKeyMultibase: ec.multikey })).toMatchObject({ ok: true, value: { jwk: { kty: 'EC', crv: 'P-256' } } });
    expect(readMethodKey({ type: 'Ed25519VerificationKey2020', publicKeyMultibase: ed.multikey })).toEqual({ ok: true, value: { jwk: edJwk, ed25519: ed.raw } });
    expect(readMethodKey({ type: 'Ed25519VerificationKey2018', publicKeyBase58: encodeBase58(ed.raw!) })).toEqual({ ok: true, value: { jwk: edJwk, ed25519: ed.raw } });
    expect(readMethodKey({ type: 'JsonWebKey', publicKeyJwk: ec.publicJwk })).toMatchObject({ ok: true, value: { jwk: { kty: 'EC' } } });
    expect(readMethodKey({ type: ['JsonWebKey2020'], publicKeyJwk: ed.publicJwk })).toEqual({ ok: true, value: { jwk: edJwk, ed25519: ed.raw } });
  });

  it('does not look for a key where the type does not keep it', async () => {
    const ed = await ed25519Key();
    expect(readMethodKey({ type: 'JsonWebKey', publicKeyMultibase: ed.multikey })).toMatchObject({ ok: false, problem: /not a JSON Web Key/ });
    expect(readMethodKey({ type: 'Multikey', publicKeyJwk: ed.publicJwk })).toMatchObject({ ok: false, problem: /not a multibase key/ });
  });

  it('refuses an Ed25519 type that holds another kind of key, a short 2018 key and a private JWK', async () => {
    expect(readMethodKey({ type: 'Ed25519VerificationKey2020', publicKeyMultibase: (await p256Key()).multikey })).toMatchObject({ ok: false, problem: /not an Ed25519 key/ });
    expect(readMethodKey({ type: 'Ed25519VerificationKey2018', publicKeyBase58: '2g' })).toMatchObject({ ok: false, problem: /32-byte/ });
    expect(readMethodKey({ type: 'JsonWebKey2020', publicKeyJwk: (await ed25519Key()).privateJwk })).toMatchObject({ ok: false, problem: /private part/ });
  });

  it('says when the type is one it does not know, or there is none', async () => {
    const ed = await ed25519Key();
    expect(readMethodKey({ type: 'EcdsaSecp256k1VerificationKey2019', publicKeyMultibase: ed.multikey })).toEqual({
      ok: false,
      problem: 'has the type "EcdsaSecp256k1VerificationKey2019", which is not a kind of key Badge Lens can read',
      unknown: true,
    });
    expect(readMethodKey({ publicKeyMultibase: ed.multikey })).toMatchObject({ ok: false, unknown: true, problem: /has no type/ });
  });
});
