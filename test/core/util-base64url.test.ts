import { describe, expect, it } from 'vitest';
import { base64urlToBytes } from '../../core/util/base64url.ts';

describe('base64urlToBytes', () => {
  it('agrees with Node on every length and every byte value', () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 37 + 11) & 0xff);
    for (let n = 0; n <= bytes.length; n++) {
      const slice = bytes.subarray(0, n);
      expect(base64urlToBytes(Buffer.from(slice).toString('base64url'))).toEqual(slice);
    }
  });

  it.each(['a', 'ab=c', 'a+b/', 'añb', 'abcde'])('refuses %j', (text) => {
    expect(base64urlToBytes(text)).toBeUndefined();
  });
});
