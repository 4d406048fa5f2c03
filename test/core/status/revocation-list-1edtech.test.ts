import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credentialStatusChecks } from '../../../core/status/credential-status.ts';
import { createSession } from '../../../core/verify/session.ts';
import { startServer, type TestServer } from '../../support/http-server.ts';
import { credentialWith, NOW } from './status-lists.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const CREDENTIAL_ID = 'https://registrar.example.edu/credentials/3732';
let serial = 0;

/** Serves a revocation list (the 1EdTech Revocation List Status Method's document) and returns its address. */
function revocationList(body: unknown): string {
  const path = `/revocations/${++serial}`;
  server.route(path, typeof body === 'string' ? { body, contentType: 'text/html' } : { json: body });
  return server.url(path);
}

async function check(listUrl: string, overrides: Record<string, unknown> = { id: CREDENTIAL_ID }) {
  const session = createSession({ allowPrivateNetwork: true, now: NOW });
  const checks = await credentialStatusChecks(session, credentialWith({ id: listUrl, type: '1EdTechRevocationList' }, overrides));
  expect(checks).toHaveLength(1);
  return { check: checks[0]!, session };
}

describe('a 1EdTechRevocationList entry', () => {
  it('revokes a credential the list names, with the reason given', async () => {
    const url = revocationList({
      id: 'https://registrar.example.edu/credentials/revocations',
      issuer: 'https://registrar.example.edu/issuers/565049',
      revokedCredentials: [
        { id: 'https://registrar.example.edu/credentials/1', revoked: true },
        { id: CREDENTIAL_ID, revoked: true, revocationReason: 'Issued to the wrong learner' },
      ],
    });
    const { check: result, session } = await check(url);
    expect(result).toEqual({ id: 'revocation', status: 'fail', outcome: 'revoked', message: 'The issuer has revoked this badge: "Issued to the wrong learner"' });
    expect(session.net.records.map((r) => r.url)).toEqual([url]);
  });

  it('revokes when `revoked` is omitted', async () => {
    expect((await check(revocationList({ revokedCredentials: [{ id: CREDENTIAL_ID }] }))).check).toEqual({ id: 'revocation', status: 'fail', outcome: 'revoked', message: 'The issuer has revoked this badge.' });
  });

  it('does not revoke an item marked `revoked: false`', async () => {
    expect((await check(revocationList({ revokedCredentials: [{ id: CREDENTIAL_ID, revoked: false, revocationReason: 'Reinstated' }] }))).check).toMatchObject({ status: 'pass' });
  });

  it('passes a credential the list does not name', async () => {
    const url = revocationList({ revokedCredentials: [{ id: 'https://registrar.example.edu/credentials/1' }, { id: `${CREDENTIAL_ID}0` }] });
    expect((await check(url)).check).toEqual({ id: 'revocation', status: 'pass', message: "It is not on its issuer's revocation list." });
  });

  it('passes against a list that revokes nothing', async () => {
    expect((await check(revocationList({ id: 'https://registrar.example.edu/credentials/revocations', revokedCredentials: [] }))).check).toMatchObject({ status: 'pass' });
  });

  it('reads the singular `revokedCredential` that 1EdTech’s validator reads, as a list or one object', async () => {
    expect((await check(revocationList({ revokedCredential: [{ id: CREDENTIAL_ID, revocationReason: 'Withdrawn' }] }))).check).toMatchObject({ outcome: 'revoked', message: 'The issuer has revoked this badge: "Withdrawn"' });
    expect((await check(revocationList({ revokedCredential: { id: CREDENTIAL_ID } }))).check).toMatchObject({ outcome: 'revoked' });
  });

  it.each([
    ['unreachable', () => server.url('/no-such-list'), /could not be checked: its issuer's revocation list could not be read: .*HTTP 404/],
    ['not JSON', () => revocationList('<html>Sign in</html>'), /could not be read: .*is not JSON/],
    ['not an object', () => revocationList([{ id: CREDENTIAL_ID }]), /is not a JSON object/],
  ])('leaves the status open when the list is %s', async (_state, listUrl, reason) => {
    const { check: result } = await check(listUrl());
    expect(result).toEqual({ id: 'revocation', status: 'skip', undecided: true, message: expect.stringMatching(reason) });
  });

  it('leaves the status open for a credential without an id, which no list can name', async () => {
    const url = revocationList({ revokedCredentials: [] });
    expect((await check(url, { id: undefined })).check).toMatchObject({ undecided: true, message: expect.stringMatching(/it has no id by which a revocation list could name it/) });
  });

  it('leaves the status open when the entry has no web address', async () => {
    expect((await check('urn:uuid:1234')).check).toMatchObject({ undecided: true, message: expect.stringMatching(/has no web address/) });
  });
});
