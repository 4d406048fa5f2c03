import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { achievementCredential, achievementOf, ACHIEVEMENT_ID, endorsementCredential, tampered } from '../../../support/ob3-credentials.ts';
import { startOb3World, type Ob3World, type TestIssuer } from '../../../support/ob3-world.ts';
import { checksOf } from '../../../support/report-invariants.ts';

type Json = Record<string, unknown>;

let world: Ob3World;
let issuer: TestIssuer;
let endorser: TestIssuer;
beforeAll(async () => {
  world = await startOb3World();
  [issuer, endorser] = await Promise.all([world.didKeyIssuer(), world.profileIssuer('https://endorser.example/profile')]);
});
afterAll(() => world.close());

/** The issuer's signed credential whose achievement carries embedded endorsements. */
const endorsedBadge = (endorsement: readonly Json[]): Promise<Json> =>
  issuer.sign(tampered(achievementCredential(issuer.id), (c) => void (achievementOf(c).endorsement = [...endorsement])));

/**
 * The issuer's credential, as a VC-JWT, whose achievement carries `endorsementJwt`. No OB 3.0 context
 * defines that term, so only a VC-JWT badge can carry it signed (see the last test).
 */
const badgeWithEndorsementJwt = (endorsementJwt: readonly string[]): Promise<string> =>
  issuer.jwt(tampered(achievementCredential(issuer.id), (c) => void (achievementOf(c).endorsementJwt = [...endorsementJwt])));

describe('verify: endorsements of an OB 3.0 credential', () => {
  it('verifies an embedded EndorsementCredential of the achievement and reports it on its own', async () => {
    const endorsement = await endorser.sign(endorsementCredential(endorser.id, ACHIEVEMENT_ID));
    const report = await world.verify(await endorsedBadge([endorsement]));
    expect(report.status).toBe('verified');
    expect(report.endorsements).toHaveLength(1);
    expect(report.endorsements![0]).toMatchObject({ status: 'verified', form: 'data-integrity', badge: { issuer: { id: endorser.id, name: 'Example Endorser' } } });
    expect(report.badge?.endorsements).toEqual([
      { id: endorsement.id, about: 'achievement', issuer: expect.objectContaining({ id: endorser.id, name: 'Example Endorser' }), comment: 'A rigorous, well-assessed achievement.', issuedOn: '2025-02-01T00:00:00Z', status: 'verified' },
    ]);
    expect(checksOf(report, 'endorsements')).toEqual([expect.objectContaining({ status: 'pass', message: expect.stringMatching(/endorsement verified/) })]);
  });

  it('checks the first 20 endorsements of a badge that carries more, and says how many were not', async () => {
    const endorsement = await endorser.sign(endorsementCredential(endorser.id, ACHIEVEMENT_ID));
    const report = await world.verify(await endorsedBadge(Array.from({ length: 23 }, () => endorsement)));
    expect(report.status).toBe('verified');
    expect(report.endorsements).toHaveLength(20);
    expect(checksOf(report, 'endorsements')).toEqual([
      expect.objectContaining({ status: 'warn', message: 'It carries 23 endorsements; the first 20 were checked (20 verified) and 3 were not.' }),
    ]);
  });

  it('verifies an endorsementJwt', async () => {
    const jwt = await endorser.jwt(endorsementCredential(endorser.id, ACHIEVEMENT_ID));
    const report = await world.verify(await badgeWithEndorsementJwt([jwt]));
    expect(report.status).toBe('verified');
    expect(report.endorsements?.map((r) => [r.status, r.form])).toEqual([['verified', 'vc-jwt']]);
    expect(report.badge?.endorsements[0]).toMatchObject({ about: 'achievement', status: 'verified' });
  });

  it('verifies endorsements of the credential itself and of its issuer, each about its own target', async () => {
    const credential = achievementCredential(issuer.id);
    const ofBadge = await endorser.sign(endorsementCredential(endorser.id, credential.id as string));
    const ofIssuer = await endorser.sign(endorsementCredential(endorser.id, issuer.id));
    const signed = await issuer.sign({ ...credential, endorsement: [ofBadge], issuer: { ...(credential.issuer as Json), endorsement: [ofIssuer] } });
    const report = await world.verify(signed);
    expect(report.status).toBe('verified');
    expect(report.badge?.endorsements.map((e) => [e.about, e.status])).toEqual([
      ['badge', 'verified'],
      ['issuer', 'verified'],
    ]);
  });

  it.each<[string, () => Promise<Json | string>, RegExp]>([
    ['is about something else', () => endorser.sign(endorsementCredential(endorser.id, 'https://issuer.example/achievements/another')), /is about https:\/\/issuer\.example\/achievements\/another, not about this achievement/],
    ['was changed after it was signed', async () => tampered(await endorser.sign(endorsementCredential(endorser.id, ACHIEVEMENT_ID)), (e) => void ((e.credentialSubject as Json).endorsementComment = 'Best in the world.')), /signature does not match/],
    ['is signed by a key not its issuer\'s', async () => (await world.didKeyIssuer()).sign(endorsementCredential(endorser.id, ACHIEVEMENT_ID)), /not to its issuer \(https:\/\/endorser\.example\/profile\)/],
  ])('reports an endorsement that %s as invalid, and leaves the badge\'s verdict untouched', async (_name, make, message) => {
    const bad = await make();
    const report = await world.verify(typeof bad === 'string' ? await badgeWithEndorsementJwt([bad]) : await endorsedBadge([bad]));
    expect(report.status).toBe('verified');
    expect(report.endorsements![0]).toMatchObject({ status: 'invalid', summary: expect.stringMatching(message) });
    expect(report.badge?.endorsements[0]?.status).toBe('invalid');
    // Not a failure of the badge, and not reassurance either.
    expect(checksOf(report, 'endorsements')).toEqual([expect.objectContaining({ status: 'warn', message: expect.stringMatching(/^0 of 1 endorsements verified/) })]);
  });

  it('reports a tampered endorsementJwt as invalid, and leaves the badge verified', async () => {
    const jwt = await endorser.jwt(endorsementCredential(endorser.id, ACHIEVEMENT_ID));
    const [header, , signature] = jwt.split('.');
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...endorsementCredential(endorser.id, ACHIEVEMENT_ID), iss: endorser.id })).toString('base64url')}.${signature}`;
    const report = await world.verify(await badgeWithEndorsementJwt([forged]));
    expect(report.status).toBe('verified');
    expect(report.endorsements?.map((r) => r.status)).toEqual(['invalid']);
  });

  it('does not verify endorsements when asked not to', async () => {
    const endorsement = await endorser.sign(endorsementCredential(endorser.id, ACHIEVEMENT_ID));
    const badge = await endorsedBadge([endorsement]);
    const before = world.asked.length;
    const report = await world.verify(badge, { endorsements: false });
    expect(report.status).toBe('verified');
    expect(report.endorsements).toBeUndefined();
    expect(checksOf(report, 'endorsements')).toEqual([]);
    expect(world.asked.slice(before)).not.toContain(endorser.id);
  });

  it('refuses an endorsementJwt inside a Data Integrity credential: no OB 3.0 context defines the term, so no proof covers it', async () => {
    const jwt = await endorser.jwt(endorsementCredential(endorser.id, ACHIEVEMENT_ID));
    const credential = tampered(achievementCredential(issuer.id), (c) => void (achievementOf(c).endorsementJwt = [jwt]));
    const report = await world.verify(await issuer.sign(credential, { safe: false }));
    expect(report).toMatchObject({ status: 'invalid', summary: 'The term "endorsementJwt" is not defined by the JSON-LD contexts the credential names, so no signature can cover it.' });
  });
});
