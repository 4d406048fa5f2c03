import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bakePng, bakeSvg } from '../../../../core/index.ts';
import { achievementCredential as richCredential } from '../../../support/ob3-documents.ts';
import {
  achievementCredential,
  achievementCredentialV1,
  achievementOf,
  ACHIEVEMENT_ID,
  clrCredential,
  endorsementCredential,
  OB3,
  OB3_EXTENSIONS,
  tampered,
  tamperedJws,
  VC_V2,
} from '../../../support/ob3-credentials.ts';
import { startOb3World, type Ob3World, type TestIssuer } from '../../../support/ob3-world.ts';
import { pngImage } from '../../../support/png-factory.ts';
import { statuses } from '../../../support/report-invariants.ts';
import { svgDocument } from '../../../support/svg-factory.ts';

type Json = Record<string, unknown>;

let world: Ob3World;
let issuer: TestIssuer;
beforeAll(async () => {
  world = await startOb3World();
  issuer = await world.didKeyIssuer();
});
afterAll(() => world.close());

const rename = (c: Json): void => void (c.name = 'Leadership');

describe('verify: the forms an OB 3.0 or CLR 2.0 credential comes in', () => {
  const forms: [string, () => Json | Promise<Json>, string][] = [
    ['a VCDM 2.0 OpenBadgeCredential', () => achievementCredential(issuer.id), '3.0'],
    ['a VCDM 2.0 AchievementCredential', () => achievementCredential(issuer.id, { type: ['VerifiableCredential', 'AchievementCredential'] }), '3.0'],
    ['a VCDM 1.1 AchievementCredential', () => achievementCredentialV1(issuer.id), '3.0'],
    ['a VCDM 1.1 OpenBadgeCredential', () => achievementCredentialV1(issuer.id, { type: ['VerifiableCredential', 'OpenBadgeCredential'] }), '3.0'],
    ['an EndorsementCredential', () => endorsementCredential(issuer.id, ACHIEVEMENT_ID), '3.0'],
    ['a ClrCredential', async () => clrCredential(issuer.id, [await issuer.sign(achievementCredential(issuer.id))]), 'clr-2.0'],
  ];

  it.each(forms)('verifies %s with an embedded proof, and fails it once changed', async (_name, make, version) => {
    const signed = await issuer.sign(await make());
    expect(await world.verify(signed)).toMatchObject({ status: 'verified', version, form: 'data-integrity' });
    expect(await world.verify(tampered(signed, rename))).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/does not match this credential/) });
  });

  it('tells a VCDM 1.1 credential that it is on the older data model, without failing it', async () => {
    const report = await world.verify(await issuer.sign(achievementCredentialV1(issuer.id)));
    expect(statuses(report)).toEqual(expect.arrayContaining(['format:pass', 'format:warn', 'signature:pass', 'key:pass']));
    expect(report.checks.find((c) => c.status === 'warn' && c.id === 'format')?.message).toMatch(/Verifiable Credentials 1\.1 data model/);
  });

  it.each([
    ['the credential as its payload', 'payload'],
    ['the credential in its vc claim', 'vc'],
  ] as const)('verifies a VC-JWT with %s, and fails it once changed', async (_name, form) => {
    const jwt = await issuer.jwt(achievementCredential(issuer.id), { form });
    expect(await world.verify(jwt)).toMatchObject({ status: 'verified', version: '3.0', form: 'vc-jwt' });
    const changed = tamperedJws(jwt, (payload) => rename(form === 'vc' ? (payload.vc as Json) : payload));
    expect(await world.verify(changed)).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/VC-JWT signature does not match/) });
  });

  it('refuses a credential whose first context is not the VC context, or whose type is not an Open Badge', async () => {
    const wrongOrder = await issuer.sign(achievementCredential(issuer.id, { '@context': [OB3, VC_V2] }));
    expect(await world.verify(wrongOrder)).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/first @context must be the Verifiable Credentials context/) });
    const notABadge = await issuer.sign(achievementCredential(issuer.id, { type: ['VerifiableCredential'] }));
    expect(await world.verify(notABadge)).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/not an Open Badges or CLR credential/) });
  });
});

describe('verify: where the credential is read from', () => {
  let signed: Json;
  let forged: Json;
  let jwt: string;
  beforeAll(async () => {
    signed = await issuer.sign(achievementCredential(issuer.id));
    forged = tampered(signed, (c) => void (achievementOf(c).name = 'Brain Surgery'));
    jwt = await issuer.jwt(achievementCredential(issuer.id));
  });
  const png = (payload: string, kind: 'credential' | 'clr' = 'credential') => bakePng(pngImage(), payload, kind);
  const svg = (payload: string) => new TextEncoder().encode(bakeSvg(svgDocument(), payload, 'credential'));

  it.each<[string, () => Uint8Array | string, () => Uint8Array | string]>([
    ['a baked PNG', () => png(JSON.stringify(signed)), () => png(JSON.stringify(forged))],
    ['a baked SVG', () => svg(JSON.stringify(signed)), () => svg(JSON.stringify(forged))],
    ['a VC-JWT baked in a PNG', () => png(jwt), () => png(tamperedJws(jwt, rename))],
    ['a VC-JWT baked in an SVG', () => svg(jwt), () => svg(tamperedJws(jwt, rename))],
    ['JSON text', () => JSON.stringify(signed, null, 2), () => JSON.stringify(forged)],
    ['a compact VC-JWT string', () => jwt, () => tamperedJws(jwt, rename)],
  ])('verifies %s, and fails a forged one', async (_name, good, bad) => {
    const report = await world.verify(good());
    expect(report.status).toBe('verified');
    expect(report.badge?.name).toBe('Teamwork');
    expect((await world.verify(bad())).status).toBe('invalid');
  });

  it('verifies a CLR baked in a PNG under its own keyword', async () => {
    const clr = await issuer.sign(clrCredential(issuer.id, [signed]));
    expect(await world.verify(png(JSON.stringify(clr), 'clr'))).toMatchObject({ status: 'verified', version: 'clr-2.0' });
    expect((await world.verify(png(JSON.stringify(tampered(clr, rename)), 'clr'))).status).toBe('invalid');
  });

  it('takes the image of a baked badge as checked, without fetching it', async () => {
    const before = world.asked.length;
    const report = await world.verify(png(JSON.stringify(signed)));
    expect(report.checks.find((c) => c.id === 'image')).toMatchObject({ status: 'pass' });
    expect(world.asked.slice(before)).toEqual([]);
  });

  it('verifies a credential and a VC-JWT fetched from a URL, and fails one the issuer does not serve', async () => {
    world.serve('https://issuer.example/credentials/1', signed);
    world.serve('https://issuer.example/credentials/2.jwt', { body: jwt, contentType: 'application/jwt' });
    expect(await world.verify('https://issuer.example/credentials/1')).toMatchObject({ status: 'verified', form: 'data-integrity' });
    expect(await world.verify('https://issuer.example/credentials/2.jwt')).toMatchObject({ status: 'verified', form: 'vc-jwt' });
    expect(await world.verify('https://issuer.example/credentials/missing')).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/HTTP 404/) });
  });

  it('refuses text that is neither JSON, a URL nor a JWS', async () => {
    expect(await world.verify('{"@context": ')).toMatchObject({ status: 'invalid', summary: 'The text is not valid JSON.' });
  });
});

describe('verify: the normalised Badge of an OB 3.0 credential', () => {
  it('reads every field a viewer is shown from a rich credential', async () => {
    const profileIssuer = await world.profileIssuer('https://issuer.example/issuers/rich');
    world.serve('https://issuer.example/status/1', { id: 'https://issuer.example/status/1', revokedCredentials: [] });
    const rich = richCredential();
    const credential = {
      ...rich,
      '@context': [...(rich['@context'] as string[]), OB3_EXTENSIONS],
      issuer: { ...(rich.issuer as Json), id: profileIssuer.id, image: { id: 'https://issuer.example/logo.png', type: 'Image' } },
      description: 'Awarded for teamwork on the 2025 robotics project.',
    };
    const report = await world.verify(await profileIssuer.sign(credential));
    expect(report).toMatchObject({ status: 'verified', version: '3.0', form: 'data-integrity' });
    expect(report.badge).toEqual({
      id: 'urn:uuid:91537dba-56cb-11ec-bf63-0242ac130002',
      name: 'Teamwork',
      description: 'Works well with others.',
      image: 'https://issuer.example/teamwork.png',
      criteria: { url: undefined, narrative: 'Led a team project to completion.' },
      issuer: { id: profileIssuer.id, name: 'Example College', url: 'https://issuer.example/', email: 'registrar@issuer.example', image: 'https://issuer.example/logo.png', description: undefined },
      recipient: { type: 'emailAddress', identity: 'sha256$0a1b', hashed: true, salt: 'pepper', id: 'did:example:learner', name: undefined },
      issuedOn: '2025-01-01T00:00:00Z',
      expires: '2030-01-01T00:00:00Z',
      evidence: [{ id: 'https://issuer.example/evidence/1', name: undefined, description: undefined, narrative: 'The project report.', genre: undefined, audience: undefined }],
      alignments: [{ targetName: 'Collaboration', targetUrl: 'https://framework.example/collaboration', targetDescription: undefined, targetFramework: undefined, targetCode: undefined }],
      tags: ['teamwork', 'collaboration'],
      endorsements: [],
      achievementId: 'https://issuer.example/achievements/teamwork',
      achievementType: 'Badge',
      results: [{ name: 'Grade', value: 'A', status: undefined }],
      credentials: undefined,
    });
  });

  it('names a CLR by its own name and lists the badges it holds', async () => {
    const inner = await issuer.sign(achievementCredential(issuer.id));
    const clr = await issuer.sign(clrCredential(issuer.id, [inner]));
    const report = await world.verify(clr);
    expect(report).toMatchObject({ status: 'verified', version: 'clr-2.0', badge: { name: 'Transcript', credentials: [expect.objectContaining({ name: 'Teamwork' })] } });
  });

  it('keeps a VCDM 1.1 credential\'s issuanceDate as the issue date', async () => {
    const report = await world.verify(await issuer.sign(achievementCredentialV1(issuer.id, { issuanceDate: '2024-06-30T08:00:00Z', expirationDate: '2029-06-30T08:00:00Z' })));
    expect(report.badge).toMatchObject({ issuedOn: '2024-06-30T08:00:00Z', expires: '2029-06-30T08:00:00Z' });
  });
});
