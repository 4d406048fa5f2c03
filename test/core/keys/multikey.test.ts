import { describe, expect, it } from 'vitest';
import { looksLikeMultikey, readMultikey } from '../../../core/keys/multikey.ts';
import { ed25519Key, encodeBase58, multibase, p256Key } from './key-world.ts';

describe('readMultikey', () => {
  it('reads an Ed25519 multikey (0xed01) as an OKP JWK and its raw bytes', async () => {
    const key = await ed25519Key();
    expect(key.multikey).toMatch(/^z6Mk/);
    expect(readMultikey(key.multikey)).toEqual({ ok: true, value: { jwk: { kty: 'OKP', crv: 'Ed25519', x: key.publicJwk.x }, ed25519: key.raw } });
  });

  it('reads a compressed P-256 multikey (0x8024) as an EC JWK', async () => {
    const key = await p256Key();
    expect(key.multikey).toMatch(/^zDn/);
    expect(readMultikey(key.multikey)).toEqual({ ok: true, value: { jwk: { kty: 'EC', crv: 'P-256', x: key.publicJwk.x, y: key.publicJwk.y } } });
  });

  it.each([
    ['no multibase prefix', (m: string) => m.slice(1), /start with "z"/],
    ['another multibase (base64url "u")', (m: string) => `u${m.slice(1)}`, /start with "z"/],
    ['a character outside base58', (m: string) => `${m.slice(0, 10)}0${m.slice(11)}`, /not valid base58/],
    ['an extra character', (m: string) => `${m}a`, /neither|bytes where/],
    ['a missing character', (m: string) => m.slice(0, -1), /neither|bytes where/],
    ['not a string', () => 42 as unknown as string, /start with "z"/],
  ])('refuses %s', async (_name, change, problem) => {
    const read = readMultikey(change((await ed25519Key()).multikey));
    expect(read).toMatchObject({ ok: false, problem: expect.stringMatching(problem) });
  });

  it('refuses an Ed25519 prefix with the wrong length and codecs that are not signing keys', () => {
    expect(readMultikey(multibase([0xed, 0x01], new Uint8Array(31)))).toMatchObject({ ok: false, problem: 'holds 31 bytes where an Ed25519 key has 32' });
    expect(readMultikey(multibase([0xec, 0x01], new Uint8Array(32)))).toMatchObject({ ok: false, problem: /neither an Ed25519 nor a P-256/ }); // x25519-pub
    expect(readMultikey(multibase([0x80, 0x24], Uint8Array.from([0x02, ...new Uint8Array(32).fill(0xff)])))).toMatchObject({ ok: false, problem: /not a compressed P-256/ });
    expect(readMultikey(`z${encodeBase58(Uint8Array.from([0xed]))}`)).toMatchObject({ ok: false });
  });

  it('knows what an Ed25519 or P-256 multikey looks like', () => {
    expect(['z6MkhaX', 'zDnaekG', 'key-1', 'zone1', 'z5bDn'].map(looksLikeMultikey)).toEqual([true, true, false, false, false]);
  });
});
