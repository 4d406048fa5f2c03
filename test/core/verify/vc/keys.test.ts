import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { achievementCredential } from '../../../support/ob3-credentials.ts';
import { generateSigningKey } from '../../../support/ob3-keys.ts';
import { startOb3World, type Ob3World, type TestIssuer } from '../../../support/ob3-world.ts';
import { checksOf } from '../../../support/report-invariants.ts';

let world: Ob3World;
beforeAll(async () => {
  world = await startOb3World();
});
afterAll(() => world.close());

const keyMessage = (report: { checks: readonly { id: string; message: string }[] }) => report.checks.find((c) => c.id === 'key')?.message;

describe('verify: the keys an OB 3.0 issuer signs with', () => {
  const sources: [string, () => Promise<TestIssuer>, string | undefined, RegExp][] = [
    ['did:key', () => world.didKeyIssuer(), undefined, /the issuer is that key/],
    ['did:jwk', () => world.didJwkIssuer(), undefined, /the issuer is that key/],
    ['did:web', () => world.didWebIssuer('did:web:issuer.example'), 'https://issuer.example/.well-known/did.json', /listed by its DID document/],
    ['did:web with a path', () => world.didWebIssuer('did:web:issuer.example:org:registrar'), 'https://issuer.example/org/registrar/did.json', /listed by its DID document/],
    ['did:web with a port (%3A)', () => world.didWebIssuer('did:web:issuer.example%3A8443'), 'https://issuer.example:8443/.well-known/did.json', /listed by its DID document/],
    ['a Profile listing a Multikey', () => world.profileIssuer('https://issuer.example/issuers/multikey', { methodType: 'Multikey' }), 'https://issuer.example/issuers/multikey', /listed by its profile/],
    ['a Profile listing a JsonWebKey', () => world.profileIssuer('https://issuer.example/issuers/jwk', { methodType: 'JsonWebKey' }), 'https://issuer.example/issuers/jwk', /listed by its profile/],
    [
      'a Profile listing an Ed25519VerificationKey2020',
      () => world.profileIssuer('https://issuer.example/issuers/ed2020', { methodType: 'Ed25519VerificationKey2020' }),
      'https://issuer.example/issuers/ed2020',
      /listed by its profile/,
    ],
  ];

  it.each(sources)('verifies a credential signed with %s, and fails one signed with another key under its name', async (_name, make, documentUrl, binding) => {
    const issuer = await make();
    const credential = achievementCredential(issuer.id);
    const before = world.asked.length;
    const report = await world.verify(await issuer.sign(credential));
    expect(report.status).toBe('verified');
    expect(keyMessage(report)).toMatch(binding);
    // did:key and did:jwk are read from the DID itself; the others from the one address their method gives.
    expect(world.asked.slice(before).filter((u) => !u.endsWith('.png'))).toEqual(documentUrl ? [documentUrl] : []);
    const impostor = world.issuerOf(issuer.id, await generateSigningKey(), issuer.methodId);
    expect(await world.verify(await impostor.sign(credential))).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/signature does not match/) });
  });

  it('reads a Profile that names its key by a relative id (#key-1), as many issuers write it', async () => {
    const key = await generateSigningKey();
    const id = 'https://issuer.example/issuers/relative';
    world.serve(id, { id, type: ['Profile'], name: 'Example College', verificationMethod: [{ id: '#key-1', type: 'Multikey', controller: id, publicKeyMultibase: key.multikey }], assertionMethod: ['#key-1'] });
    expect((await world.verify(await world.issuerOf(id, key, `${id}#key-1`).sign(achievementCredential(id)))).status).toBe('verified');
  });

  it('verifies a VC-JWT whose kid names a key in the issuer\'s Profile', async () => {
    const issuer = await world.profileIssuer('https://issuer.example/issuers/jwt-profile', { alg: 'ES256', methodType: 'JsonWebKey' });
    expect((await world.verify(await issuer.jwt(achievementCredential(issuer.id)))).status).toBe('verified');
  });
});

describe('verify: the key must be the issuer\'s and allowed to sign credentials', () => {
  it('fails a key the issuer lists only for logging in (authentication)', async () => {
    const issuer = await world.didWebIssuer('did:web:issuer.example:login-only', { relationships: ['authentication'] });
    const report = await world.verify(await issuer.sign(achievementCredential(issuer.id)));
    expect(report).toMatchObject({ status: 'invalid', summary: 'The key did:web:issuer.example:login-only#key-1 is not one its owner allows for signing credentials.' });
    const allowed = await world.didWebIssuer('did:web:issuer.example:login-and-sign', { relationships: ['authentication', 'assertionMethod'] });
    expect((await world.verify(await allowed.sign(achievementCredential(allowed.id)))).status).toBe('verified');
  });

  it('fails a valid signature by someone else\'s key', async () => {
    const issuer = await world.didWebIssuer('did:web:issuer.example:victim');
    const stranger = await world.didKeyIssuer();
    const report = await world.verify(await stranger.sign(achievementCredential(issuer.id)));
    expect(checksOf(report, 'signature')).toEqual([expect.objectContaining({ status: 'pass' })]);
    expect(report).toMatchObject({ status: 'invalid', summary: `It was signed with a key that belongs to ${stranger.id}, not to its issuer (did:web:issuer.example:victim).` });
  });

  it('fails a key whose issuer profile names someone else as its controller', async () => {
    const issuer = await world.profileIssuer('https://issuer.example/issuers/shared');
    const method = (issuer.document!.verificationMethod as Record<string, unknown>[])[0]!;
    world.serve(issuer.documentUrl!, { ...issuer.document, verificationMethod: [{ ...method, controller: 'https://attacker.example/' }] });
    const report = await world.verify(await issuer.sign(achievementCredential(issuer.id)));
    expect(report).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/says it is controlled by https:\/\/attacker\.example\/, not https:\/\/issuer\.example\/issuers\/shared/) });
  });

  it('fails a DID document that names itself by another DID', async () => {
    const issuer = await world.didWebIssuer('did:web:issuer.example:renamed');
    world.serve(issuer.documentUrl!, { ...issuer.document, id: 'did:web:attacker.example' });
    expect(await world.verify(await issuer.sign(achievementCredential(issuer.id)))).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/names itself did:web:attacker\.example/) });
  });
});

describe('verify: keys that cannot be tied to the issuer leave the verdict open', () => {
  it('reads an issuer-URL #z6Mk… key from its address when the profile is unreachable, and leaves the verdict unverified', async () => {
    // Deliberate: anyone can write any key after the '#', so only the issuer's document can vouch for it.
    const key = await generateSigningKey();
    const issuerId = 'https://down.example/issuers/1';
    world.down('down.example');
    const issuer = world.issuerOf(issuerId, key, `${issuerId}#${key.multikey!}`);
    const report = await world.verify(await issuer.sign(achievementCredential(issuerId)));
    expect(report.status).toBe('unverified');
    expect(checksOf(report, 'signature')).toEqual([expect.objectContaining({ status: 'pass' })]);
    expect(checksOf(report, 'key')).toEqual([expect.objectContaining({ status: 'skip', undecided: true, message: expect.stringMatching(/read from its own address .* nothing confirms it is the issuer's/) })]);
  });

  it('verifies the same #z6Mk… key once the issuer\'s profile lists it', async () => {
    const key = await generateSigningKey();
    const issuerId = 'https://issuer.example/issuers/z6mk';
    const methodId = `${issuerId}#${key.multikey!}`;
    world.serve(issuerId, { id: issuerId, type: ['Profile'], name: 'Example College', verificationMethod: [{ id: methodId, type: 'Multikey', controller: issuerId, publicKeyMultibase: key.multikey }], assertionMethod: [methodId] });
    const report = await world.verify(await world.issuerOf(issuerId, key, methodId).sign(achievementCredential(issuerId)));
    expect(report.status).toBe('verified');
  });

  it('fails a #z6Mk… key that the reachable profile does not list among its keys', async () => {
    const listed = await world.profileIssuer('https://issuer.example/issuers/lists-one');
    const other = await generateSigningKey();
    const forger = world.issuerOf(listed.id, other, `${listed.id}#${other.multikey!}`);
    expect(await world.verify(await forger.sign(achievementCredential(listed.id)))).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/does not list the signing key/) });
  });

  it('leaves a did:web issuer whose host does not answer unverified, and fails one whose document is not there (404)', async () => {
    const unreachable = await world.didWebIssuer('did:web:offline.example');
    world.down('offline.example');
    const report = await world.verify(await unreachable.sign(achievementCredential(unreachable.id)));
    expect(report).toMatchObject({ status: 'unverified', summary: expect.stringMatching(/^The DID document of did:web:offline\.example could not be read: offline\.example could not be reached/) });
    const key = await generateSigningKey();
    const missing = world.issuerOf('did:web:issuer.example:gone', key, 'did:web:issuer.example:gone#key-1');
    expect(await world.verify(await missing.sign(achievementCredential(missing.id)))).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/HTTP 404/) });
  });

  it('refuses a did:web that names an IP address, without fetching anything', async () => {
    const key = await generateSigningKey();
    const issuer = world.issuerOf('did:web:127.0.0.1', key, 'did:web:127.0.0.1#key-1');
    const before = world.asked.length;
    const report = await world.verify(await issuer.sign(achievementCredential(issuer.id)), { checkImage: false });
    expect(report).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/names an IP address, which did:web does not allow/) });
    expect(world.asked.length).toBe(before);
  });
});
