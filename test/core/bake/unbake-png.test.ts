import { describe, expect, it } from 'vitest';
import { unbake, type Unbaked } from '../../../core/index.ts';
import { assemblePng, iTXt, pngImage, splitPng, tEXt, withChunks, zTXt, type RawChunk } from '../../support/png-factory.ts';
import { compactJws, ob2HostedAssertion, ob3Credential } from '../../support/payloads.ts';

const credentialJson = JSON.stringify(ob3Credential);
const warningCodes = (result: Unbaked): string[] => result.warnings.map((w) => w.code);

function found(result: Unbaked) {
  if (!result.found) throw new Error(`expected a badge, got: ${result.message}`);
  return result;
}

describe('unbake on PNG', () => {
  it.each([
    ['an iTXt openbadgecredential chunk holding JSON', iTXt('openbadgecredential', credentialJson), 'credential', 'iTXt', credentialJson],
    ['an iTXt openbadges chunk holding a JWS', iTXt('openbadges', compactJws(ob2HostedAssertion)), 'assertion', 'iTXt', compactJws(ob2HostedAssertion)],
    ['an iTXt clrcredential chunk', iTXt('clrcredential', '{"type":["ClrCredential"]}'), 'clr', 'iTXt', '{"type":["ClrCredential"]}'],
    ['a legacy tEXt chunk holding a URL', tEXt('openbadges', 'https://issuer.example/a/1'), 'assertion', 'tEXt', 'https://issuer.example/a/1'],
    ['a zTXt chunk', zTXt('openbadges', 'https://issuer.example/a/2'), 'assertion', 'zTXt', 'https://issuer.example/a/2'],
    ['a compressed iTXt chunk', iTXt('openbadgecredential', credentialJson, { compressed: true }), 'credential', 'iTXt', credentialJson],
  ] as const)('reads %s', (_name, chunk, kind, source, payload) => {
    const result = found(unbake(withChunks(pngImage(), [chunk])));
    expect(result.format).toBe('png');
    expect(result.payloads).toHaveLength(1);
    expect(result.payloads[0]).toMatchObject({ kind, source, payload, keyword: chunk.data.subarray(0, chunk.data.indexOf(0)).toString() });
  });

  it('decodes iTXt text as UTF-8 and tEXt as ISO 8859-1', () => {
    const utf = found(unbake(withChunks(pngImage(), [iTXt('openbadgecredential', '{"name":"Zürich ✓ 日本"}')])));
    expect(utf.payloads[0]!.payload).toBe('{"name":"Zürich ✓ 日本"}');
    // 0x80–0x9F are C1 controls in ISO 8859-1 (a windows-1252 decoder would turn 0x80 into '€').
    const bytes = Buffer.from([...Buffer.from('https://issuer.example/caf'), 0xe9, 0x80]);
    const latin = found(unbake(withChunks(pngImage(), [{ type: 'tEXt', data: Buffer.concat([Buffer.from('openbadges\0'), bytes]) }])));
    expect(latin.payloads[0]!.payload).toBe('https://issuer.example/caf\u00e9\u0080');
  });

  it('skips the language tag and translated keyword of an iTXt chunk', () => {
    const chunk = iTXt('openbadgecredential', credentialJson, { languageTag: 'en-GB', translatedKeyword: 'Offene Abzeichen ✓' });
    expect(found(unbake(withChunks(pngImage(), [chunk]))).payloads[0]!.payload).toBe(credentialJson);
  });

  it('finds a badge chunk placed after the image data, just before IEND', () => {
    const result = found(unbake(withChunks(pngImage(), [iTXt('openbadgecredential', credentialJson)], 'IEND')));
    expect(result.payloads[0]!.payload).toBe(credentialJson);
    expect(result.warnings).toEqual([]);
  });

  it('does not read a chunk after IEND', () => {
    const chunks = splitPng(pngImage());
    const result = unbake(assemblePng([...chunks, iTXt('openbadgecredential', credentialJson)]));
    expect(result).toMatchObject({ found: false, reason: 'no-badge' });
  });

  it('keeps the first chunk of a keyword and reports the duplicate', () => {
    const tampered = JSON.stringify({ ...ob3Credential, name: 'Changed' });
    const result = found(unbake(withChunks(pngImage(), [iTXt('openbadgecredential', credentialJson), iTXt('openbadgecredential', tampered)])));
    expect(result.payloads).toHaveLength(1);
    expect(result.payloads[0]!.payload).toBe(credentialJson);
    expect(warningCodes(result)).toEqual(['duplicate']);
  });

  it('reports each kind when an image holds an assertion and a credential', () => {
    const result = found(unbake(withChunks(pngImage(), [iTXt('openbadges', 'https://issuer.example/a/1'), iTXt('openbadgecredential', credentialJson)])));
    expect(result.payloads.map((p) => p.kind)).toEqual(['assertion', 'credential']);
  });

  it('matches keywords case-sensitively and says what it ignored', () => {
    const result = unbake(withChunks(pngImage(), [iTXt('OpenBadgeCredential', credentialJson)]));
    expect(result).toMatchObject({ found: false, reason: 'no-badge' });
    expect(warningCodes(result)).toEqual(['keyword-case']);
    expect(result.warnings[0]!.message).toContain("'OpenBadgeCredential'");
  });

  it('ignores text chunks with other keywords', () => {
    const result = unbake(withChunks(pngImage(), [tEXt('Software', 'GIMP'), iTXt('openbadges-extra', 'x')]));
    expect(result).toMatchObject({ found: false, reason: 'no-badge', message: 'This PNG has no Open Badge baked into it.' });
    expect(result.warnings).toEqual([]);
  });

  it('never trusts a badge chunk whose CRC does not match', () => {
    const good = iTXt('openbadgecredential', credentialJson);
    const result = unbake(withChunks(pngImage(), [{ ...good, crc: 0x12345678 }]));
    expect(result).toMatchObject({ found: false, reason: 'corrupt' });
    expect(!result.found && result.message).toMatch(/CRC does not match/);
  });

  it('falls back to a later intact chunk when the first one is corrupt', () => {
    const corrupt: RawChunk = { ...iTXt('openbadgecredential', '{"name":"forged"}'), crc: 1 };
    const result = found(unbake(withChunks(pngImage(), [corrupt, iTXt('openbadgecredential', credentialJson)])));
    expect(result.payloads[0]!.payload).toBe(credentialJson);
    expect(warningCodes(result)).toEqual(['corrupt-chunk']);
  });

  it('warns about compression and legacy chunk types', () => {
    expect(warningCodes(unbake(withChunks(pngImage(), [iTXt('openbadgecredential', credentialJson, { compressed: true })])))).toEqual(['compressed']);
    expect(warningCodes(unbake(withChunks(pngImage(), [zTXt('openbadges', 'https://issuer.example/a')])))).toEqual(['legacy-chunk', 'compressed']);
  });

  it('rejects iTXt text that is not UTF-8', () => {
    const result = unbake(withChunks(pngImage(), [iTXt('openbadgecredential', '', { raw: Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d]) })]));
    expect(result).toMatchObject({ found: false, reason: 'corrupt' });
    expect(!result.found && result.message).toMatch(/not valid UTF-8/);
  });

  it('rejects an empty badge chunk', () => {
    expect(unbake(withChunks(pngImage(), [iTXt('openbadges', '   ')]))).toMatchObject({ found: false, reason: 'corrupt' });
  });

  it('says plainly when a PNG holds no badge', () => {
    expect(unbake(pngImage())).toEqual({ found: false, format: 'png', reason: 'no-badge', message: 'This PNG has no Open Badge baked into it.', warnings: [] });
  });

  it('reports the byte offset of the chunk it read', () => {
    const image = withChunks(pngImage(), [iTXt('openbadges', 'https://issuer.example/a')]);
    const { offset } = found(unbake(image)).payloads[0]!;
    expect(Buffer.from(image.subarray(offset + 4, offset + 8)).toString('latin1')).toBe('iTXt');
  });
});
