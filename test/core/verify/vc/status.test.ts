import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../../../core/index.ts';
import { achievementCredential, achievementCredentialV1, OB3, OB3_EXTENSIONS, tampered, VC_V2 } from '../../../support/ob3-credentials.ts';
import { bitstringEntry, bitstringListCredential, statusList2021Credential, statusList2021Entry, STATUS_LIST_2021_CONTEXTS } from '../../../support/ob3-status.ts';
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

let serial = 0;
const nextUrl = (path: string): string => `https://issuer.example/${path}/${++serial}`;
const revocationOf = (report: Report) => checksOf(report, 'revocation');

/** The issuer's signed credential with this credentialStatus (the extensions context defines 1EdTechRevocationList). */
const credentialWithStatus = (credentialStatus: Json): Promise<Json> =>
  issuer.sign(achievementCredential(issuer.id, { '@context': [VC_V2, OB3, OB3_EXTENSIONS], credentialStatus }));

describe('verify: 1EdTechRevocationList', () => {
  it.each([
    ['revokedCredentials', (id: string) => ({ revokedCredentials: [{ id: 'urn:uuid:another' }, { id, revocationReason: 'Awarded in error' }] })],
    ['the singular revokedCredential that 1EdTech\'s validator reads', (id: string) => ({ revokedCredential: [{ id, revocationReason: 'Awarded in error' }] })],
  ])('calls a credential on the list\'s %s revoked, with the reason', async (_name, list) => {
    const url = nextUrl('revocations');
    const credential = await credentialWithStatus({ id: url, type: '1EdTechRevocationList' });
    world.serve(url, { id: url, issuer: issuer.id, ...list(credential.id as string) });
    const report = await world.verify(credential);
    expect(report).toMatchObject({ status: 'revoked', summary: 'The issuer has revoked this badge: "Awarded in error"' });
    expect(report.documents[url]).toBeDefined();
  });

  it('verifies a credential the list does not name, or names with revoked: false', async () => {
    const url = nextUrl('revocations');
    const credential = await credentialWithStatus({ id: url, type: '1EdTechRevocationList' });
    world.serve(url, { id: url, revokedCredentials: [{ id: 'urn:uuid:another' }] });
    expect(await world.verify(credential)).toMatchObject({ status: 'verified' });
    world.serve(url, { id: url, revokedCredentials: [{ id: credential.id, revoked: false }] });
    const report = await world.verify(credential);
    expect(report.status).toBe('verified');
    expect(revocationOf(report)).toEqual([{ id: 'revocation', status: 'pass', message: "It is not on its issuer's revocation list." }]);
  });

  it.each([
    ['unreachable', (url: string) => world.down(new URL(url).host)],
    ['answering an error', (url: string) => world.serve(url, { body: 'busy', status: 503 })],
    ['missing (404)', () => undefined],
  ])('leaves the verdict unverified, never verified nor revoked, when the list is %s', async (_name, breakList) => {
    const url = `https://revocations-${++serial}.example/list`;
    breakList(url);
    const report = await world.verify(await credentialWithStatus({ id: url, type: '1EdTechRevocationList' }));
    expect(report).toMatchObject({ status: 'unverified', summary: expect.stringMatching(/^Whether its issuer has revoked it could not be checked: its issuer's revocation list could not be read/) });
  });
});

describe('verify: BitstringStatusListEntry', () => {
  async function serveList(purpose: string, set: readonly number[], signer = issuer): Promise<string> {
    const url = nextUrl('status');
    world.serve(url, await signer.sign(bitstringListCredential(url, signer.id, purpose, set)));
    return url;
  }

  it.each([
    ['revocation', [7], 7, 'revoked', 'The issuer has revoked this badge.'],
    ['revocation', [7], 8, 'verified', "Its issuer's status list says it has not been revoked."],
    ['suspension', [3], 3, 'suspended', 'The issuer has suspended this badge.'],
    ['suspension', [3], 2, 'verified', "Its issuer's status list says it has not been suspended."],
  ] as const)('reads a %s list with bit %j set at index %i as %s', async (purpose, set, index, status, message) => {
    const url = await serveList(purpose, set);
    const report = await world.verify(await credentialWithStatus(bitstringEntry(url, index, purpose)));
    expect(report.status).toBe(status);
    expect(revocationOf(report)).toEqual([expect.objectContaining({ message })]);
    expect(report.documents[url]).toMatchObject({ type: ['VerifiableCredential', 'BitstringStatusListCredential'] });
  });

  it('leaves the verdict unverified when the list is signed by a key that is not its issuer\'s', async () => {
    const stranger = await world.didKeyIssuer();
    const url = nextUrl('status');
    // The list names the badge's issuer but carries a stranger's proof; its bit says "not revoked".
    world.serve(url, await stranger.sign(bitstringListCredential(url, issuer.id, 'revocation', [])));
    const report = await world.verify(await credentialWithStatus(bitstringEntry(url, 5)));
    expect(report).toMatchObject({ status: 'unverified', summary: expect.stringMatching(/revoked it could not be checked: the status list at issuer\.example could not be verified: It was signed with a key that belongs to did:key:/) });
  });

  it('leaves the verdict unverified when the list was changed after it was signed', async () => {
    const url = nextUrl('status');
    const signed = await issuer.sign(bitstringListCredential(url, issuer.id, 'revocation', [5]));
    world.serve(url, tampered(signed, (list) => void ((list.credentialSubject as Json).encodedList = (bitstringListCredential(url, issuer.id, 'revocation', []).credentialSubject as Json).encodedList)));
    const report = await world.verify(await credentialWithStatus(bitstringEntry(url, 5)));
    expect(report).toMatchObject({ status: 'unverified', summary: expect.stringMatching(/could not be verified: The DataIntegrityProof \(eddsa-rdfc-2022\) signature does not match/) });
  });

  it('reports a clear bit in a list issued by someone else, properly signed, with a warning', async () => {
    const registrar = await world.didKeyIssuer();
    const url = await serveList('revocation', [], registrar);
    const report = await world.verify(await credentialWithStatus(bitstringEntry(url, 4)));
    expect(report.status).toBe('verified');
    expect(revocationOf(report)).toEqual([expect.objectContaining({ status: 'warn', message: expect.stringMatching(/but that list was issued by did:key:.*, not by the badge's issuer/) })]);
  });

  it.each([
    ['unreachable', (url: string) => world.down(new URL(url).host)],
    ['missing (404)', () => undefined],
    ['not JSON', (url: string) => world.serve(url, { body: '<html>maintenance</html>', contentType: 'text/html' })],
  ])('leaves the verdict unverified, never verified nor revoked, when the list is %s', async (_name, breakList) => {
    const url = `https://status-${++serial}.example/list`;
    breakList(url);
    const report = await world.verify(await credentialWithStatus(bitstringEntry(url, 0)));
    expect(report).toMatchObject({ status: 'unverified', summary: expect.stringMatching(/^Whether its issuer has revoked it could not be checked/) });
  });
});

describe('verify: StatusList2021Entry', () => {
  it.each([
    [[9], 'revoked'],
    [[10], 'verified'],
  ] as const)('reads a StatusList2021 list with %j set as %s for index 9', async (set, status) => {
    const url = nextUrl('status2021');
    world.serve(url, await issuer.sign(statusList2021Credential(url, issuer.id, set), { type: 'Ed25519Signature2020' }));
    const credential = achievementCredentialV1(issuer.id, { '@context': [...STATUS_LIST_2021_CONTEXTS, OB3], credentialStatus: statusList2021Entry(url, 9) });
    const report = await world.verify(await issuer.sign(credential, { type: 'Ed25519Signature2020' }));
    expect(report.status).toBe(status);
  });

  it('leaves the verdict unverified when the StatusList2021 list cannot be read', async () => {
    const url = 'https://status2021-down.example/list';
    world.down('status2021-down.example');
    const credential = achievementCredentialV1(issuer.id, { '@context': [...STATUS_LIST_2021_CONTEXTS, OB3], credentialStatus: statusList2021Entry(url, 9) });
    expect((await world.verify(await issuer.sign(credential, { type: 'Ed25519Signature2020' }))).status).toBe('unverified');
  });
});

describe('verify: a status method Badge Lens cannot read', () => {
  it('leaves the verdict unverified rather than reading silence as "not revoked"', async () => {
    const credential = await issuer.sign(achievementCredential(issuer.id, { credentialStatus: { id: 'https://issuer.example/status/x', type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListIndex: 'not a number', statusListCredential: 'https://issuer.example/status/x' } }));
    expect(await world.verify(credential)).toMatchObject({ status: 'unverified', summary: expect.stringMatching(/statusListIndex is not a whole number/) });
  });
});
