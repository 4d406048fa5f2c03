import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { unbake } from '../../../core/index.ts';
import { assemblePng, encodeChunk, iTXt, pngImage, splitPng, withChunks, zTXt } from '../../support/png-factory.ts';
import { cdata, OB3_NS, svgDocument, utf8 } from '../../support/svg-factory.ts';

const MiB = 1024 * 1024;

describe('unbake on hostile input', () => {
  it('stops at a chunk claiming 0x7fffffff bytes: truncated, nothing allocated for it', () => {
    const chunks = splitPng(pngImage());
    const liar = encodeChunk({ type: 'iTXt', data: Buffer.from('openbadges\0\0\0\0\0x'), length: 0x7fffffff });
    const image = Buffer.concat([assemblePng(chunks.slice(0, 1)), liar]);
    const result = unbake(image);
    expect(result).toMatchObject({ found: false, format: 'png', reason: 'truncated' });
    expect(!result.found && result.message).toMatch(/runs past the end of the file/);
  });

  it('refuses a length beyond the PNG maximum of 2^31 − 1', () => {
    const liar = encodeChunk({ type: 'IDAT', data: new Uint8Array(4), length: 0xffffffff });
    const image = Buffer.concat([assemblePng(splitPng(pngImage()).slice(0, 1)), liar]);
    expect(unbake(image)).toMatchObject({ found: false, reason: 'truncated' });
  });

  it('reports a file cut inside its image data as truncated', () => {
    const image = pngImage(256, 256);
    expect(unbake(image.subarray(0, image.length - 100))).toMatchObject({ found: false, reason: 'truncated' });
  });

  it('still returns a badge that precedes the cut, with a warning', () => {
    const image = withChunks(pngImage(256, 256), [iTXt('openbadges', 'https://issuer.example/a')]);
    const result = unbake(image.subarray(0, image.length - 100));
    expect(result).toMatchObject({ found: true, payloads: [{ payload: 'https://issuer.example/a' }] });
    expect(result.warnings.map((w) => w.code)).toEqual(['truncated']);
  });

  it('stops inflating a deflate bomb at 1 MiB with a clear message', () => {
    const bomb = deflateSync(Buffer.alloc(64 * MiB, 0x20), { level: 9 });
    expect(bomb.length).toBeLessThan(100 * 1024);
    const chunk = iTXt('openbadgecredential', '', { compressed: true, raw: bomb });
    const result = unbake(withChunks(pngImage(), [chunk]));
    expect(result).toMatchObject({ found: false, reason: 'too-large' });
    expect(!result.found && result.message).toMatch(/expands beyond 1 MiB/);
  });

  it('applies the same bound to zTXt and honours a smaller limit', () => {
    const text = 'x'.repeat(5000);
    expect(unbake(withChunks(pngImage(), [zTXt('openbadges', text)]))).toMatchObject({ found: true });
    const limited = unbake(withChunks(pngImage(), [zTXt('openbadges', text)]), { maxInflatedBytes: 4096 });
    expect(limited).toMatchObject({ found: false, reason: 'too-large' });
  });

  it('reports a corrupt compressed stream', () => {
    const chunk = iTXt('openbadgecredential', '', { compressed: true, raw: Uint8Array.from([0x78, 0x9c, 1, 2, 3, 4, 5]) });
    const result = unbake(withChunks(pngImage(), [chunk]));
    expect(result).toMatchObject({ found: false, reason: 'corrupt' });
    expect(!result.found && result.message).toMatch(/compressed iTXt text is corrupt/);
  });

  it('never expands entities: billion laughs ends at once and stays literal', () => {
    const entities = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`)];
    const svg = svgDocument({
      prolog: `<?xml version="1.0"?>\n<!DOCTYPE svg [\n ${entities.join('\n ')}\n]>`,
      rootAttributes: `xmlns:openbadges="${OB3_NS}"`,
      children: '  <openbadges:credential>&lol9;</openbadges:credential>\n  <text>&lol9;</text>',
    });
    const result = unbake(utf8(svg));
    expect(result).toMatchObject({ found: true, payloads: [{ payload: '&lol9;' }] });
    expect(result.warnings.map((w) => w.code)).toContain('unexpanded-entity');
  });

  it('scans 10 MiB of deeply nested SVG without recursion or a stack per element', () => {
    const open = '<g>';
    const depth = Math.floor((10 * MiB - 400) / (open.length + 4));
    const svg = svgDocument({
      rootAttributes: `xmlns:openbadges="${OB3_NS}"`,
      children: `  <openbadges:credential>${cdata('{"id":"urn:x"}')}</openbadges:credential>\n${open.repeat(depth)}${'</g>'.repeat(depth)}`,
      paths: 0,
    });
    const bytes = utf8(svg);
    expect(bytes.length).toBeGreaterThan(9.9 * MiB);
    expect(bytes.length).toBeLessThanOrEqual(10 * MiB);
    expect(unbake(bytes)).toMatchObject({ found: true, payloads: [{ payload: '{"id":"urn:x"}' }] });
  });

  it('refuses an SVG over 10 MiB before decoding it', () => {
    const svg = svgDocument({ children: `<desc>${'x'.repeat(10 * MiB)}</desc>` });
    const result = unbake(utf8(svg));
    expect(result).toMatchObject({ found: false, format: 'svg', reason: 'too-large' });
    expect(!result.found && result.message).toMatch(/SVGs over 10 MiB are not read/);
  });

  it('handles markup that never ends', () => {
    const result = unbake(utf8(`<svg xmlns:openbadges="${OB3_NS}"><openbadges:credential><![CDATA[{"id":`));
    expect(result).toMatchObject({ found: false, reason: 'no-badge' });
    expect(result.warnings.map((w) => w.code)).toEqual(['truncated']);
  });

  it.each([
    ['empty input', new Uint8Array()],
    ['a JPEG', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46])],
    ['JSON text', utf8('{"type":"Assertion"}')],
    ['random bytes', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)],
    ['only the PNG signature', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
  ])('returns a plain answer for %s', (_name, bytes) => {
    const result = unbake(bytes);
    expect(result.found).toBe(false);
    expect(!result.found && result.message).toMatch(/^This (is not a PNG or SVG image|PNG has no Open Badge)/);
  });

  it('says an HTML document is not an SVG', () => {
    const result = unbake(utf8('<!doctype html><html><body><svg></svg></body></html>'));
    expect(result).toMatchObject({ found: false, reason: 'not-an-image' });
    expect(!result.found && result.message).toContain('<html>');
  });
});
