import { CompactSign } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { achievementCredential, achievementCredentialV1, LEARNER, tamperedJws } from '../../../support/ob3-credentials.ts';
import { generateSigningKey, signJws, type Alg } from '../../../support/ob3-keys.ts';
import { startOb3World, type Ob3World, type TestIssuer } from '../../../support/ob3-world.ts';
import { checksOf } from '../../../support/report-invariants.ts';

type Json = Record<string, unknown>;

let world: Ob3World;
let issuer: TestIssuer;
beforeAll(async () => {
  world = await startOb3World();
  issuer = await world.didKeyIssuer();
});
afterAll(() => world.close());

const seconds = (iso: string): number => Date.parse(iso) / 1000;
const segment = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('verify: VC-JWT algorithms', () => {
  const issuers: [Alg, string, () => Promise<TestIssuer>][] = [
    ['RS256', 'a did:web JsonWebKey', () => world.didWebIssuer('did:web:issuer.example:rsa', { alg: 'RS256' })],
    ['ES256', 'a did:jwk P-256 key', () => world.didJwkIssuer('ES256')],
    ['ES256', 'a did:key P-256 key (zDn…)', () => world.didKeyIssuer('ES256')],
    ['EdDSA', 'a did:key Ed25519 key', () => world.didKeyIssuer('EdDSA')],
  ];

  it.each(issuers)('verifies %s signed with %s, and fails another key of the same kind', async (alg, _how, make) => {
    const signer = await make();
    const credential = achievementCredential(signer.id);
    const report = await world.verify(await signer.jwt(credential));
    expect(report).toMatchObject({ status: 'verified', form: 'vc-jwt', summary: `The signature (VC-JWT, ${alg}) is valid: the credential has not been changed since it was signed.` });
    // Same header, same kid, someone else's key of the same algorithm.
    const impostor = world.issuerOf(signer.id, await generateSigningKey(alg), signer.methodId);
    expect(await world.verify(await impostor.jwt(credential))).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/VC-JWT signature does not match/) });
  });

  it.each([
    ['alg none', { alg: 'none' }, /not signed \(alg "none"\)/],
    ['HS256, a shared secret', { alg: 'HS256' }, /uses HS256; Open Badges 3\.0 signatures use RS256, ES256 or EdDSA/],
    ['no alg at all', {}, /not signed/],
  ])('fails a VC-JWT that names %s', async (_name, header, message) => {
    const payload = { ...achievementCredential(issuer.id), iss: issuer.id };
    const unsigned = `${segment({ ...header, kid: issuer.methodId, typ: 'JWT' })}.${segment(payload)}.`;
    expect(await world.verify(unsigned)).toMatchObject({ status: 'invalid', summary: expect.stringMatching(message) });
  });

  it('fails a VC-JWT whose alg does not fit the key its kid names', async () => {
    const jwt = await issuer.jwt(achievementCredential(issuer.id));
    const [, payload, signature] = jwt.split('.');
    const relabelled = `${segment({ alg: 'ES256', kid: issuer.methodId, typ: 'JWT' })}.${payload}.${signature}`;
    expect(await world.verify(relabelled)).toMatchObject({ status: 'invalid', summary: 'The signing key does not fit the algorithm the VC-JWT names (ES256).' });
  });

  it('fails a VC-JWT really signed with HMAC, whatever the secret', async () => {
    const payload = { ...achievementCredential(issuer.id), iss: issuer.id };
    const hs256 = await new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
      .setProtectedHeader({ alg: 'HS256', kid: issuer.methodId })
      .sign(new TextEncoder().encode('a shared secret of thirty-two bytes!'));
    expect(await world.verify(hs256)).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/uses HS256/) });
  });
});

describe('verify: where a VC-JWT\'s key comes from', () => {
  it('verifies the signature with a header jwk, but leaves the verdict open: nothing ties that key to the issuer', async () => {
    const credential = achievementCredential(issuer.id);
    const stranger = await generateSigningKey('ES256');
    for (const key of [issuer.key, stranger]) {
      const jwt = await signJws({ ...credential, iss: issuer.id, jti: credential.id, sub: LEARNER, nbf: seconds('2025-01-01T00:00:00Z') }, key, { jwk: key.jwk });
      const report = await world.verify(jwt);
      expect(report.status).toBe('unverified');
      expect(checksOf(report, 'signature')).toEqual([expect.objectContaining({ status: 'pass' })]);
      expect(checksOf(report, 'key')).toEqual([expect.objectContaining({ status: 'skip', undecided: true, message: expect.stringMatching(/travels inside the badge itself, and nothing ties it to the issuer/) })]);
      expect((await world.verify(tamperedJws(jwt, (p) => void (p.name = 'Other')))).status).toBe('invalid');
    }
  });

  it('verifies a header jwk that is the issuer itself (a did:jwk issuer)', async () => {
    const self = await world.didJwkIssuer('ES256');
    const jwt = await self.jwt(achievementCredential(self.id), { header: { kid: undefined, jwk: self.key.jwk } });
    expect((await world.verify(jwt)).status).toBe('verified');
  });

  // OB 3.0 §8.2.4.1 lets a header carry both; the kid resolves to the issuer's own key, and the jwk is
  // that very key. The jwk is read first and, naming no controller, leaves the verdict open.
  it('verifies a VC-JWT whose header has both the issuer\'s kid and the same key as jwk', async () => {
    const jwt = await issuer.jwt(achievementCredential(issuer.id), { header: { jwk: issuer.key.jwk } });
    expect((await world.verify(jwt)).status).toBe('verified');
  });

  it('refuses a header jwk that carries its private part', async () => {
    const jwt = await issuer.jwt(achievementCredential(issuer.id), { header: { kid: undefined, jwk: issuer.key.privateJwk } });
    expect(await world.verify(jwt)).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/was published with its private part \("d"\), so anyone could have signed with it/) });
  });

  it('fails a VC-JWT that names no key at all', async () => {
    const jwt = await issuer.jwt(achievementCredential(issuer.id), { header: { kid: undefined } });
    expect(await world.verify(jwt)).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/neither a key nor a key id/) });
  });

  it.each([
    ['did:key', () => world.didKeyIssuer()],
    ['did:web', () => world.didWebIssuer('did:web:issuer.example:jwt')],
  ])('resolves a kid that is a %s DID URL, and fails one whose fragment names no key', async (_method, make) => {
    const signer = await make();
    expect((await world.verify(await signer.jwt(achievementCredential(signer.id)))).status).toBe('verified');
    const wrong = await signer.jwt(achievementCredential(signer.id), { header: { kid: `${signer.id}#no-such-key` } });
    expect(await world.verify(wrong)).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/does not list the signing key/) });
  });

  it('resolves a kid that is the URL of a JWK Set at the issuer\'s address, and fails a kid the set lacks', async () => {
    const key = await generateSigningKey('RS256');
    const issuerId = 'https://issuer.example/keysets/college';
    world.serve(issuerId, { keys: [{ ...key.jwk, kid: 'key-1', use: 'sig' }, { ...(await generateSigningKey('RS256')).jwk, kid: 'key-2' }] });
    const signer = world.issuerOf(issuerId, key, `${issuerId}#key-1`);
    expect(await world.verify(await signer.jwt(achievementCredential(issuerId)))).toMatchObject({ status: 'verified', summary: 'The signature (VC-JWT, RS256) is valid: the credential has not been changed since it was signed.' });
    const missing = await signer.jwt(achievementCredential(issuerId), { header: { kid: `${issuerId}#key-9` } });
    expect(await world.verify(missing)).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/has no key named/) });
  });

  it('resolves a kid that is the URL of a bare JWK, and refuses one published with its private part', async () => {
    const key = await generateSigningKey('ES256');
    const issuerId = 'https://issuer.example/jwk/college';
    world.serve(issuerId, key.jwk);
    const signer = world.issuerOf(issuerId, key, issuerId);
    expect((await world.verify(await signer.jwt(achievementCredential(issuerId)))).status).toBe('verified');
    world.serve(issuerId, key.privateJwk);
    expect(await world.verify(await signer.jwt(achievementCredential(issuerId)))).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/private part/) });
  });

  it('never verifies a VC-JWT whose kid is a JWK Set on another host than the issuer\'s', async () => {
    const key = await generateSigningKey('ES256');
    world.serve('https://keys.elsewhere.example/jwks.json', { keys: [{ ...key.jwk, kid: 'k' }] });
    const signer = world.issuerOf('https://issuer.example/issuers/1', key, 'https://keys.elsewhere.example/jwks.json#k');
    const report = await world.verify(await signer.jwt(achievementCredential(signer.id)));
    expect(report.status).not.toBe('verified');
    expect(checksOf(report, 'key').some((c) => c.status === 'pass')).toBe(false);
  });

  // OB 3.0 §8.2.4.1 shows exactly this: `"kid": "https://example.edu/keys#key-1"` for an issuer at
  // https://example.edu/issuers/565049. The JWKS names no controller, so nothing says the key is someone
  // else's; calling the badge invalid ("a key that belongs to https://example.edu/keys") says what is not known.
  it('does not call the specification\'s own layout (a JWKS at the issuer\'s host, outside its id) invalid', async () => {
    const key = await generateSigningKey('RS256');
    world.serve('https://issuer.example/keys', { keys: [{ ...key.jwk, kid: 'key-1' }] });
    const signer = world.issuerOf('https://issuer.example/issuers/565049', key, 'https://issuer.example/keys#key-1');
    const report = await world.verify(await signer.jwt(achievementCredential(signer.id)));
    expect(checksOf(report, 'signature')).toEqual([expect.objectContaining({ status: 'pass' })]);
    expect(checksOf(report, 'key').map((c) => c.status)).not.toContain('fail');
    expect(['verified', 'unverified']).toContain(report.status);
  });
});

describe('verify: VC-JWT claims restate the credential', () => {
  let credential: Json;
  beforeAll(() => {
    credential = achievementCredential(issuer.id, { validFrom: '2025-01-01T00:00:00Z', validUntil: '2030-01-01T00:00:00Z' });
  });

  it('verifies claims that agree with the credential, in the payload and in the vc claim', async () => {
    for (const form of ['payload', 'vc'] as const) {
      const report = await world.verify(await issuer.jwt(credential, { form }));
      expect(report.status, form).toBe('verified');
      expect(checksOf(report, 'jwt-claims')).toEqual([{ id: 'jwt-claims', status: 'pass', message: "The JWT's claims agree with the credential." }]);
    }
  });

  it.each([
    ['iss is not the issuer', { iss: 'did:example:someone-else' }, /iss is did:example:someone-else but the issuer is did:key:/],
    ['jti is not the credential id', { jti: 'urn:uuid:another' }, /jti is urn:uuid:another but the credential id is urn:uuid:/],
    ['sub is not the subject', { sub: 'did:example:impostor' }, /sub is did:example:impostor but the subject is did:example:learner/],
    ['nbf is not validFrom', { nbf: seconds('2024-01-01T00:00:00Z') }, /nbf \(2024-01-01T00:00:00Z\) differs from the credential's start date \(2025-01-01T00:00:00\.000Z\)/],
    ['exp is not validUntil', { exp: seconds('2099-01-01T00:00:00Z') }, /exp \(2099-01-01T00:00:00Z\) differs from the credential's end date/],
  ])('fails a VC-JWT whose %s', async (_name, claims, message) => {
    for (const form of ['payload', 'vc'] as const) {
      const report = await world.verify(await issuer.jwt(credential, { form, claims }));
      expect(report, form).toMatchObject({ status: 'invalid', summary: expect.stringMatching(message) });
      expect(checksOf(report, 'jwt-claims').at(-1)?.status).toBe('fail');
    }
  });

  it('reads a VCDM 1.1 credential\'s issuanceDate and expirationDate against nbf and exp', async () => {
    const v1 = { ...achievementCredentialV1(issuer.id), expirationDate: '2030-01-01T00:00:00Z' };
    expect((await world.verify(await issuer.jwt(v1, { form: 'vc' }))).status).toBe('verified');
    const report = await world.verify(await issuer.jwt(v1, { form: 'vc', claims: { exp: seconds('2031-01-01T00:00:00Z') } }));
    expect(report).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/exp \(2031-01-01T00:00:00Z\) differs from the credential's end date \(2030-01-01T00:00:00\.000Z\)/) });
  });

  it('fails an exp on a credential that states no end date', async () => {
    const open = achievementCredential(issuer.id);
    const report = await world.verify(await issuer.jwt(open, { claims: { exp: seconds('2030-01-01T00:00:00Z') } }));
    expect(report).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/exp \(2030-01-01T00:00:00Z\) is set but the credential states no end date/) });
  });

  it('only warns when nbf is missing, as in the specification\'s own examples', async () => {
    const report = await world.verify(await issuer.jwt(credential, { claims: { nbf: undefined } }));
    expect(report.status).toBe('verified');
    expect(checksOf(report, 'jwt-claims').map((c) => [c.status, c.message])).toEqual([
      ['warn', 'The JWT has no nbf claim (the date it becomes valid).'],
      ['pass', "The JWT's claims agree with the credential."],
    ]);
  });

  it('calls a VC-JWT whose exp has passed expired, not invalid', async () => {
    const old = achievementCredential(issuer.id, { validFrom: '2020-01-01T00:00:00Z', validUntil: '2025-06-01T00:00:00Z' });
    const report = await world.verify(await issuer.jwt(old));
    expect(report).toMatchObject({ status: 'expired' });
    expect(checksOf(report, 'jwt-claims')).toEqual([expect.objectContaining({ status: 'fail', outcome: 'expired', message: 'The JWT expired on 2025-06-01T00:00:00Z.' })]);
  });

  it('fails a VC-JWT whose nbf is in the future, with a credential that agrees', async () => {
    const future = achievementCredential(issuer.id, { validFrom: '2027-01-01T00:00:00Z' });
    const report = await world.verify(await issuer.jwt(future));
    expect(report.status).toBe('invalid');
    expect(checksOf(report, 'jwt-claims')).toEqual([expect.objectContaining({ status: 'fail', message: 'The JWT is not valid before 2027-01-01T00:00:00Z.' })]);
  });
});
