import { describe, expect, it } from 'vitest';
import { BadgeLensError, bakePng, unbake, type BadgeKind } from '../../../core/index.ts';
import { decodePng, iTXt, pngImage, splitPng, tEXt, withChunks } from '../../support/png-factory.ts';
import { compactJws, ob2HostedAssertion, ob3Credential } from '../../support/payloads.ts';

const credentialJson = JSON.stringify(ob3Credential, null, 2);

describe('bakePng', () => {
  it.each([
    ['assertion', 'openbadges', compactJws(ob2HostedAssertion)],
    ['credential', 'openbadgecredential', credentialJson],
    ['clr', 'clrcredential', '{"type":["VerifiableCredential","ClrCredential"]}'],
  ] as const)('bakes %s payloads that read back the same and decode as an image', (kind, keyword, payload) => {
    const image = pngImage(80, 60);
    const baked = bakePng(image, payload, kind);
    expect(decodePng(baked)).toEqual({ width: 80, height: 60 });
    const result = unbake(baked);
    expect(result).toMatchObject({ found: true, warnings: [], payloads: [{ kind, keyword, source: 'iTXt', payload }] });
  });

  it('writes one uncompressed iTXt chunk, with empty language fields, before the first IDAT', () => {
    const chunks = splitPng(bakePng(pngImage(), credentialJson, 'credential'));
    const types = chunks.map((c) => c.type);
    expect(types.indexOf('iTXt')).toBe(types.indexOf('IDAT') - 1);
    const data = Buffer.from(chunks.find((c) => c.type === 'iTXt')!.data);
    expect(data.subarray(0, 25).toString('latin1')).toBe('openbadgecredential\0\0\0\0\0{');
    expect(data.subarray(24).toString('utf8')).toBe(credentialJson);
  });

  it('replaces the badge an image holds instead of adding a second', () => {
    const once = bakePng(pngImage(), '{"id":"first"}', 'credential');
    const twice = bakePng(once, credentialJson, 'credential');
    expect(splitPng(twice).filter((c) => c.type === 'iTXt')).toHaveLength(1);
    expect(unbake(twice)).toMatchObject({ found: true, warnings: [], payloads: [{ payload: credentialJson }] });
  });

  it('removes badge chunks of every kind and type, wherever they are, and keeps other text', () => {
    const image = withChunks(
      withChunks(pngImage(), [tEXt('openbadges', 'https://issuer.example/old'), tEXt('Software', 'Inkscape')]),
      [iTXt('openbadgecredential', '{"id":"old"}')],
      'IEND',
    );
    const baked = bakePng(image, 'https://issuer.example/new', 'assertion');
    const result = unbake(baked);
    expect(result).toMatchObject({ found: true, payloads: [{ kind: 'assertion', payload: 'https://issuer.example/new' }] });
    expect(result.found && result.payloads).toHaveLength(1);
    expect(splitPng(baked).filter((c) => c.type === 'tEXt').map((c) => Buffer.from(c.data).toString('latin1'))).toEqual(['Software\0Inkscape']);
    decodePng(baked);
  });

  it('leaves every other chunk byte for byte as it was', () => {
    const image = pngImage(40, 40, 7);
    const before = splitPng(image);
    const after = splitPng(bakePng(image, credentialJson, 'credential')).filter((c) => c.type !== 'iTXt');
    expect(after.map((c) => [c.type, Buffer.from(c.data).toString('hex')])).toEqual(before.map((c) => [c.type, Buffer.from(c.data).toString('hex')]));
  });

  it.each([
    ['not a PNG', new TextEncoder().encode('<svg/>'), 'invalid-image', /not a PNG/],
    ['a truncated PNG', pngImage(128, 128).subarray(0, 300), 'invalid-image', /truncated/],
    ['a PNG without IEND', pngImage().subarray(0, pngImage().length - 12), 'invalid-image', /no IEND/],
  ])('throws a coded error for %s', (_name, image, code, message) => {
    const error = captureError(() => bakePng(image, credentialJson, 'credential'));
    expect(error).toBeInstanceOf(BadgeLensError);
    expect(error).toMatchObject({ code, message: expect.stringMatching(message) });
  });

  it('refuses an empty payload and an unknown kind', () => {
    expect(captureError(() => bakePng(pngImage(), '  '))).toMatchObject({ code: 'invalid-payload' });
    expect(captureError(() => bakePng(pngImage(), 'x', 'badge' as BadgeKind))).toMatchObject({ code: 'invalid-argument' });
  });
});

function captureError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
