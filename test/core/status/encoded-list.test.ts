import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeEncodedList } from '../../../core/status/encoded-list.ts';
import { base64List, bitstring, multibaseList } from './status-lists.ts';

const MiB = 1024 * 1024;
const list = bitstring(131_072, [0, 7, 23]);

describe('decodeEncodedList', () => {
  it('expands a Bitstring Status List: Multibase base64url of GZIP', () => {
    expect(decodeEncodedList(multibaseList(list), 'multibase-base64url', 16 * MiB)).toEqual({ ok: true, bits: list });
  });

  it('refuses a Bitstring Status List without its Multibase prefix', () => {
    const decoded = decodeEncodedList(base64List(list), 'multibase-base64url', 16 * MiB);
    expect(decoded).toEqual({ ok: false, problem: 'its encodedList is not Multibase base64url (it must start with "u")' });
  });

  it('tolerates padding, which the specification leaves out', () => {
    const padded = `u${gzipSync(list).toString('base64')}`.replace(/\+/g, '-').replace(/\//g, '_');
    expect(decodeEncodedList(padded.padEnd(Math.ceil(padded.length / 4) * 4 + 1, '='), 'multibase-base64url', 16 * MiB)).toMatchObject({ ok: true });
  });

  it.each(['base64', 'base64url'] as const)('expands a StatusList2021 list written in the %s alphabet', (alphabet) => {
    expect(decodeEncodedList(base64List(list, alphabet), 'base64', 16 * MiB)).toEqual({ ok: true, bits: list });
  });

  it.each([
    [undefined, 'it has no encodedList'],
    ['', 'it has no encodedList'],
    ['u***', 'its encodedList is not base64'],
    [`u${Buffer.from('not gzip at all, just text').toString('base64url')}`, 'its encodedList is not valid GZIP data'],
    [`u${gzipSync(list).subarray(0, 30).toString('base64url')}`, 'its encodedList is not valid GZIP data'],
    [`u${gzipSync(list).subarray(0, -8).toString('base64url')}`, 'its encodedList is not valid GZIP data'],
    [`u${withCrcFlipped(gzipSync(list)).toString('base64url')}`, 'its encodedList is not valid GZIP data'],
  ])('says why %s cannot be read', (encoded, problem) => {
    expect(decodeEncodedList(encoded, 'multibase-base64url', 16 * MiB)).toEqual({ ok: false, problem });
  });

  it('refuses a list that expands past the limit, without expanding it all', () => {
    const bomb = multibaseList(new Uint8Array(64 * MiB));
    expect(bomb.length).toBeLessThan(100_000); // 64 MiB of zeros, sent in a few dozen kilobytes
    expect(decodeEncodedList(bomb, 'multibase-base64url', 16 * MiB)).toEqual({ ok: false, problem: 'its list expands to more than 16 MiB, which is refused' });
  });

  it('accepts a list of exactly the limit', () => {
    expect(decodeEncodedList(multibaseList(new Uint8Array(MiB)), 'multibase-base64url', MiB)).toMatchObject({ ok: true });
  });
});

function withCrcFlipped(gzip: Buffer): Buffer {
  const copy = Buffer.from(gzip);
  copy[copy.length - 8]! ^= 0x01;
  return copy;
}
