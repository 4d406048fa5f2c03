import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECK_IDS, type Report } from '../../../../core/index.ts';
import { achievementCredential, ACHIEVEMENT_ID, achievementOf, BADGE_IMAGE, clrCredential, endorsementCredential, OB3, tampered, VC_V2 } from '../../../support/ob3-credentials.ts';
import { bitstringEntry, bitstringListCredential } from '../../../support/ob3-status.ts';
import { startOb3World, type Ob3World, type TestIssuer } from '../../../support/ob3-world.ts';
import { expectSoundReport } from '../../../support/report-invariants.ts';

type Json = Record<string, unknown>;

let world: Ob3World;
let issuer: TestIssuer;
let statusSigner: TestIssuer;
const LIST = 'https://status.example/lists/1';
beforeAll(async () => {
  world = await startOb3World();
  [issuer, statusSigner] = await Promise.all([world.didWebIssuer('did:web:issuer.example'), world.didWebIssuer('did:web:status.example')]);
  world.serve(LIST, await statusSigner.sign(bitstringListCredential(LIST, statusSigner.id, 'revocation', [])));
});
afterAll(() => world.close());

/** A did:web issuer's credential with a status list on another host, whose list is signed by a third party's did:web key. */
const withStatus = (): Promise<Json> => issuer.sign(achievementCredential(issuer.id, { '@context': [VC_V2, OB3], credentialStatus: bitstringEntry(LIST, 3) }));

describe('verify: what the report says it used', () => {
  it('lists every URL it asked for, with the host and the outcome, and only those', async () => {
    const report = await world.verify(await withStatus());
    expect(report.status).toBe('verified');
    expect(report.fetches.map((f) => [f.url, f.source, f.outcome]).sort()).toEqual(
      [
        ['https://issuer.example/.well-known/did.json', 'network', 'ok'],
        [LIST, 'network', 'ok'],
        ['https://status.example/.well-known/did.json', 'network', 'ok'],
        [BADGE_IMAGE, 'network', 'ok'],
      ].sort(),
    );
  });

  it('lists a host that did not answer, with why', async () => {
    const faraway = await world.didWebIssuer('did:web:silent.example');
    world.down('silent.example');
    const report = await world.verify(await faraway.sign(achievementCredential(faraway.id)));
    expect(report.status).toBe('unverified');
    expect(report.fetches).toContainEqual({ url: 'https://silent.example/.well-known/did.json', source: 'network', outcome: 'unreachable' });
  });

  it('holds the DID documents, profiles and status lists it used', async () => {
    const academy = await world.profileIssuer('https://issuer.example/issuers/academy');
    const report = await world.verify(await academy.sign(achievementCredential(academy.id, { '@context': [VC_V2, OB3], credentialStatus: bitstringEntry(LIST, 3) })));
    expect(report.documents[academy.id]).toEqual(academy.document);
    expect(report.documents[LIST]).toMatchObject({ id: LIST, type: ['VerifiableCredential', 'BitstringStatusListCredential'] });
    const didWeb = await world.verify(await withStatus());
    expect(didWeb.documents['https://issuer.example/.well-known/did.json']).toEqual(issuer.document);
  });

  // The status list is a credential checked in a session of its own, which shares the report's documents:
  // the DID documents its proof needed are there, by URL and by DID.
  it('holds the DID document that verified the status list\'s own proof', async () => {
    const report = await world.verify(await withStatus());
    expect(report.fetches.map((f) => f.url)).toContain('https://status.example/.well-known/did.json');
    expect(Object.keys(report.documents).sort()).toEqual(['did:web:issuer.example', 'did:web:status.example', 'https://issuer.example/.well-known/did.json', 'https://status.example/.well-known/did.json', LIST].sort());
  });

  it('verifies again offline from the documents it holds, without contacting anyone', async () => {
    const credential = await withStatus();
    const first = await world.verify(credential);
    const before = world.server.requests.length;
    const again = await world.verify(credential, { offline: true, documents: first.documents, checkImage: false });
    expect(world.server.requests.length).toBe(before);
    expect(again.status).toBe('verified');
  });
});

describe('verify: every report keeps the report\'s rules', () => {
  it('uses only the check ids of CHECK_IDS, in the record, its credentials and their endorsements', async () => {
    const endorser = await world.didKeyIssuer();
    const endorsement = await endorser.sign(endorsementCredential(endorser.id, ACHIEVEMENT_ID));
    const endorsed = tampered(achievementCredential(issuer.id), (c) => void (achievementOf(c).endorsement = [endorsement]));
    const record = tampered(clrCredential(issuer.id, [await issuer.sign(endorsed), await withStatus()]), (c) => void (c.endorsement = [endorsement]));
    const report = await world.verify(await issuer.jwt(record));
    const ids = (r: Report): string[] => [...r.checks.map((c) => c.id), ...(r.nested ?? []).flatMap(ids), ...(r.endorsements ?? []).flatMap(ids)];
    const used = ids(report);
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((id) => !(CHECK_IDS as readonly string[]).includes(id))).toEqual([]);
    expect(report.status).toBe('verified');
  });

  it('never calls a report verified without a passing signature and key check (and the helper that asserts it bites)', () => {
    const base = { summary: '', recipientMatch: 'not-checked', documents: {}, fetches: [], checkedAt: '2026-03-01T12:00:00Z' } as const;
    const signatureOnly: Report = { ...base, status: 'verified', checks: [{ id: 'signature', status: 'pass', message: '', authenticates: true }] };
    expect(() => expectSoundReport(signatureOnly)).toThrow(/verified without a passing key check/);
    const unknownId = { ...base, status: 'invalid', checks: [{ id: 'made-up', status: 'fail', message: '' }] } as unknown as Report;
    expect(() => expectSoundReport(unknownId)).toThrow(/check id "made-up"/);
    const keyAndSignature: Report = { ...base, status: 'verified', checks: [...signatureOnly.checks, { id: 'key', status: 'pass', message: '' }] };
    expect(() => expectSoundReport(keyAndSignature)).not.toThrow();
  });
});
