import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveVerificationMethod } from '../../../core/keys/resolve-method.ts';
import { controllerDocument, ed25519Key, keyWorld, p256Key, type KeyWorld, type TestKey } from './key-world.ts';

let world: KeyWorld;
let key: TestKey;
beforeEach(async () => {
  world = await keyWorld();
  key = await ed25519Key();
});
afterEach(() => world.close());

const DID = 'did:web:issuer.example';
const PROFILE = 'https://issuer.example/issuers/1';

describe('resolveVerificationMethod: the 1EdTech key-in-the-address convention', () => {
  it('reads the key from the address, with a warning, when the document cannot be read', async () => {
    const id = `${PROFILE}#${key.multikey}`;
    const found = await resolveVerificationMethod(world.session({ offline: true }), id);
    expect(found).toMatchObject({ ok: true, key: { id, controller: PROFILE, source: 'address', purposes: ['assertionMethod'], ed25519: key.raw } });
    expect(found.ok && found.notes).toEqual([
      {
        id: 'key',
        status: 'warn',
        message: expect.stringMatching(/^The signing key was read from its own address \(https:\/\/issuer.example\/issuers\/1#z6Mk.*\), as 1EdTech's examples do, because the document there could not be read \(.*checking offline.*\); nothing but that address ties the key to the issuer\.$/),
      },
    ]);
  });

  it('does so when the site has no document there (404) and when it is unreachable', async () => {
    expect(await resolveVerificationMethod(world.session(), `${PROFILE}#${key.multikey}`)).toMatchObject({ ok: true, key: { source: 'address' } });
    expect(await resolveVerificationMethod(world.session(), `https://down.example/issuers/1#${key.multikey}`)).toMatchObject({ ok: true, key: { source: 'address', controller: 'https://down.example/issuers/1' } });
  });

  it('does so for a P-256 key and for a Profile that lists no keys', async () => {
    const ec = await p256Key();
    world.server.route('/issuers/1', { json: { id: PROFILE, type: 'Profile', name: 'Example College' } });
    const found = await resolveVerificationMethod(world.session(), `${PROFILE}#${ec.multikey}`);
    expect(found).toMatchObject({ ok: true, key: { source: 'address', jwk: { kty: 'EC', x: ec.publicJwk.x, y: ec.publicJwk.y }, documents: { [PROFILE]: { name: 'Example College' } } } });
    expect(found.ok && found.notes[0]!.message).toMatch(/because the document there lists no keys/);
  });

  it('prefers the document when it lists the key', async () => {
    world.server.route('/issuers/1', { json: controllerDocument(PROFILE, { id: `${PROFILE}#${key.multikey}`, type: 'Multikey', publicKeyMultibase: key.multikey }) });
    expect(await resolveVerificationMethod(world.session(), `${PROFILE}#${key.multikey}`)).toMatchObject({ ok: true, notes: [], key: { source: 'controller-document' } });
  });

  it('fails a key in the address when the document lists other keys but not it', async () => {
    const issuers = await ed25519Key();
    world.server.route('/issuers/1', { json: controllerDocument(PROFILE, { id: `${PROFILE}#key-1`, type: 'Multikey', publicKeyMultibase: issuers.multikey }) });
    expect(await resolveVerificationMethod(world.session(), `${PROFILE}#${key.multikey}`)).toMatchObject({ ok: false, check: { status: 'fail', message: expect.stringMatching(/^The key document at issuer.example does not list the signing key/) } });
  });

  it('fails a key in the address when the document lists it but not for signing', async () => {
    world.server.route('/issuers/1', { json: controllerDocument(PROFILE, { id: `${PROFILE}#${key.multikey}`, type: 'Multikey', publicKeyMultibase: key.multikey }, ['authentication']) });
    expect(await resolveVerificationMethod(world.session(), `${PROFILE}#${key.multikey}`)).toMatchObject({ ok: false, check: { status: 'fail', message: expect.stringMatching(/not one its owner allows for signing credentials/) } });
  });

  it('fails a malformed key in the address (1EdTech simple-err-proof-method)', async () => {
    const found = await resolveVerificationMethod(world.session({ offline: true }), 'https://example.edu/issuers/565049#z6MkjZRsdasZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi');
    expect(found).toMatchObject({ ok: false, check: { status: 'fail', message: expect.stringMatching(/^The signing key written in the address https:\/\/example.edu\/issuers\/565049#z6Mk.* (is neither an Ed25519 nor a P-256 public key|holds \d+ bytes)/) } });
  });

  it('keeps the reason it had when the fragment is not a key', async () => {
    expect(await resolveVerificationMethod(world.session({ offline: true }), `${PROFILE}#key-1`)).toMatchObject({ ok: false, check: { undecided: true, message: expect.stringMatching(/^The key document at issuer.example could not be read/) } });
  });

  it('is not used for DIDs: a did:web document must list its keys', async () => {
    expect(await resolveVerificationMethod(world.session({ offline: true }), `${DID}#${key.multikey}`)).toMatchObject({ ok: false, check: { undecided: true } });
  });

  it('is only for signing credentials', async () => {
    expect(await resolveVerificationMethod(world.session({ offline: true }), `${PROFILE}#${key.multikey}`, 'authentication')).toMatchObject({ ok: false, check: { status: 'fail', message: expect.stringMatching(/not listed anywhere for logging in/) } });
  });
});
