import { describe, expect, it } from 'vitest';
import { lastOccurrence } from '../../../core/bake/byte-search.ts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('lastOccurrence', () => {
  it.each([
    ['at an even offset', 'xxcredential', 2],
    ['at an odd offset', 'xcredential', 1],
    ['at the start', 'credential yy', 0],
    ['ending in the odd last byte', 'xxxxcredential', 4],
    ['as the whole input', 'credential', 0],
    ['after multi-byte text', 'Médaille 日本 <ob:credential>', Buffer.from('Médaille 日本 <ob:').length],
    ['after a UTF-16 byte-order mark pattern', '\u00ff\u00fecredential', 4],
  ])('finds a word %s', (_name, text, expected) => {
    expect(lastOccurrence(bytes(text), ['credential'])).toBe(expected);
  });

  it('returns the last of several occurrences of several words', () => {
    const text = '<a:credential/><b:assertion/> … <c:credential/> tail';
    expect(lastOccurrence(bytes(text), ['assertion', 'credential'])).toBe(Buffer.from(text).lastIndexOf('credential'));
  });

  it('returns -1 when no word occurs, and ignores near misses', () => {
    expect(lastOccurrence(bytes('credentia credentiaL assertio'), ['credential', 'assertion'])).toBe(-1);
    expect(lastOccurrence(new Uint8Array(), ['credential'])).toBe(-1);
  });

  it('is not misled by bytes that form surrogates when read in pairs', () => {
    const noisy = Uint8Array.from([0x00, 0xd8, 0x00, 0xdc, 0xff, 0xdf, ...bytes('credential'), 0x00, 0xd8]);
    expect(lastOccurrence(noisy, ['credential'])).toBe(6);
  });
});
