import { exportJWK, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { decompressP256 } from '../../../core/keys/p256.ts';
import { compressP256 } from './key-world.ts';

describe('decompressP256', () => {
  it('recovers y for keys WebCrypto generated, both parities', async () => {
    const parities = new Set<number>();
    for (let i = 0; i < 12; i++) {
      const jwk = await exportJWK((await generateKeyPair('ES256', { extractable: true })).publicKey);
      const compressed = compressP256(jwk);
      parities.add(compressed[0]!);
      const point = decompressP256(compressed)!;
      expect(Buffer.from(point.subarray(1, 33)).toString('base64url')).toBe(jwk.x);
      expect(Buffer.from(point.subarray(33)).toString('base64url')).toBe(jwk.y);
    }
    expect(parities.size).toBe(2);
  });

  it('refuses an x that is not on the curve, a wrong prefix and a wrong length', async () => {
    const compressed = compressP256(await exportJWK((await generateKeyPair('ES256', { extractable: true })).publicKey));
    // About half of all x values have no point; find one next to a real key.
    const offCurve = Array.from({ length: 20 }, (_, i) => Uint8Array.from([...compressed.subarray(0, 32), (compressed[32]! + i + 1) & 0xff])).find((c) => decompressP256(c) === undefined);
    expect(offCurve).toBeDefined();
    expect(decompressP256(Uint8Array.from([0x04, ...compressed.subarray(1)]))).toBeUndefined();
    expect(decompressP256(compressed.subarray(0, 32))).toBeUndefined();
    expect(decompressP256(Uint8Array.from([0x02, ...new Uint8Array(32).fill(0xff)]))).toBeUndefined(); // x ≥ p
  });
});
