import { exportJWK, generateKeyPair } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keyControlledBy } from '../../../core/keys/binding.ts';
import { resolveJwtKey } from '../../../core/keys/resolve-jwt-key.ts';
import { controllerDocument, ed25519Key, keyWorld, p256Key, type KeyWorld, type TestKey } from './key-world.ts';

let world: KeyWorld;
let key: TestKey;
beforeEach(async () => {
  world = await keyWorld();
  key = await ed25519Key();
});
afterEach(() => world.close());

const JWKS = 'https://issuer.example/.well-known/jwks.json';

describe('resolveJwtKey: the header jwk', () => {
  it('takes a header jwk without a kid, named by its own did:jwk and controlled by no issuer', async () => {
    const found = await resolveJwtKey(world.session({ offline: true }), { alg: 'EdDSA', jwk: { ...key.publicJwk, kid: 'x' } });
    expect(found).toMatchObject({ ok: true, notes: [], key: { source: 'jose-header', purposes: [], jwk: { kty: 'OKP', crv: 'Ed25519', x: key.publicJwk.x }, ed25519: key.raw } });
    expect(found.ok && found.key.controller).toMatch(/^did:jwk:/);
    expect(found.ok && found.key.id).toBe(`${found.ok && found.key.controller}#0`);
    expect(found.ok && keyControlledBy(found.key, 'https://issuer.example/issuers/1')).toBe(false);
    expect(world.server.requests).toEqual([]);
  });

  it('refuses a header jwk that holds its private part', async () => {
    const rsa = await exportJWK((await generateKeyPair('RS256', { extractable: true })).privateKey);
    for (const jwk of [key.privateJwk, rsa]) {
      expect(await resolveJwtKey(world.session(), { alg: 'RS256', jwk })).toMatchObject({
        ok: false,
        check: { id: 'key', status: 'fail', message: expect.stringMatching(/^The key in the signature's header was published with its private part \("d"\), so anyone could have signed with it\.$/) },
      });
    }
  });

  it('fails a header with neither jwk nor kid, and a kid that is not an address', async () => {
    expect(await resolveJwtKey(world.session(), { alg: 'EdDSA' })).toMatchObject({ ok: false, check: { status: 'fail', message: expect.stringMatching(/neither a key nor a key id/) } });
    expect(await resolveJwtKey(world.session(), 'not a header')).toMatchObject({ ok: false, check: { status: 'fail' } });
    expect(await resolveJwtKey(world.session(), { alg: 'EdDSA', kid: 'key-1' })).toMatchObject({ ok: false, check: { status: 'fail', message: expect.stringMatching(/"key-1", which is not an address/) } });
  });
});

describe('resolveJwtKey: a header with both jwk and kid', () => {
  it('follows the kid, and accepts a jwk beside it only when it is that same key', async () => {
    world.server.route('/keys/1.json', { json: key.publicJwk });
    const kid = 'https://issuer.example/keys/1.json';
    expect(await resolveJwtKey(world.session(), { alg: 'EdDSA', kid, jwk: key.publicJwk })).toMatchObject({ ok: true, key: { source: 'jwk-url', id: kid } });
    const forger = await ed25519Key();
    expect(await resolveJwtKey(world.session(), { alg: 'EdDSA', kid, jwk: forger.publicJwk })).toMatchObject({
      ok: false,
      check: { id: 'key', status: 'fail', message: expect.stringMatching(/header is not the key its kid names/) },
    });
  });
});

describe('resolveJwtKey: kid', () => {
  it('fetches a JWK from the kid URL', async () => {
    world.server.route('/keys/1.json', { json: key.publicJwk });
    const found = await resolveJwtKey(world.session(), { alg: 'EdDSA', kid: 'https://issuer.example/keys/1.json' });
    expect(found).toMatchObject({ ok: true, key: { id: 'https://issuer.example/keys/1.json', controller: 'https://issuer.example/keys/1.json', source: 'jwk-url', purposes: [], documents: { 'https://issuer.example/keys/1.json': key.publicJwk } } });
  });

  it('picks a key from a JWK Set by kid, or by the kid URL\'s fragment', async () => {
    const ec = await p256Key();
    world.server.route('/.well-known/jwks.json', { json: { keys: [{ ...key.publicJwk, kid: 'ed' }, { ...ec.publicJwk, kid: `${JWKS}#ec` }] } });
    expect(await resolveJwtKey(world.session(), { alg: 'EdDSA', kid: `${JWKS}#ed` })).toMatchObject({ ok: true, key: { id: `${JWKS}#ed`, controller: JWKS, jwk: { x: key.publicJwk.x } } });
    expect(await resolveJwtKey(world.session(), { alg: 'ES256', kid: `${JWKS}#ec` })).toMatchObject({ ok: true, key: { jwk: { kty: 'EC', x: ec.publicJwk.x } } });
  });

  it('takes the only key of a set when the kid names the set', async () => {
    world.server.route('/.well-known/jwks.json', { json: { keys: [key.publicJwk] } });
    expect(await resolveJwtKey(world.session(), { alg: 'EdDSA', kid: JWKS })).toMatchObject({ ok: true, key: { jwk: { x: key.publicJwk.x } } });
  });

  it('fails a set with no key of that name, with two of that name, or with the private part', async () => {
    world.server.route('/.well-known/jwks.json', { json: { keys: [{ ...key.publicJwk, kid: 'a' }, { ...key.publicJwk, kid: 'a' }, { ...key.privateJwk, kid: 'p' }] } });
    expect(await resolveJwtKey(world.session(), { alg: 'EdDSA', kid: `${JWKS}#b` })).toMatchObject({ ok: false, check: { status: 'fail', message: `The key set at issuer.example has no key named ${JWKS}#b.` } });
    expect(await resolveJwtKey(world.session(), { alg: 'EdDSA', kid: JWKS })).toMatchObject({ ok: false, check: { status: 'fail', message: expect.stringMatching(/has no key named/) } });
    expect(await resolveJwtKey(world.session(), { alg: 'EdDSA', kid: `${JWKS}#a` })).toMatchObject({ ok: false, check: { status: 'fail', message: expect.stringMatching(/holds more than one key named/) } });
    expect(await resolveJwtKey(world.session(), { alg: 'EdDSA', kid: `${JWKS}#p` })).toMatchObject({ ok: false, check: { status: 'fail', message: expect.stringMatching(/private part/) } });
  });

  it('finds the key in a controller document when the kid URL serves one', async () => {
    const profile = 'https://issuer.example/issuers/1';
    world.server.route('/issuers/1', { json: controllerDocument(profile, { id: `${profile}#key-1`, type: 'JsonWebKey', publicKeyJwk: key.publicJwk }) });
    const found = await resolveJwtKey(world.session(), { alg: 'EdDSA', kid: `${profile}#key-1` });
    expect(found).toMatchObject({ ok: true, key: { controller: profile, source: 'controller-document', purposes: ['assertionMethod'] } });
    expect(world.server.requests.map((r) => r.path)).toEqual(['/issuers/1']); // fetched once
  });

  it('resolves a DID URL kid as a verification method for signing credentials', async () => {
    const did = `did:key:${key.multikey}`;
    expect(await resolveJwtKey(world.session(), { alg: 'EdDSA', kid: `${did}#${key.multikey}` })).toMatchObject({ ok: true, key: { controller: did, source: 'did:key' } });
    world.server.route('/.well-known/did.json', { json: controllerDocument('did:web:issuer.example', { id: 'did:web:issuer.example#k', type: 'Multikey', publicKeyMultibase: key.multikey }, ['authentication']) });
    expect(await resolveJwtKey(world.session(), { alg: 'EdDSA', kid: 'did:web:issuer.example#k' })).toMatchObject({ ok: false, check: { status: 'fail', message: expect.stringMatching(/not one its owner allows for signing credentials/) } });
  });

  it('fails a kid URL the site does not serve, and leaves it open offline or unreachable', async () => {
    expect(await resolveJwtKey(world.session(), { alg: 'EdDSA', kid: 'https://issuer.example/keys/9.json' })).toMatchObject({ ok: false, check: { status: 'fail', message: expect.stringMatching(/^The signing key at issuer.example could not be read: .*HTTP 404/) } });
    expect(await resolveJwtKey(world.session({ offline: true }), { alg: 'EdDSA', kid: 'https://issuer.example/keys/1.json' })).toMatchObject({ ok: false, check: { undecided: true } });
    expect(await resolveJwtKey(world.session(), { alg: 'EdDSA', kid: 'https://down.example/keys/1.json' })).toMatchObject({ ok: false, check: { undecided: true } });
  });

  it('reads a kid in the 1EdTech key-in-the-address form like a verification method', async () => {
    const kid = `https://issuer.example/issuers/1#${key.multikey}`;
    expect(await resolveJwtKey(world.session({ offline: true }), { alg: 'EdDSA', kid })).toMatchObject({ ok: true, key: { source: 'address' }, notes: [{ status: 'warn' }] });
  });
});
