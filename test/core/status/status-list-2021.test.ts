import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credentialStatusChecks } from '../../../core/status/credential-status.ts';
import { createSession } from '../../../core/verify/session.ts';
import { startServer, type TestServer } from '../../support/http-server.ts';
import { base64List, bitstring, credentialWith, ISSUER, MIN_ENTRIES, multibaseList, NOW, signed, verifyListCredential } from './status-lists.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

/** A StatusList2021Credential on VC Data Model 1.1, as StatusList2021 §2.2 shows it. */
function statusList2021(path: string, encodedList: string, overrides: Record<string, unknown> = {}, subject: Record<string, unknown> = {}) {
  const url = server.url(path);
  server.route(path, {
    json: signed({
      '@context': ['https://www.w3.org/2018/credentials/v1', 'https://w3id.org/vc/status-list/2021/v1'],
      id: url,
      type: ['VerifiableCredential', 'StatusList2021Credential'],
      issuer: ISSUER,
      issuanceDate: '2025-01-01T00:00:00Z',
      credentialSubject: { id: `${url}#list`, type: 'StatusList2021', statusPurpose: 'revocation', encodedList, ...subject },
      ...overrides,
    }),
  });
  return url;
}

const entry = (listUrl: string, index: number, overrides: Record<string, unknown> = {}) => ({
  id: `${listUrl}#${index}`,
  type: 'StatusList2021Entry',
  statusPurpose: 'revocation',
  statusListIndex: String(index),
  statusListCredential: listUrl,
  ...overrides,
});

async function check(status: Record<string, unknown>) {
  const session = createSession({ allowPrivateNetwork: true, now: NOW });
  const [result, ...rest] = await credentialStatusChecks(session, credentialWith(status), { verifyListCredential });
  expect(rest).toEqual([]);
  return result!;
}

describe('a StatusList2021Entry', () => {
  it.each(['base64url', 'base64'] as const)('reads its bit MSB-first from a %s list without a Multibase prefix', async (alphabet) => {
    const url = statusList2021(`/sl2021/${alphabet}`, base64List(bitstring(MIN_ENTRIES, [0, 5, 94_567]), alphabet));
    expect(await check(entry(url, 94_567))).toMatchObject({ status: 'fail', outcome: 'revoked' });
    expect(await check(entry(url, 5))).toMatchObject({ status: 'fail', outcome: 'revoked' });
    expect(await check(entry(url, 2))).toEqual({ id: 'revocation', status: 'pass', message: "Its issuer's status list says it has not been revoked." });
  });

  it('reads suspension', async () => {
    const url = statusList2021('/sl2021/suspension', base64List(bitstring(MIN_ENTRIES, [9])), {}, { statusPurpose: 'suspension' });
    expect(await check(entry(url, 9, { statusPurpose: 'suspension' }))).toMatchObject({ outcome: 'suspended' });
  });

  it.each([
    ['shorter than 16 KiB', () => statusList2021('/sl2021/short', base64List(bitstring(MIN_ENTRIES - 8, [1]))), /holds 131,064 entries, fewer than the 131,072/],
    ['past its expirationDate', () => statusList2021('/sl2021/expired', base64List(bitstring(MIN_ENTRIES, [1])), { expirationDate: '2026-01-01T00:00:00Z' }), /the status list expired on 2026-01-01/],
    ['a BitstringStatusListCredential', () => statusList2021('/sl2021/bitstring', base64List(bitstring(MIN_ENTRIES, [1])), { type: ['VerifiableCredential', 'BitstringStatusListCredential'] }), /the status list is not a StatusList2021Credential/],
    ['for suspension only', () => statusList2021('/sl2021/purpose', base64List(bitstring(MIN_ENTRIES, [1])), {}, { statusPurpose: 'suspension' }), /the status list is for "suspension", not "revocation"/],
    ['Multibase-prefixed, as Bitstring lists are', () => statusList2021('/sl2021/multibase', multibaseList(bitstring(MIN_ENTRIES, [1]))), /not valid GZIP data/],
  ])('leaves the status open when the list is %s', async (_state, arrange, reason) => {
    expect(await check(entry(arrange(), 1))).toEqual({ id: 'revocation', status: 'skip', undecided: true, message: expect.stringMatching(reason) });
  });

  it('reads only one bit, whatever statusSize the entry carries', async () => {
    const url = statusList2021('/sl2021/size', base64List(bitstring(MIN_ENTRIES, [3])));
    expect(await check(entry(url, 3, { statusSize: 2 }))).toMatchObject({ outcome: 'revoked' });
  });
});
