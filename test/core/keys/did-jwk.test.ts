import { describe, expect, it } from 'vitest';
import { didJwkDocument, didJwkOf, readDidJwk } from '../../../core/keys/did-jwk.ts';
import { didJwk, ed25519Key, p256Key } from './key-world.ts';

describe('did:jwk', () => {
  it('derives the document: one method #0 holding the public JWK', async () => {
    const key = await p256Key();
    const did = didJwk(key.publicJwk);
    const read = didJwkDocument(did);
    expect(read).toMatchObject({
      ok: true,
      value: {
        id: did,
        verificationMethod: [{ id: `${did}#0`, type: 'JsonWebKey2020', controller: did, publicKeyJwk: { kty: 'EC', crv: 'P-256', x: key.publicJwk.x, y: key.publicJwk.y } }],
        assertionMethod: [`${did}#0`],
        authentication: [`${did}#0`],
        keyAgreement: [`${did}#0`],
      },
    });
  });

  it('leaves key agreement out for a key whose use is "sig"', async () => {
    const read = didJwkDocument(didJwk({ ...(await ed25519Key()).publicJwk, use: 'sig' }));
    expect(read.ok && read.value.keyAgreement).toBeUndefined();
    expect(read.ok && read.value.assertionMethod).toHaveLength(1);
  });

  it('refuses a did:jwk that holds a private key, and one that is not base64url JSON', async () => {
    expect(didJwkDocument(didJwk((await ed25519Key()).privateJwk))).toMatchObject({ ok: false, problem: /private part/ });
    expect(readDidJwk('did:jwk:not*base64')).toMatchObject({ ok: false, problem: /not a JSON Web Key/ });
    expect(readDidJwk(`did:jwk:${Buffer.from('{"kty":').toString('base64url')}`)).toMatchObject({ ok: false });
  });

  it('names a public JWK by its did:jwk', async () => {
    const { publicJwk } = await ed25519Key();
    expect(readDidJwk(didJwkOf(publicJwk))).toMatchObject({ ok: true, value: { jwk: { x: publicJwk.x } } });
  });
});
