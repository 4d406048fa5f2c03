import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../core/bake/crc32.ts';

describe('crc32', () => {
  it('matches the check value of CRC-32/ISO-HDLC', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('agrees with Node zlib on random data and on sub-ranges', () => {
    const bytes = Uint8Array.from({ length: 10_000 }, (_, i) => (i * 2654435761) >>> 24);
    expect(crc32(bytes)).toBe(zlibCrc32(bytes));
    expect(crc32(bytes, 17, 4096)).toBe(zlibCrc32(bytes.subarray(17, 4096)));
    expect(crc32(new Uint8Array())).toBe(0);
  });
});
