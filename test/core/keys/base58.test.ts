import { describe, expect, it } from 'vitest';
import { decodeBase58, MAX_BASE58_LENGTH } from '../../../core/keys/base58.ts';
import { encodeBase58 } from './key-world.ts';

describe('decodeBase58', () => {
  it.each([
    ['2g', [0x61]],
    ['1', [0]],
    ['11', [0, 0]],
    ['1112', [0, 0, 0, 1]],
    ['5Q', [0xff]],
    ['LUv', [0xff, 0xff]],
    ['LUw', [0x01, 0x00, 0x00]],
  ])('reads %s', (text, bytes) => {
    expect(decodeBase58(text)).toEqual(Uint8Array.from(bytes));
  });

  it('agrees with a BigInt encoder on every length, with and without leading zeros', () => {
    for (let n = 0; n <= 80; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i < n % 4 ? 0 : (i * 71 + n * 13) & 0xff));
      const text = encodeBase58(bytes);
      if (text === '') continue;
      expect(decodeBase58(text), `${n} bytes`).toEqual(bytes);
    }
  });

  it.each(['', '0', 'O', 'I', 'l', 'abc+', 'zé', 'a b'])('refuses %j', (text) => {
    expect(decodeBase58(text)).toBeUndefined();
  });

  it('refuses text longer than any key, since decoding is quadratic', () => {
    expect(decodeBase58('2'.repeat(MAX_BASE58_LENGTH))).toBeDefined();
    expect(decodeBase58('2'.repeat(MAX_BASE58_LENGTH + 1))).toBeUndefined();
  });
});
