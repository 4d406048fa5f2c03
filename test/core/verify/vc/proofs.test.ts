import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { achievementCredential, achievementOf, ED25519_2020, OB3, subjectOf, tampered, VC_V1, VC_V2 } from '../../../support/ob3-credentials.ts';
import { generateSigningKey } from '../../../support/ob3-keys.ts';
import { startOb3World, type Ob3World, type TestIssuer } from '../../../support/ob3-world.ts';
import { checksOf, statuses } from '../../../support/report-invariants.ts';

type Json = Record<string, unknown>;

let world: Ob3World;
let issuer: TestIssuer;
beforeAll(async () => {
  world = await startOb3World();
  issuer = await world.didKeyIssuer();
});
afterAll(() => world.close());
afterEach(() => void vi.restoreAllMocks());

const proofOf = (credential: Json): Json => credential.proof as Json;

describe('verify: Data Integrity proofs (eddsa-rdfc-2022, eddsa-2022, Ed25519Signature2020)', () => {
  it('verifies eddsa-rdfc-2022, and names the suite', async () => {
    const report = await world.verify(await issuer.sign(achievementCredential(issuer.id)));
    expect(report).toMatchObject({ status: 'verified', summary: 'The signature (DataIntegrityProof (eddsa-rdfc-2022)) is valid: the credential has not been changed since it was signed.' });
  });

  it('verifies the draft name eddsa-2022 with a warning', async () => {
    const report = await world.verify(await issuer.sign(achievementCredential(issuer.id), { cryptosuite: 'eddsa-2022' }));
    expect(report.status).toBe('verified');
    expect(checksOf(report, 'signature').map((c) => [c.status, c.message])).toEqual([
      ['pass', 'The signature (DataIntegrityProof (eddsa-2022)) is valid: the credential has not been changed since it was signed.'],
      ['warn', 'The proof names its suite eddsa-2022, the draft name of eddsa-rdfc-2022.'],
    ]);
  });

  it.each([
    ['VCDM 2.0', [VC_V2, OB3, ED25519_2020], { validFrom: '2025-01-01T00:00:00Z' }],
    ['VCDM 1.1', [VC_V1, ED25519_2020, OB3], { issuanceDate: '2025-01-01T00:00:00Z' }],
  ])('verifies Ed25519Signature2020 on %s, with an Ed25519VerificationKey2020 in the issuer profile', async (_name, context, dates) => {
    const profile = await world.profileIssuer(`https://issuer.example/issuers/ed2020-${context[0] === VC_V1 ? 'v1' : 'v2'}`, { methodType: 'Ed25519VerificationKey2020' });
    const { validFrom: _drop, ...credential } = achievementCredential(profile.id, { '@context': context });
    const signed = await profile.sign({ ...credential, ...dates }, { type: 'Ed25519Signature2020' });
    expect(await world.verify(signed)).toMatchObject({ status: 'verified', summary: expect.stringMatching(/^The signature \(Ed25519Signature2020\) is valid/) });
    expect((await world.verify(tampered(signed, (c) => void (c.name = 'Other')))).status).toBe('invalid');
  });

  it('refuses an Ed25519Signature2020 proof on a credential without that suite\'s context', async () => {
    const signed = await issuer.sign(achievementCredential(issuer.id, { '@context': [VC_V2, OB3, ED25519_2020] }), { type: 'Ed25519Signature2020' });
    const report = await world.verify({ ...signed, '@context': [VC_V2, OB3] });
    expect(report).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/needs the credential's @context to include https:\/\/w3id\.org\/security\/suites\/ed25519-2020\/v1/) });
  });
});

describe('verify: what a proof covers', () => {
  let signed: Json;
  beforeAll(async () => {
    signed = await issuer.sign(achievementCredential(issuer.id, { validUntil: '2030-01-01T00:00:00Z' }));
  });

  it.each<[string, (c: Json) => void]>([
    ['its name', (c) => void (c.name = 'Leadership')],
    ["its achievement's criteria", (c) => void (achievementOf(c).criteria = { narrative: 'Turned up.' })],
    ['its recipient', (c) => void (subjectOf(c).id = 'did:example:someone-else')],
    ['its end date', (c) => void (c.validUntil = '2099-01-01T00:00:00Z')],
    ['its issuer\'s name', (c) => void ((c.issuer as Json).name = 'Famous University')],
  ])('fails a credential whose %s changed after signing', async (_what, change) => {
    expect(await world.verify(signed)).toMatchObject({ status: 'verified' });
    const report = await world.verify(tampered(signed, change));
    expect(report).toMatchObject({ status: 'invalid', summary: 'The DataIntegrityProof (eddsa-rdfc-2022) signature does not match this credential: it was changed after it was signed, or signed with another key.' });
  });

  it.each<[string, (p: Json) => void]>([
    ['created', (p) => void (p.created = '2025-06-01T00:00:00Z')],
    ['cryptosuite', (p) => void (p.cryptosuite = 'eddsa-2022')],
    ['an added challenge', (p) => void (p.challenge = 'abc')],
  ])('fails a proof whose %s changed after signing', async (_what, change) => {
    const report = await world.verify(tampered(signed, (c) => change(proofOf(c))));
    expect(report).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/signature does not match this credential/) });
  });

  it('fails a term the contexts do not define (safe mode), though the signature covers everything else', async () => {
    // The issuer's tool dropped the undefined term while signing, so without safe mode the proof would match.
    const withTerm = achievementCredential(issuer.id, { secretNote: 'Also awarded a PhD.' });
    const signedWithTerm = await issuer.sign(withTerm, { safe: false });
    const report = await world.verify(signedWithTerm);
    expect(report).toMatchObject({ status: 'invalid', summary: 'The term "secretNote" is not defined by the JSON-LD contexts the credential names, so no signature can cover it.' });
    const { secretNote: _dropped, ...withoutTerm } = signedWithTerm;
    expect((await world.verify(withoutTerm)).status).toBe('verified');
  });

  it('fails a term nested in the achievement that the contexts do not define', async () => {
    const credential = tampered(achievementCredential(issuer.id), (c) => void (achievementOf(c).level = 'expert'));
    const report = await world.verify(await issuer.sign(credential, { safe: false }));
    expect(report).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/The term "level" is not defined/) });
  });

  it('fails an unknown context by name and never fetches it', async () => {
    const contextUrl = world.server.url('/contexts/extra-terms.json');
    world.server.route('/contexts/extra-terms.json', { json: { '@context': { extra: 'https://example.org/extra' } } });
    const globalFetch = vi.spyOn(globalThis, 'fetch');
    const credential = { ...signed, '@context': [VC_V2, OB3, contextUrl], extra: 'value' };
    const report = await world.verify(credential);
    expect(report).toMatchObject({ status: 'invalid', summary: `This credential uses a JSON-LD context Badge Lens does not know: ${contextUrl}; it was not fetched.` });
    expect(checksOf(report, 'context')).toEqual([expect.objectContaining({ status: 'fail' })]);
    expect(world.server.requests.filter((r) => r.path.startsWith('/contexts/'))).toEqual([]);
    expect(world.asked.filter((u) => u.includes('/contexts/'))).toEqual([]);
    expect(globalFetch.mock.calls.map(([input]) => String(input instanceof Request ? input.url : input)).filter((u) => u.includes('/contexts/'))).toEqual([]);
  });

  it('fails a proof made for logging in (proofPurpose authentication), however valid', async () => {
    const login = await issuer.sign(achievementCredential(issuer.id), { proofPurpose: 'authentication' });
    expect(await world.verify(login)).toMatchObject({
      status: 'invalid',
      summary: "The proof's purpose is authentication, not assertionMethod: it was not made to issue credentials.",
    });
  });

  it('leaves an unsupported suite unverified, never verified nor invalid', async () => {
    for (const proof of [
      { type: 'DataIntegrityProof', cryptosuite: 'ecdsa-rdfc-2019' },
      { type: 'DataIntegrityProof', cryptosuite: 'bbs-2023' },
      { type: 'RsaSignature2018' },
    ]) {
      const report = await world.verify({ ...signed, proof: { ...proofOf(signed), ...proof } });
      expect(report.status, proof.cryptosuite ?? proof.type).toBe('unverified');
      expect(checksOf(report, 'signature')).toEqual([expect.objectContaining({ status: 'skip', undecided: true, message: expect.stringMatching(/cannot check/) })]);
    }
  });

  it('fails a credential that carries no proof at all', async () => {
    const { proof: _proof, ...bare } = signed;
    expect(await world.verify(bare)).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/carries no proof/) });
  });
});

describe('verify: several proofs (a proof set)', () => {
  let twoKeys: { first: TestIssuer; second: TestIssuer };
  beforeAll(async () => {
    // One did:web issuer listing two keys for assertionMethod.
    const did = 'did:web:issuer.example:two-keys';
    const [k1, k2] = await Promise.all([generateSigningKey(), generateSigningKey()]);
    const methods = [k1, k2].map((k, i) => ({ id: `${did}#key-${i + 1}`, type: 'Multikey', controller: did, publicKeyMultibase: k.multikey }));
    world.serve('https://issuer.example/two-keys/did.json', { '@context': ['https://www.w3.org/ns/did/v1'], id: did, verificationMethod: methods, assertionMethod: methods.map((m) => m.id) });
    twoKeys = { first: world.issuerOf(did, k1, `${did}#key-1`), second: world.issuerOf(did, k2, `${did}#key-2`) };
  });

  it('checks each proof and verifies when every one holds', async () => {
    const once = await twoKeys.first.sign(achievementCredential(twoKeys.first.id));
    const twice = await twoKeys.second.sign(once);
    const report = await world.verify(twice);
    expect(report.status).toBe('verified');
    expect(statuses(report).filter((s) => /^(signature|key):/.test(s))).toEqual(['signature:pass', 'key:pass', 'signature:pass', 'key:pass']);
    expect(checksOf(report, 'signature').map((c) => c.message.slice(0, 8))).toEqual(['Proof 1:', 'Proof 2:']);
  });

  it('checks no proof of a credential that carries more than any issuer needs, and fetches no key for them', async () => {
    const once = await twoKeys.first.sign(achievementCredential(twoKeys.first.id));
    const proof = once.proof as Json;
    const report = await world.verify({ ...once, proof: Array.from({ length: 9 }, (_, i) => ({ ...proof, verificationMethod: `did:web:issuer.example:keys:${i}#key-1` })) });
    expect(report).toMatchObject({ status: 'invalid', summary: 'The credential carries 9 proofs, more than the 8 any issuer needs; none was checked.' });
    expect(world.server.requests.filter((r) => r.path.startsWith('/keys/'))).toEqual([]);
    // Eight are checked, each on its own.
    const eight = await world.verify({ ...once, proof: Array.from({ length: 8 }, () => proof) });
    expect([eight.status, checksOf(eight, 'signature').length]).toEqual(['verified', 8]);
  });

  it('fails the credential when one proof of the set is bad', async () => {
    const once = await twoKeys.first.sign(achievementCredential(twoKeys.first.id));
    const twice = await twoKeys.second.sign(once);
    const [good, second] = twice.proof as Json[];
    const broken = { ...twice, proof: [good, { ...second, created: '2025-12-31T00:00:00Z' }] };
    expect(await world.verify(broken)).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/^The DataIntegrityProof \(eddsa-rdfc-2022\) signature does not match/) });
  });

  it('fails the credential when one proof of the set is by someone else\'s key', async () => {
    const stranger = await world.didKeyIssuer();
    const once = await twoKeys.first.sign(achievementCredential(twoKeys.first.id));
    const report = await world.verify(await stranger.sign(once));
    expect(report).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/^It was signed with a key that belongs to did:key:.*, not to its issuer \(did:web:issuer\.example:two-keys\)\.$/) });
  });

  it('leaves the credential unverified when one proof of the set cannot be checked', async () => {
    const once = await twoKeys.first.sign(achievementCredential(twoKeys.first.id));
    const withUnknown = { ...once, proof: [once.proof, { ...proofOf(once), cryptosuite: 'ecdsa-sd-2023' }] };
    expect((await world.verify(withUnknown)).status).toBe('unverified');
  });
});
