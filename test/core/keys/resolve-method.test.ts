import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveVerificationMethod } from '../../../core/keys/resolve-method.ts';
import { controllerDocument, didJwk, ed25519Key, keyWorld, p256Key, type KeyWorld, type TestKey } from './key-world.ts';

let world: KeyWorld;
let key: TestKey;
beforeEach(async () => {
  world = await keyWorld();
  key = await ed25519Key();
});
afterEach(() => world.close());

const DID = 'did:web:issuer.example';
const PROFILE = 'https://issuer.example/issuers/1';

function serveDidWeb(document: unknown, path = '/.well-known/did.json'): void {
  world.server.route(path, { json: document });
}

describe('resolveVerificationMethod: derived DIDs', () => {
  it('resolves a did:key without fetching anything', async () => {
    const session = world.session({ offline: true });
    const did = `did:key:${key.multikey}`;
    const found = await resolveVerificationMethod(session, `${did}#${key.multikey}`);
    expect(found).toMatchObject({ ok: true, notes: [], key: { id: `${did}#${key.multikey}`, controller: did, source: 'did:key', jwk: { kty: 'OKP', crv: 'Ed25519', x: key.publicJwk.x }, ed25519: key.raw } });
    expect(found.ok && found.key.purposes).toEqual(['assertionMethod', 'authentication', 'capabilityInvocation', 'capabilityDelegation']);
    expect(found.ok && Object.keys(found.key.documents!)).toEqual([did]);
    expect(session.net.records).toEqual([]);
  });

  it('reads a bare did:key as its one key', async () => {
    const found = await resolveVerificationMethod(world.session(), `did:key:${key.multikey}`);
    expect(found).toMatchObject({ ok: true, key: { id: `did:key:${key.multikey}#${key.multikey}` } });
  });

  it('resolves a did:jwk, and a bare did:jwk as #0', async () => {
    const ec = await p256Key();
    const did = didJwk(ec.publicJwk);
    const found = await resolveVerificationMethod(world.session({ offline: true }), did);
    expect(found).toMatchObject({ ok: true, key: { id: `${did}#0`, controller: did, source: 'did:jwk', jwk: { kty: 'EC', crv: 'P-256', x: ec.publicJwk.x, y: ec.publicJwk.y } } });
  });

  it('fails a did:key whose multibase is malformed', async () => {
    const bad = `did:key:${key.multikey.slice(0, -2)}`;
    expect(await resolveVerificationMethod(world.session(), `${bad}#${bad.slice(8)}`)).toMatchObject({ ok: false, check: { id: 'key', status: 'fail', message: expect.stringMatching(/^The signing key.s DID \(did:key:z6Mk.*\) (is neither an Ed25519 nor a P-256 public key|holds \d+ bytes where an Ed25519 key has 32)\.$/) } });
  });

  it('fails a did:key method id whose fragment is another key', async () => {
    const other = await ed25519Key();
    const found = await resolveVerificationMethod(world.session(), `did:key:${key.multikey}#${other.multikey}`);
    expect(found).toMatchObject({ ok: false, check: { status: 'fail', message: expect.stringMatching(/does not list the signing key/) } });
  });

  it('fails a did:jwk that holds a private key', async () => {
    const found = await resolveVerificationMethod(world.session(), `${didJwk(key.privateJwk)}#0`);
    expect(found).toMatchObject({ ok: false, check: { status: 'fail', message: expect.stringMatching(/private part \("d"\), so anyone could have signed with it/) } });
  });
});

describe('resolveVerificationMethod: did:web', () => {
  const method = (k: TestKey) => ({ id: `${DID}#key-1`, type: 'Multikey', publicKeyMultibase: k.multikey });

  it('fetches the DID document from /.well-known/did.json over https and finds the key', async () => {
    serveDidWeb(controllerDocument(DID, method(key), ['assertionMethod', 'authentication']));
    const session = world.session();
    const found = await resolveVerificationMethod(session, `${DID}#key-1`);
    expect(found).toMatchObject({ ok: true, key: { id: `${DID}#key-1`, controller: DID, source: 'did:web', purposes: ['assertionMethod', 'authentication'], ed25519: key.raw } });
    expect(found.ok && Object.keys(found.key.documents!)).toEqual([DID]);
    expect(session.net.records).toMatchObject([{ url: 'https://issuer.example/.well-known/did.json', outcome: 'ok', source: 'network' }]);
    expect(session.documents.has('https://issuer.example/.well-known/did.json')).toBe(true);
  });

  it('fetches a did:web with a path and a port from where the method says', async () => {
    const did = 'did:web:issuer.example%3A8443:users:alice';
    world.server.route('/port-8443/users/alice/did.json', { json: controllerDocument(did, { id: `${did}#k`, type: 'JsonWebKey', publicKeyJwk: key.publicJwk }) });
    expect(await resolveVerificationMethod(world.session(), `${did}#k`)).toMatchObject({ ok: true, key: { controller: did, jwk: { x: key.publicJwk.x } } });
  });

  it('fails a DID document that names another DID', async () => {
    serveDidWeb(controllerDocument('did:web:attacker.example', { ...method(key), id: 'did:web:attacker.example#key-1' }));
    const found = await resolveVerificationMethod(world.session(), `${DID}#key-1`);
    expect(found).toMatchObject({ ok: false, check: { id: 'key', status: 'fail', message: 'The DID document of did:web:issuer.example names itself did:web:attacker.example, not did:web:issuer.example, so its keys may be someone else\'s.' } });
  });

  it('fails a method whose controller is someone else', async () => {
    serveDidWeb({ ...controllerDocument(DID, method(key)), verificationMethod: [{ ...method(key), controller: 'did:web:attacker.example' }] });
    const found = await resolveVerificationMethod(world.session(), `${DID}#key-1`);
    expect(found).toMatchObject({ ok: false, check: { status: 'fail', message: 'The signing key did:web:issuer.example#key-1 says it is controlled by did:web:attacker.example, not did:web:issuer.example whose document lists it, so it may belong to someone else.' } });
  });

  it('fails a method that names no controller', async () => {
    serveDidWeb({ ...controllerDocument(DID, method(key)), verificationMethod: [method(key)] });
    expect(await resolveVerificationMethod(world.session(), `${DID}#key-1`)).toMatchObject({ ok: false, check: { status: 'fail', message: expect.stringMatching(/names no controller/) } });
  });

  it('fails a key that is listed only for logging in, not for signing credentials', async () => {
    serveDidWeb(controllerDocument(DID, method(key), ['authentication']));
    const found = await resolveVerificationMethod(world.session(), `${DID}#key-1`);
    expect(found).toMatchObject({ ok: false, check: { status: 'fail', message: 'The key did:web:issuer.example#key-1 is not one its owner allows for signing credentials.' } });
    expect(await resolveVerificationMethod(world.session(), `${DID}#key-1`, 'authentication')).toMatchObject({ ok: true, key: { purposes: ['authentication'] } });
  });

  it('fails a key the document does not list, and two keys with one id', async () => {
    serveDidWeb(controllerDocument(DID, method(key)));
    expect(await resolveVerificationMethod(world.session(), `${DID}#key-2`)).toMatchObject({ ok: false, check: { status: 'fail', message: 'The DID document of did:web:issuer.example does not list the signing key did:web:issuer.example#key-2.' } });
    const other = await ed25519Key();
    serveDidWeb({ ...controllerDocument(DID, method(key)), verificationMethod: [{ ...method(key), controller: DID }, { ...method(other), controller: DID }] });
    expect(await resolveVerificationMethod(world.session(), `${DID}#key-1`)).toMatchObject({ ok: false, check: { status: 'fail', message: expect.stringMatching(/lists two different keys named/) } });
  });

  it('fails a malformed multibase key in the document', async () => {
    serveDidWeb(controllerDocument(DID, { ...method(key), publicKeyMultibase: `${key.multikey}0` }));
    expect(await resolveVerificationMethod(world.session(), `${DID}#key-1`)).toMatchObject({ ok: false, check: { status: 'fail', message: 'The signing key did:web:issuer.example#key-1 is not valid base58.' } });
  });

  it('fails a private JWK in the document', async () => {
    serveDidWeb(controllerDocument(DID, { id: `${DID}#key-1`, type: 'JsonWebKey2020', publicKeyJwk: key.privateJwk }));
    expect(await resolveVerificationMethod(world.session(), `${DID}#key-1`)).toMatchObject({ ok: false, check: { status: 'fail', message: expect.stringMatching(/private part/) } });
  });

  it('leaves the verdict open for a method type it does not know', async () => {
    serveDidWeb(controllerDocument(DID, { ...method(key), type: 'EcdsaSecp256k1VerificationKey2019' }));
    const found = await resolveVerificationMethod(world.session(), `${DID}#key-1`);
    expect(found).toMatchObject({ ok: false, check: { id: 'key', status: 'skip', undecided: true, message: expect.stringMatching(/type "EcdsaSecp256k1VerificationKey2019", which is not a kind of key Badge Lens can read/) } });
  });

  it('fails when the site has no DID document (HTTP 404)', async () => {
    expect(await resolveVerificationMethod(world.session(), `${DID}#key-1`)).toMatchObject({ ok: false, check: { status: 'fail', message: expect.stringMatching(/could not be read: .*HTTP 404/) } });
  });

  it('leaves the verdict open when the site cannot be reached', async () => {
    const found = await resolveVerificationMethod(world.session(), 'did:web:down.example#key-1');
    expect(found).toMatchObject({ ok: false, check: { id: 'key', status: 'skip', undecided: true, message: expect.stringMatching(/^The DID document of did:web:down.example could not be read: down.example could not be reached/) } });
    expect(await resolveVerificationMethod(world.session(), 'did:web:nowhere.example#key-1')).toMatchObject({ ok: false, check: { undecided: true } });
  });

  it('leaves the verdict open offline, and contacts nobody', async () => {
    serveDidWeb(controllerDocument(DID, method(key)));
    const session = world.session({ offline: true });
    expect(await resolveVerificationMethod(session, `${DID}#key-1`)).toMatchObject({ ok: false, check: { undecided: true, message: expect.stringMatching(/checking offline/) } });
    expect(world.server.requests).toEqual([]);
  });

  it('uses a DID document supplied ahead of time, offline', async () => {
    const session = world.session({ offline: true, documents: { 'https://issuer.example/.well-known/did.json': controllerDocument(DID, method(key)) } });
    expect(await resolveVerificationMethod(session, `${DID}#key-1`)).toMatchObject({ ok: true, key: { source: 'did:web' } });
  });

  it('keeps the net layer\'s rules: a did:web on a private address is not contacted by default', async () => {
    const session = world.session({ allowPrivateNetwork: false });
    const found = await resolveVerificationMethod(session, 'did:web:localhost%3A8443#key-1');
    expect(found).toMatchObject({ ok: false, check: { undecided: true, message: expect.stringMatching(/private or local address/) } });
    expect(session.net.records).toMatchObject([{ url: 'https://localhost:8443/.well-known/did.json', outcome: 'refused', source: 'none' }]);
  });

  it('refuses a did:web that names an IP address', async () => {
    expect(await resolveVerificationMethod(world.session(), 'did:web:127.0.0.1#key-1')).toMatchObject({ ok: false, check: { status: 'fail', message: expect.stringMatching(/names an IP address/) } });
  });
});

describe('resolveVerificationMethod: web addresses and issuer Profiles', () => {
  const profile = (k: TestKey, extra: Record<string, unknown> = {}) => ({
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: PROFILE,
    type: 'Profile',
    name: 'Example College',
    verificationMethod: [{ id: `${PROFILE}#key-1`, type: 'Multikey', controller: PROFILE, publicKeyMultibase: k.multikey }],
    assertionMethod: ['#key-1'],
    ...extra,
  });

  it('finds the key in the issuer Profile at the address without its fragment', async () => {
    world.server.route('/issuers/1', { json: profile(key) });
    const session = world.session();
    const found = await resolveVerificationMethod(session, `${PROFILE}#key-1`);
    expect(found).toMatchObject({ ok: true, notes: [], key: { id: `${PROFILE}#key-1`, controller: PROFILE, source: 'controller-document', purposes: ['assertionMethod'] } });
    expect(found.ok && Object.keys(found.key.documents!)).toEqual([PROFILE]);
    expect(world.server.requests.map((r) => r.path)).toEqual(['/issuers/1']);
  });

  it('fails a Profile that names another address', async () => {
    world.server.route('/issuers/1', { json: profile(key, { id: 'https://attacker.example/issuers/1' }) });
    expect(await resolveVerificationMethod(world.session(), `${PROFILE}#key-1`)).toMatchObject({ ok: false, check: { status: 'fail', message: expect.stringMatching(/^The key document at issuer.example names itself https:\/\/attacker.example\/issuers\/1, not/) } });
  });

  it.each([
    ['a bare multibase', 'z6MkrvfzkMnvCroEUP2DVc9SHPE48CRsvHiVSusHioxTYu1x', /neither a DID nor a web address/],
    ['an unknown scheme', 'xxx:z6MkrvfzkMnvCroEUP2DVc9SHPE48CRsvHiVSusHioxTYu1x', /neither a DID nor a web address/],
    ['a DID without a fragment', 'did:web:issuer.example', /but not which of its keys/],
    ['nothing', undefined, /does not say which key/],
    ['an id too long to be one', `did:key:z${'1'.repeat(9000)}`, /too long/],
  ])('fails %s', async (_name, id, message) => {
    expect(await resolveVerificationMethod(world.session(), id)).toMatchObject({ ok: false, check: { status: 'fail', message: expect.stringMatching(message) } });
  });

  it('leaves the verdict open for a DID method it cannot look up', async () => {
    expect(await resolveVerificationMethod(world.session(), 'did:example:123#key-1')).toMatchObject({ ok: false, check: { undecided: true, message: 'The signing key belongs to a did:example DID, which Badge Lens cannot look up.' } });
  });
});
