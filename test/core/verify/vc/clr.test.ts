import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { achievementCredential, achievementOf, ACHIEVEMENT_ID, clrCredential, endorsementCredential, tampered } from '../../../support/ob3-credentials.ts';
import { startOb3World, type Ob3World, type TestIssuer } from '../../../support/ob3-world.ts';
import { checksOf } from '../../../support/report-invariants.ts';

type Json = Record<string, unknown>;

let world: Ob3World;
let registrar: TestIssuer;
let college: TestIssuer;
let academy: TestIssuer;
beforeAll(async () => {
  world = await startOb3World();
  [registrar, college, academy] = await Promise.all([world.didKeyIssuer(), world.didWebIssuer('did:web:issuer.example:college'), world.profileIssuer('https://issuer.example/issuers/academy')]);
});
afterAll(() => world.close());

/** An achievement credential named `name`, issued and signed by `by`. */
const achievement = (by: TestIssuer, name: string, overrides: Json = {}): Promise<Json> =>
  by.sign(tampered(achievementCredential(by.id, overrides), (c) => void ((c.name = name), (achievementOf(c).name = name))));

describe('verify: a CLR 2.0 record and the credentials it holds', () => {
  it('verifies a record of two verified credentials, each with a report of its own', async () => {
    const inner = [await achievement(college, 'Welding'), await achievement(academy, 'First Aid')];
    const report = await world.verify(await registrar.sign(clrCredential(registrar.id, inner)));
    expect(report).toMatchObject({ status: 'verified', version: 'clr-2.0', form: 'data-integrity' });
    expect(report.nested?.map((r) => [r.status, r.version, r.form, r.badge?.name, r.badge?.issuer.id])).toEqual([
      ['verified', '3.0', 'data-integrity', 'Welding', college.id],
      ['verified', '3.0', 'data-integrity', 'First Aid', academy.id],
    ]);
    expect(checksOf(report, 'nested')).toEqual([{ id: 'nested', status: 'pass', message: 'All 2 credentials in this record verified.' }]);
    expect(report.badge?.credentials?.map((b) => b.name)).toEqual(['Welding', 'First Aid']);
  });

  it('fails the whole record when one credential inside was changed, and names which', async () => {
    const forged = tampered(await achievement(academy, 'First Aid'), (c) => void (achievementOf(c).name = 'Brain Surgery'));
    // The registrar signs the record over the forged credential: its own signature holds.
    const report = await world.verify(await registrar.sign(clrCredential(registrar.id, [await achievement(college, 'Welding'), forged])));
    expect(checksOf(report, 'signature')).toEqual([expect.objectContaining({ status: 'pass' })]);
    expect(report.status).toBe('invalid');
    expect(report.nested?.map((r) => r.status)).toEqual(['verified', 'invalid']);
    expect(checksOf(report, 'nested')).toEqual([
      expect.objectContaining({ status: 'fail', message: expect.stringMatching(/^The credential "Brain Surgery" in this record is invalid: The DataIntegrityProof \(eddsa-rdfc-2022\) signature does not match/) }),
    ]);
  });

  it('fails the whole record when a credential inside has expired, and names which', async () => {
    const expired = await achievement(college, 'Forklift Licence', { validUntil: '2026-01-01T00:00:00Z' });
    const report = await world.verify(await registrar.sign(clrCredential(registrar.id, [expired])));
    expect(report).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/^The credential "Forklift Licence" in this record is expired: It expired on 2026-01-01/) });
  });

  it('leaves the record unverified when a credential inside cannot be checked', async () => {
    const faraway = await world.didWebIssuer('did:web:faraway.example');
    world.down('faraway.example');
    const report = await world.verify(await registrar.sign(clrCredential(registrar.id, [await achievement(college, 'Welding'), await achievement(faraway, 'Sailing')])));
    expect(report.status).toBe('unverified');
    expect(checksOf(report, 'nested')).toEqual([expect.objectContaining({ status: 'skip', undecided: true, message: expect.stringMatching(/^The credential "Sailing" in this record could not be verified/) })]);
  });

  it('checks none of the credentials of a record that holds more than 500, and leaves it unverified', async () => {
    const welding = await achievement(college, 'Welding');
    const report = await world.verify(await registrar.sign(clrCredential(registrar.id, Array.from({ length: 501 }, () => welding))));
    expect(report.status).toBe('unverified');
    expect(report.nested ?? []).toEqual([]);
    expect(checksOf(report, 'nested')).toEqual([
      expect.objectContaining({ status: 'skip', message: 'This record holds 501 credentials, more than the 500 Badge Lens checks in one record; none of them was checked.' }),
    ]);
  });

  it('fails a record whose own signature was broken, whatever it holds', async () => {
    const clr = await registrar.sign(clrCredential(registrar.id, [await achievement(college, 'Welding')]));
    const report = await world.verify(tampered(clr, (c) => void (c.name = 'Doctorate')));
    expect(report.status).toBe('invalid');
    expect(report.nested?.map((r) => r.status)).toEqual(['verified']);
  });

  it('verifies a record given as a VC-JWT, with Data Integrity credentials inside', async () => {
    const jwt = await registrar.jwt(clrCredential(registrar.id, [await achievement(college, 'Welding')]));
    const report = await world.verify(jwt);
    expect(report).toMatchObject({ status: 'verified', version: 'clr-2.0', form: 'vc-jwt' });
    expect(report.nested?.map((r) => r.status)).toEqual(['verified']);
  });

  // 1EdTech's own validator asserts its fixture clr20/simple.jwt valid: a CLR VC-JWT whose
  // verifiableCredential holds VC-JWT strings. Every credential inside verifies here too, yet the record
  // fails the CLR JSON Schema ("must be object"), which knows nothing of compact JWS.
  it('verifies a record that holds VC-JWTs, each with a report of its own', async () => {
    const inner = [await college.jwt(achievementCredential(college.id)), await academy.jwt(achievementCredential(academy.id), { form: 'vc' })];
    const report = await world.verify(await registrar.jwt(clrCredential(registrar.id, inner), { form: 'vc' }));
    expect(report.nested?.map((r) => [r.status, r.form])).toEqual([
      ['verified', 'vc-jwt'],
      ['verified', 'vc-jwt'],
    ]);
    expect(checksOf(report, 'schema').filter((c) => c.status === 'fail')).toEqual([]);
    expect(report.status).toBe('verified');
  });

  it('fails a record that holds a tampered VC-JWT, and names which', async () => {
    const good = await college.jwt(achievementCredential(college.id));
    const [header, , signature] = good.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ ...achievementCredential(college.id), name: 'Pilot Licence', iss: college.id })).toString('base64url');
    const report = await world.verify(await registrar.jwt(clrCredential(registrar.id, [`${header}.${forgedPayload}.${signature}`])));
    expect(report.status).toBe('invalid');
    expect(report.nested?.[0]).toMatchObject({ status: 'invalid', form: 'vc-jwt' });
    expect(checksOf(report, 'nested')[0]?.message).toMatch(/^The credential "Teamwork" in this record is invalid: The VC-JWT signature does not match/);
  });

  // A credential inside a record is verified at depth 1, the depth of an endorsement, and endorsements are
  // only verified at depth 0: the endorsements of every credential in a CLR are dropped without a word.
  it('verifies and reports the endorsements of a credential inside a record', async () => {
    const endorser = await world.didKeyIssuer();
    const endorsement = await endorser.sign(endorsementCredential(endorser.id, ACHIEVEMENT_ID));
    const endorsed = await college.sign(tampered(achievementCredential(college.id), (c) => void (achievementOf(c).endorsement = [endorsement])));
    const report = await world.verify(await registrar.sign(clrCredential(registrar.id, [endorsed])));
    expect(report.status).toBe('verified');
    expect(report.nested?.[0]?.badge?.endorsements.map((e) => [e.about, e.status])).toEqual([['achievement', 'verified']]);
    expect(report.nested?.[0]?.endorsements?.map((r) => r.status)).toEqual(['verified']);
  });
});
