import { describe, expect, it } from 'vitest';
import { readStatusListEntry } from '../../../core/status/status-list-entry.ts';

const LIST = 'https://registrar.example.edu/status/3';
const entry = (overrides: Record<string, unknown>) => ({ type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListIndex: '94567', statusListCredential: LIST, ...overrides });

describe('readStatusListEntry', () => {
  it('reads a BitstringStatusListEntry with the default size of one bit', () => {
    expect(readStatusListEntry(entry({}), 'BitstringStatusListEntry')).toEqual({
      ok: true,
      entry: { method: 'BitstringStatusListEntry', listUrl: LIST, index: 94567, purpose: 'revocation', size: 1, messages: new Map() },
    });
  });

  it.each([
    ['23', 23],
    [23, 23],
    [' 7 ', 7],
    ['0', 0],
  ])('reads statusListIndex %j as %i', (statusListIndex, index) => {
    expect(readStatusListEntry(entry({ statusListIndex }), 'BitstringStatusListEntry')).toMatchObject({ ok: true, entry: { index } });
  });

  it.each([[undefined], ['-1'], [-1], ['1.5'], [1.5], ['0x10'], ['']])('refuses statusListIndex %j', (statusListIndex) => {
    expect(readStatusListEntry(entry({ statusListIndex }), 'BitstringStatusListEntry')).toEqual({ ok: false, problem: 'its statusListIndex is not a whole number' });
  });

  it.each([
    [{ statusListCredential: undefined }, 'its status entry names no statusListCredential'],
    [{ statusPurpose: undefined }, 'its status entry has no statusPurpose'],
    [{ statusSize: 0 }, 'its statusSize is not a whole number from 1 to 32'],
    [{ statusSize: 33 }, 'its statusSize is not a whole number from 1 to 32'],
    [{ statusSize: 'two' }, 'its statusSize is not a whole number from 1 to 32'],
  ])('says why %j cannot be read', (overrides, problem) => {
    expect(readStatusListEntry(entry(overrides), 'BitstringStatusListEntry')).toEqual({ ok: false, problem });
  });

  it('reads statusSize and the statusMessage table, skipping malformed items', () => {
    const read = readStatusListEntry(
      entry({
        statusPurpose: 'message',
        statusSize: 2,
        statusMessage: [
          { status: '0x0', message: 'pending_review' },
          { status: '0x1', message: 'accepted' },
          { status: '0X2', message: 'rejected' },
          { status: '3', message: 'not hexadecimal' },
          'undefined',
        ],
      }),
      'BitstringStatusListEntry',
    );
    expect(read).toMatchObject({ ok: true, entry: { size: 2, messages: new Map([[0, 'pending_review'], [1, 'accepted'], [2, 'rejected']]) } });
  });

  it('reads a StatusList2021Entry as one bit whatever statusSize it carries', () => {
    expect(readStatusListEntry(entry({ type: 'StatusList2021Entry', statusSize: 2 }), 'StatusList2021Entry')).toMatchObject({ ok: true, entry: { method: 'StatusList2021Entry', size: 1 } });
  });
});
