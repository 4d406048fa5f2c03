import { deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inflateBounded } from '../../../core/bake/inflate.ts';

const text = new TextEncoder().encode('status list bits '.repeat(2000));

describe('inflateBounded', () => {
  it('inflates zlib and gzip streams made by Node', () => {
    expect(inflateBounded(deflateSync(text), 'zlib', 1 << 20)).toEqual({ ok: true, bytes: text });
    expect(inflateBounded(gzipSync(text), 'gzip', 1 << 20)).toEqual({ ok: true, bytes: text });
  });

  it('accepts output of exactly the limit and refuses one byte more', () => {
    expect(inflateBounded(deflateSync(text), 'zlib', text.length)).toMatchObject({ ok: true });
    expect(inflateBounded(deflateSync(text), 'zlib', text.length - 1)).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('reports truncated and foreign data as corrupt', () => {
    const whole = deflateSync(text);
    expect(inflateBounded(whole.subarray(0, whole.length - 8), 'zlib', 1 << 20)).toMatchObject({ ok: false, reason: 'corrupt' });
    expect(inflateBounded(deflateSync(text), 'gzip', 1 << 20)).toMatchObject({ ok: false, reason: 'corrupt' });
    expect(inflateBounded(new Uint8Array(), 'zlib', 1 << 20)).toMatchObject({ ok: false, reason: 'corrupt' });
    const gz = gzipSync(text);
    expect(inflateBounded(gz.subarray(0, gz.length - 8), 'gzip', 1 << 20)).toMatchObject({ ok: false, reason: 'corrupt' });
    const altered = Uint8Array.from(gz);
    altered[altered.length - 5]! ^= 1;
    expect(inflateBounded(altered, 'gzip', 1 << 20)).toMatchObject({ ok: false, reason: 'corrupt' });
  });
});
