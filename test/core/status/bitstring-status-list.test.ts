import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { credentialStatusChecks } from '../../../core/status/credential-status.ts';
import type { StatusOptions } from '../../../core/status/status-options.ts';
import { createSession } from '../../../core/verify/session.ts';
import { startServer, type TestServer } from '../../support/http-server.ts';
import { bitstring, bitstringEntry, bitstringList, credentialWith, MIN_ENTRIES, multibaseList, NOW, signed, verifyListCredential } from './status-lists.ts';

let server: TestServer;
let listUrl: string;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

let serial = 0;
beforeEach(() => {
  listUrl = server.url(`/status/${++serial}`);
});

const options: StatusOptions = { verifyListCredential };
const serve = (doc: Record<string, unknown>): void => server.route(new URL(listUrl).pathname, { json: doc });
const check = async (entry: Record<string, unknown>, opts: StatusOptions = options, credential = credentialWith(entry)) => {
  const session = createSession({ allowPrivateNetwork: true, now: NOW });
  const checks = await credentialStatusChecks(session, credential, opts);
  expect(checks).toHaveLength(1);
  return checks[0]!;
};
const undecidedBecause = (pattern: RegExp) => ({ id: 'revocation', status: 'skip', undecided: true, message: expect.stringMatching(pattern) });

describe('a BitstringStatusListEntry', () => {
  it('reads its bit MSB-first: set → revoked, clear → not revoked', async () => {
    // Byte 0 = 0b1000_0100, byte 1 = 0b0100_0000; the last entry of the list set too.
    serve(bitstringList(listUrl, multibaseList(bitstring(MIN_ENTRIES, [0, 5, 9, MIN_ENTRIES - 1]))));
    for (const index of [0, 5, 9, MIN_ENTRIES - 1]) {
      expect(await check(bitstringEntry(listUrl, index)), `index ${index}`).toEqual({ id: 'revocation', status: 'fail', outcome: 'revoked', message: 'The issuer has revoked this badge.' });
    }
    // 2 and 7 would read as set if bits were taken least significant first.
    for (const index of [1, 2, 7, 8, MIN_ENTRIES - 2]) {
      expect(await check(bitstringEntry(listUrl, index)), `index ${index}`).toEqual({ id: 'revocation', status: 'pass', message: "Its issuer's status list says it has not been revoked." });
    }
  });

  it('leaves the status open when the list is shorter than 131,072 entries', async () => {
    serve(bitstringList(listUrl, multibaseList(bitstring(MIN_ENTRIES - 8, [3]))));
    expect(await check(bitstringEntry(listUrl, 3))).toEqual(undecidedBecause(/revoked it could not be checked: its status list holds 131,064 entries, fewer than the 131,072/));
  });

  it('reads a short list when the ecosystem sets a lower minimum', async () => {
    serve(bitstringList(listUrl, multibaseList(bitstring(100_000, [3]))));
    expect(await check(bitstringEntry(listUrl, 3), { ...options, minimumEntries: 100_000 })).toMatchObject({ outcome: 'revoked' });
  });

  it('leaves the status open when the index is past the end of the list', async () => {
    serve(bitstringList(listUrl, multibaseList(bitstring(MIN_ENTRIES, [MIN_ENTRIES - 1]))));
    expect(await check(bitstringEntry(listUrl, MIN_ENTRIES))).toEqual(undecidedBecause(/its place in its status list \(131,072\) is past the list's end \(131,072 entries\)/));
  });

  it('leaves the status open when the list is for another purpose', async () => {
    serve(bitstringList(listUrl, multibaseList(bitstring(MIN_ENTRIES, [4]))));
    expect(await check(bitstringEntry(listUrl, 4, { statusPurpose: 'suspension' }))).toEqual(undecidedBecause(/^Whether its issuer has suspended it could not be checked: the status list is for "revocation", not "suspension"\.$/));
  });

  it('finds its purpose in a list that names several', async () => {
    serve(bitstringList(listUrl, multibaseList(bitstring(MIN_ENTRIES, [4])), {}, { statusPurpose: ['revocation', 'suspension'] }));
    expect(await check(bitstringEntry(listUrl, 4, { statusPurpose: 'suspension' }))).toMatchObject({ outcome: 'suspended' });
  });

  it('reads suspension: set → suspended, clear → not suspended', async () => {
    serve(bitstringList(listUrl, multibaseList(bitstring(MIN_ENTRIES, [11])), {}, { statusPurpose: 'suspension' }));
    expect(await check(bitstringEntry(listUrl, 11, { statusPurpose: 'suspension' }))).toEqual({ id: 'revocation', status: 'fail', outcome: 'suspended', message: 'The issuer has suspended this badge.' });
    expect(await check(bitstringEntry(listUrl, 12, { statusPurpose: 'suspension' }))).toEqual({ id: 'revocation', status: 'pass', message: "Its issuer's status list says it has not been suspended." });
  });

  describe('with statusSize 2', () => {
    const statusMessage = [
      { status: '0x0', message: 'pending_review' },
      { status: '0x1', message: 'accepted' },
      { status: '0x2', message: 'rejected' },
      { status: '0x3', message: 'undefined' },
    ];
    const messageList = () => bitstringList(listUrl, multibaseList(bitstring(MIN_ENTRIES, { 3: 0b10, 4: 0b01 }, 2)), {}, { statusPurpose: 'message' });

    it('reports the status message of a two-bit entry', async () => {
      serve(messageList());
      const entry = (index: number) => bitstringEntry(listUrl, index, { statusPurpose: 'message', statusSize: 2, statusMessage });
      expect(await check(entry(3))).toEqual({ id: 'revocation', status: 'warn', message: 'Its issuer\'s status list gives it the status 0x2: "rejected".' });
      expect(await check(entry(4))).toEqual({ id: 'revocation', status: 'warn', message: 'Its issuer\'s status list gives it the status 0x1: "accepted".' });
      expect(await check(entry(5))).toMatchObject({ message: expect.stringContaining('0x0: "pending_review"') });
    });

    it('reports the bare value when the entry has no messages', async () => {
      serve(messageList());
      expect(await check(bitstringEntry(listUrl, 3, { statusPurpose: 'message', statusSize: 2 }))).toMatchObject({ status: 'warn', message: "Its issuer's status list gives it the status 0x2." });
    });

    it('counts entries, not bits, against the minimum', async () => {
      // 131,072 bits are only 65,536 two-bit entries.
      serve(bitstringList(listUrl, multibaseList(bitstring(MIN_ENTRIES, [1])), {}, { statusPurpose: 'message' }));
      expect(await check(bitstringEntry(listUrl, 1, { statusPurpose: 'message', statusSize: 2 }))).toEqual(undecidedBecause(/holds 65,536 entries, fewer than the 131,072/));
    });

    it('revokes on any non-zero value of a revocation entry', async () => {
      serve(bitstringList(listUrl, multibaseList(bitstring(MIN_ENTRIES, { 3: 0b01 }, 2))));
      expect(await check(bitstringEntry(listUrl, 3, { statusSize: 2 }))).toMatchObject({ outcome: 'revoked' });
      expect(await check(bitstringEntry(listUrl, 2, { statusSize: 2 }))).toMatchObject({ status: 'pass' });
    });
  });

  it('says when an updated version is available (refresh), without ending the badge', async () => {
    serve(bitstringList(listUrl, multibaseList(bitstring(MIN_ENTRIES, [6])), {}, { statusPurpose: 'refresh' }));
    expect(await check(bitstringEntry(listUrl, 6, { statusPurpose: 'refresh' }))).toEqual({ id: 'revocation', status: 'warn', message: 'Its issuer has published an updated version of this badge.' });
    expect(await check(bitstringEntry(listUrl, 7, { statusPurpose: 'refresh' }))).toMatchObject({ status: 'pass' });
  });

  describe('the list credential itself', () => {
    it('must verify: a list changed after signing leaves the status open, even with the bit set', async () => {
      const list = bitstringList(listUrl, multibaseList(bitstring(MIN_ENTRIES, [])));
      serve({ ...list, credentialSubject: { ...(list.credentialSubject as object), encodedList: multibaseList(bitstring(MIN_ENTRIES, [1])) } });
      expect(await check(bitstringEntry(listUrl, 1))).toEqual(undecidedBecause(/could not be verified: The proof does not match the list\.$/));
      expect(await check(bitstringEntry(listUrl, 2))).toMatchObject({ status: 'skip', undecided: true });
    });

    it('is not trusted, nor fetched, when there is nothing to verify it with', async () => {
      serve(bitstringList(listUrl, multibaseList(bitstring(MIN_ENTRIES, [1]))));
      const before = server.requests.length;
      expect(await check(bitstringEntry(listUrl, 1), {})).toEqual(undecidedBecause(/the signature on the status list at 127\.0\.0\.1:\d+ could not be checked/));
      expect(server.requests.length).toBe(before);
    });

    it('is not trusted when its verifier throws', async () => {
      serve(bitstringList(listUrl, multibaseList(bitstring(MIN_ENTRIES, [1]))));
      const throwing: StatusOptions = { verifyListCredential: () => Promise.reject(new Error('resolver crashed')) };
      expect(await check(bitstringEntry(listUrl, 1), throwing)).toEqual(undecidedBecause(/could not be verified: resolver crashed/));
    });

    it.each([
      ['expired', { validUntil: '2026-02-28T00:00:00Z' }, /the status list expired on 2026-02-28/],
      ['not yet valid', { validFrom: '2026-03-02T00:00:00Z' }, /the status list is not valid until 2026-03-02/],
      ['dated nonsense', { validUntil: 'soon' }, /the status list's end date is not a date/],
      ['not a BitstringStatusListCredential', { type: ['VerifiableCredential'] }, /the status list is not a BitstringStatusListCredential/],
    ])('leaves the status open when the list is %s', async (_state, overrides, reason) => {
      serve(bitstringList(listUrl, multibaseList(bitstring(MIN_ENTRIES, [1])), overrides));
      expect(await check(bitstringEntry(listUrl, 1))).toEqual(undecidedBecause(reason));
    });

    it('accepts a list issued a moment "in the future" by a clock a little ahead', async () => {
      serve(bitstringList(listUrl, multibaseList(bitstring(MIN_ENTRIES, [1])), { validFrom: '2026-03-01T12:03:00Z' }));
      expect(await check(bitstringEntry(listUrl, 1))).toMatchObject({ outcome: 'revoked' });
    });

    it('leaves the status open when the subject is not a BitstringStatusList', async () => {
      serve(bitstringList(listUrl, multibaseList(bitstring(MIN_ENTRIES, [1])), {}, { type: 'StatusList2021' }));
      expect(await check(bitstringEntry(listUrl, 1))).toEqual(undecidedBecause(/credentialSubject is not a BitstringStatusList/));
    });

    it('refuses a GZIP bomb', async () => {
      serve(bitstringList(listUrl, multibaseList(new Uint8Array(17 * 1024 * 1024))));
      expect(await check(bitstringEntry(listUrl, 1))).toEqual(undecidedBecause(/its list expands to more than 16 MiB, which is refused/));
    });

    it('leaves the status open when its encodedList is not Multibase', async () => {
      serve(bitstringList(listUrl, multibaseList(bitstring(MIN_ENTRIES, [1])).slice(1)));
      expect(await check(bitstringEntry(listUrl, 1))).toEqual(undecidedBecause(/not Multibase base64url/));
    });

    it('tells the user when the list was issued by someone other than the badge issuer', async () => {
      serve(bitstringList(listUrl, multibaseList(bitstring(MIN_ENTRIES, [1])), { issuer: 'did:example:status-service' }));
      expect(await check(bitstringEntry(listUrl, 2))).toEqual({
        id: 'revocation',
        status: 'warn',
        message: "Its issuer's status list says it has not been revoked, but that list was issued by did:example:status-service, not by the badge's issuer.",
      });
      expect(await check(bitstringEntry(listUrl, 1))).toMatchObject({ outcome: 'revoked' });
    });

    it('may come as a VC-JWT, whose payload is read after the verifier accepts the JWS', async () => {
      const credential = bitstringList(listUrl, multibaseList(bitstring(MIN_ENTRIES, [1])));
      const jwt = [{ alg: 'EdDSA', typ: 'vc+jwt' }, credential].map((part) => Buffer.from(JSON.stringify(part)).toString('base64url')).join('.') + '.c2lnbmF0dXJl';
      server.route(new URL(listUrl).pathname, { body: jwt, contentType: 'application/vc+jwt' });
      const seen: unknown[] = [];
      const jwtVerifier: StatusOptions = { verifyListCredential: async (doc) => (seen.push(doc), { verified: String(doc).endsWith('.c2lnbmF0dXJl'), message: 'signature checked' }) };
      expect(await check(bitstringEntry(listUrl, 1), jwtVerifier)).toMatchObject({ outcome: 'revoked' });
      expect(await check(bitstringEntry(listUrl, 2), jwtVerifier)).toMatchObject({ status: 'pass' });
      expect(seen).toEqual([jwt, jwt]);
    });
  });

  describe('when the list cannot be had', () => {
    it.each([
      ['unreachable', () => server.route(new URL(listUrl).pathname, { handler: (_q, res) => res.destroy() }), /its status list could not be read: 127\.0\.0\.1:\d+ could not be reached/],
      ['missing (404)', () => undefined, /its status list could not be read: .*HTTP 404/],
      ['failing (503)', () => server.route(new URL(listUrl).pathname, { body: 'busy', status: 503 }), /HTTP 503/],
      ['not JSON', () => server.route(new URL(listUrl).pathname, { body: '<html>status</html>', contentType: 'text/html' }), /is not JSON/],
      ['a JSON array', () => server.route(new URL(listUrl).pathname, { json: [signed({})] }), /is not a JSON object/],
    ])('leaves the status open when the list is %s: never verified, never revoked', async (_state, arrange, reason) => {
      arrange();
      const result = await check(bitstringEntry(listUrl, 1));
      expect(result).toEqual(undecidedBecause(reason));
      expect(result).not.toHaveProperty('outcome');
    });

    it('leaves the status open for an entry that cannot be followed', async () => {
      expect(await check(bitstringEntry(listUrl, 'first'))).toEqual(undecidedBecause(/its statusListIndex is not a whole number/));
      expect(await check(bitstringEntry('did:example:status#list', 1))).toEqual(undecidedBecause(/its status list address \(did:example:status#list\) is not a web address/));
    });
  });
});
