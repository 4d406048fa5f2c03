import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credentialStatusChecks } from '../../../core/status/credential-status.ts';
import type { StatusOptions } from '../../../core/status/status-options.ts';
import { createSession } from '../../../core/verify/session.ts';
import { startServer, type TestServer } from '../../support/http-server.ts';
import { bitstring, bitstringEntry, bitstringList, credentialWith, MIN_ENTRIES, multibaseList, NOW, verifyListCredential } from './status-lists.ts';

let server: TestServer;
let listUrl: string;
beforeAll(async () => {
  server = await startServer();
  listUrl = server.url('/status/1');
  server.route('/status/1', { json: bitstringList(listUrl, multibaseList(bitstring(MIN_ENTRIES, [1]))) });
  server.route('/revocations', { json: { revokedCredentials: [] } });
});
afterAll(() => server.close());

const session = () => createSession({ allowPrivateNetwork: true, now: NOW });

describe('credentialStatusChecks', () => {
  it('gives no check for a credential without credentialStatus', async () => {
    expect(await credentialStatusChecks(session(), credentialWith(undefined), { verifyListCredential })).toEqual([]);
  });

  it('gives one check per entry, in order, and fetches and verifies a shared list once', async () => {
    const verified: string[] = [];
    const options: StatusOptions = { verifyListCredential: (doc, url) => (verified.push(url), verifyListCredential(doc)) };
    const s = session();
    const before = server.requests.length;
    const checks = await credentialStatusChecks(s, credentialWith([bitstringEntry(listUrl, 1), { id: server.url('/revocations'), type: '1EdTechRevocationList' }, bitstringEntry(listUrl, 2)]), options);
    expect(checks.map((c) => [c.status, c.outcome])).toEqual([
      ['fail', 'revoked'],
      ['pass', undefined],
      ['pass', undefined],
    ]);
    expect(server.requests.slice(before).map((r) => r.path)).toEqual(['/status/1', '/revocations']);
    expect(verified).toEqual([listUrl]);
    expect(Object.keys(Object.fromEntries(s.documents))).toEqual([listUrl, server.url('/revocations')]);
  });

  it('leaves the status open for a method it cannot read: that method may be the one that says revoked', async () => {
    const checks = await credentialStatusChecks(session(), credentialWith({ id: 'https://registrar.example.edu/status/9#4', type: 'RevocationList2020Status', revocationListIndex: '4' }));
    expect(checks).toEqual([{ id: 'revocation', status: 'skip', undecided: true, message: 'Whether its issuer has revoked it could not be checked: its status method (RevocationList2020Status) is not one Badge Lens can check.' }]);
  });

  it('leaves the status open for an entry that is not an object or has no type', async () => {
    const checks = await credentialStatusChecks(session(), credentialWith(['https://registrar.example.edu/status/9', { id: 'https://registrar.example.edu/status/9' }]));
    expect(checks.map((c) => c.message)).toEqual([
      'Whether its issuer has revoked it could not be checked: its credentialStatus is not an object.',
      'Whether its issuer has revoked it could not be checked: its status method (no type) is not one Badge Lens can check.',
    ]);
    expect(checks.every((c) => c.undecided)).toBe(true);
  });

  it('never touches the network offline, and says so', async () => {
    const checks = await credentialStatusChecks(createSession({ offline: true, now: NOW }), credentialWith(bitstringEntry('https://registrar.example.edu/status/1', 1)), { verifyListCredential });
    expect(checks).toEqual([{ id: 'revocation', status: 'skip', undecided: true, message: expect.stringMatching(/could not be read: registrar\.example\.edu was not contacted: checking offline/) }]);
  });

  it('uses a list supplied in advance', async () => {
    const url = 'https://registrar.example.edu/status/1';
    const documents = { [url]: bitstringList(url, multibaseList(bitstring(MIN_ENTRIES, [7]))) };
    const checks = await credentialStatusChecks(createSession({ offline: true, documents, now: NOW }), credentialWith(bitstringEntry(url, 7)), { verifyListCredential });
    expect(checks).toMatchObject([{ outcome: 'revoked' }]);
  });
});
