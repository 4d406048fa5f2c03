import { describe, expect, it } from 'vitest';
import { createVerifyCache, type Report, type VerifyOptions } from '../../../core/index.ts';
import type { BadgeEntry } from '../../../widget/sources/entry.ts';
import { checkEntry } from '../../../widget/verify/check-entry.ts';
import { shownStatus } from '../../../widget/verify/outcome.ts';

const LIST = 'https://issuer.example/revocations.json';
const KEY = 'https://issuer.example/key.json';

/** A verify that reports what it was given: the status list fetched live answers `live`. */
function fakeVerify(live: 'ok' | 'unreachable') {
  const calls: VerifyOptions[] = [];
  const verify = async (_input: unknown, options: VerifyOptions): Promise<Report> => {
    calls.push(options);
    const supplied = (options.documents ?? {}) as Record<string, unknown>;
    const listFrom = LIST in supplied ? 'documents' : options.offline ? 'none' : 'network';
    const outcome = listFrom === 'network' ? live : listFrom === 'none' ? 'offline' : 'ok';
    return {
      status: outcome === 'ok' ? 'verified' : 'unverified',
      summary: '',
      recipientMatch: 'not-checked',
      checks: [],
      documents: {},
      fetches: [{ url: KEY, source: 'documents', outcome: 'ok' }, { url: LIST, source: listFrom as 'network', outcome: outcome as 'ok' }],
      checkedAt: '2026-01-02T00:00:00Z',
    };
  };
  return { verify, calls };
}

const entry: BadgeEntry = { key: '0', input: 'eyJ.x.y', shown: {}, tags: [], saved: { documents: { [KEY]: {}, [LIST]: {} }, live: [LIST], collectedAt: '2026-01-01T00:00:00Z' } };
const world = { cache: createVerifyCache(), allowPrivateNetwork: false, offline: false };

describe('checkEntry', () => {
  it('verifies a saved badge with its documents but fetches its revocation list live', async () => {
    const { verify, calls } = fakeVerify('ok');
    const outcome = await checkEntry(entry, { ...world, verify });
    expect(calls.map((c) => Object.keys(c.documents as object))).toEqual([[KEY]]);
    expect(outcome).toMatchObject({ report: { status: 'verified' }, how: { revocation: 'live', rechecked: [LIST], fromFile: [KEY], savedOn: '2026-01-01T00:00:00Z' } });
  });

  it('falls back to the saved list, and says so, when the page cannot reach the issuer', async () => {
    const { verify, calls } = fakeVerify('unreachable');
    const outcome = await checkEntry(entry, { ...world, verify });
    expect(calls).toHaveLength(2);
    expect(outcome).toMatchObject({ report: { status: 'verified' }, how: { revocation: 'saved', unreachable: [LIST] } });
  });

  it('with offline, contacts no one and dates revocation from the collection', async () => {
    const { verify, calls } = fakeVerify('ok');
    const outcome = await checkEntry(entry, { ...world, verify, offline: true });
    expect(calls).toEqual([expect.objectContaining({ offline: true, documents: entry.saved!.documents })]);
    expect(outcome).toMatchObject({ how: { revocation: 'offline' } });
  });

  it('verifies a badge read from its source live, never offline, and without fetching its image again', async () => {
    const { verify, calls } = fakeVerify('ok');
    await checkEntry({ ...entry, saved: undefined }, { ...world, verify });
    expect(calls).toEqual([expect.objectContaining({ offline: false, checkImage: false, allowPrivateNetwork: false })]);
  });
});

describe('shownStatus', () => {
  const report = (status: Report['status'], outcome: string, source = 'network'): Report =>
    ({ status, summary: '', recipientMatch: 'not-checked', checks: [], documents: {}, fetches: [{ url: LIST, source, outcome }], checkedAt: '' }) as Report;
  it.each([
    ['checking before the report', undefined, 'checking'],
    ['blocked: unverified because this page could not read a URL', { report: report('unverified', 'unreachable'), how: {} }, 'blocked'],
    ['blocked: a private address refused on a public page', { report: report('unverified', 'refused', 'none'), how: {} }, 'blocked'],
    ['unverified for another reason', { report: report('unverified', 'ok'), how: {} }, 'unverified'],
    ['invalid stays invalid, whatever was unreachable', { report: report('invalid', 'unreachable'), how: {} }, 'invalid'],
    ['an error while checking', { error: 'boom' }, 'unverified'],
  ])('%s', (_name, outcome, expected) => {
    expect(shownStatus(outcome as never)).toBe(expected);
  });
});
