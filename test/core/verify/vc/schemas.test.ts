import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../../../core/index.ts';
import { achievementCredential, achievementOf, clrCredential, endorsementCredential, OB3, OB3_EXTENSIONS, subjectOf, tampered, VC_V2, ACHIEVEMENT_ID } from '../../../support/ob3-credentials.ts';
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

const SCHEMAS = 'https://purl.imsglobal.org/spec/ob/v3p0/schema';
const schemaChecks = (report: Report) => checksOf(report, 'schema').map((c) => [c.status, c.message]);

describe('verify: the 1EdTech JSON Schemas', () => {
  it('passes a credential that meets the AchievementCredential schema, and fails one without achievement.criteria', async () => {
    expect(schemaChecks(await world.verify(await issuer.sign(achievementCredential(issuer.id))))).toEqual([['pass', 'It meets the ob_v3p0_achievementcredential_schema.json schema.']]);
    const noCriteria = tampered(achievementCredential(issuer.id), (c) => void delete achievementOf(c).criteria);
    const report = await world.verify(await issuer.sign(noCriteria));
    expect(report).toMatchObject({
      status: 'invalid',
      summary: "It does not meet the ob_v3p0_achievementcredential_schema.json schema: /credentialSubject/achievement: must have required property 'criteria'.",
    });
  });

  it.each<[string, (c: Json) => void, RegExp]>([
    ['its achievement has no name', (c) => void delete achievementOf(c).name, /\/credentialSubject\/achievement: must have required property 'name'/],
    ['its achievement has no description', (c) => void delete achievementOf(c).description, /\/credentialSubject\/achievement: must have required property 'description'/],
    ['its issuer profile has no type', (c) => void delete (c.issuer as Json).type, /\/issuer: must have required property 'type'/],
    ['its subject has no achievement', (c) => void delete subjectOf(c).achievement, /\/credentialSubject: must have required property 'achievement'/],
  ])('fails a credential where %s, naming the schema', async (_name, change, issue) => {
    const report = await world.verify(await issuer.sign(tampered(achievementCredential(issuer.id), change)));
    expect(report.status).toBe('invalid');
    expect(checksOf(report, 'schema')[0]?.message).toMatch(/^It does not meet the ob_v3p0_achievementcredential_schema\.json schema: /);
    expect(checksOf(report, 'schema')[0]?.message).toMatch(issue);
  });

  it('holds an EndorsementCredential and a ClrCredential to their own schemas', async () => {
    const endorsement = await issuer.sign(endorsementCredential(issuer.id, ACHIEVEMENT_ID));
    expect(schemaChecks(await world.verify(endorsement))).toEqual([['pass', 'It meets the ob_v3p0_endorsementcredential_schema.json schema.']]);
    const inner = await issuer.sign(achievementCredential(issuer.id));
    const clr = await world.verify(await issuer.sign(clrCredential(issuer.id, [inner])));
    expect(checksOf(clr, 'schema')[0]).toMatchObject({ status: 'pass', message: 'It meets the clr_v2p0_clrcredential_schema.json schema.' });
    const unnamed = await world.verify(await issuer.sign(tampered(clrCredential(issuer.id, [inner]), (c) => void delete c.name)));
    expect(unnamed).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/^It does not meet the clr_v2p0_clrcredential_schema\.json schema: .*'name'/) });
  });
});

describe('verify: credentialSchema (1EdTechJsonSchemaValidator2019)', () => {
  const withSchema = (id: string, type = '1EdTechJsonSchemaValidator2019') =>
    achievementCredential(issuer.id, { '@context': [VC_V2, OB3, OB3_EXTENSIONS], credentialSchema: [{ id, type }] });

  it('applies a schema it names that Badge Lens ships, besides the one for its type', async () => {
    // The JSON-LD variant of the schema wants `proof` as an array: a proof set of one.
    const signed = await issuer.sign(withSchema(`${SCHEMAS}/json-ld/ob_v3p0_achievementcredential_schema.json`));
    const report = await world.verify({ ...signed, proof: [signed.proof] });
    expect(report.status).toBe('verified');
    expect(schemaChecks(report)).toEqual([
      ['pass', 'It meets the ob_v3p0_achievementcredential_schema.json schema.'],
      ['pass', 'It meets the ob_v3p0_achievementcredential_schema.json schema.'],
    ]);
  });

  it('applies a shipped schema it names even when the credential cannot meet it', async () => {
    // The Profile schema, named by mistake: applied, so the credential fails it.
    const report = await world.verify(await issuer.sign(withSchema(`${SCHEMAS}/json/ob_v3p0_profile_schema.json`)));
    expect(checksOf(report, 'schema')[0]).toMatchObject({ status: 'pass' });
    expect(report).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/^It does not meet the ob_v3p0_profile_schema\.json schema: /) });
  });

  it('warns, without failing, about a schema it names that Badge Lens does not ship, and never fetches it', async () => {
    const url = 'https://issuer.example/schemas/my-badge-schema.json';
    world.serve(url, { type: 'object', required: ['nothing-has-this'] });
    const report = await world.verify(await issuer.sign(withSchema(url)));
    expect(report.status).toBe('verified');
    expect(schemaChecks(report)).toContainEqual(['warn', 'The credential names a schema Badge Lens does not ship (my-badge-schema.json), so it was not checked against it.']);
    expect(world.asked).not.toContain(url);
  });

  it('ignores a credentialSchema of another type', async () => {
    const report = await world.verify(await issuer.sign(achievementCredential(issuer.id, { credentialSchema: { id: `${SCHEMAS}/json/ob_v3p0_profile_schema.json`, type: 'JsonSchema' } })));
    expect(report.status).toBe('verified');
    expect(schemaChecks(report)).toEqual([['pass', 'It meets the ob_v3p0_achievementcredential_schema.json schema.']]);
  });
});
