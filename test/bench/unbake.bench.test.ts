import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as source from '../../core/index.ts';
import { artworkSvgWithBadge } from './inputs/artwork-svg.ts';
import { benchCredentialJson } from './inputs/credential.ts';
import { noisyPngWithBadgeAtEnd } from './inputs/noisy-png.ts';
import { measurePair } from './measure.ts';
import { formatTable, type BenchRow, type Target } from './report.ts';

const LOADS = 5;
const KEYWORD = 'openbadgecredential';

// DESIGN.md, performance budgets.
const PNG_TARGET: Target = { text: '≤ 2× floor', figure: (ratio) => ratio, unit: '× floor', met: (times) => times <= 2 };
const SVG_TARGET: Target = { text: '≥ 15× faster', figure: (ratio) => 1 / ratio, unit: '× faster', met: (speedup) => speedup >= 15 };

describe('unbake against its floors (npm run bench)', () => {
  const rows: BenchRow[] = [];
  let cores: (typeof source)[] = [];
  beforeAll(async () => {
    const { loadShippedCores } = await import('./shipped-core.ts');
    cores = await loadShippedCores(LOADS);
  });
  afterAll(() => {
    if (rows.length > 0) console.log(`\n${formatTable(rows)}\n`);
  });

  it.each([1, 5])('PNG of %i MB with the badge after the image data', (megabytes) => {
    const png = noisyPngWithBadgeAtEnd(megabytes * 1_000_000, KEYWORD, benchCredentialJson);
    // A reader that misses the badge would be fast and measure nothing: both must find it where it was put.
    for (const core of cores) expect(core.unbake(png.bytes)).toEqual(source.unbake(png.bytes));
    expect(source.unbake(png.bytes)).toMatchObject({ found: true, payloads: [{ kind: 'credential', payload: benchCredentialJson, offset: png.badgeOffset }] });
    expect(chunkWalkFloor(png.bytes)).toBe(png.badgeOffset);

    rows.push({
      figure: `PNG ${(png.bytes.length / 1e6).toFixed(2)} MB, badge after ${png.idatChunks} IDATs`,
      perLoad: cores.map((core) => measurePair(() => core.unbake(png.bytes), () => chunkWalkFloor(png.bytes))),
      floorName: '(chunk walk + CRC)',
      target: PNG_TARGET,
    });
  });

  it('SVG of 50 KB of artwork with the badge', () => {
    const svg = artworkSvgWithBadge(50 * 1024, benchCredentialJson);
    const bytes = new TextEncoder().encode(svg.text);
    for (const core of cores) expect(core.unbake(bytes)).toEqual(source.unbake(bytes));
    expect(source.unbake(bytes)).toMatchObject({ found: true, payloads: [{ kind: 'credential', source: 'cdata', payload: benchCredentialJson }] });
    // The full parse is the floor only if it really reads the whole document, badge included.
    const parser = new XMLParser({ ignoreAttributes: false });
    const parsed: unknown = parser.parse(bytes);
    expect(parsed).toMatchObject({ svg: { 'openbadges:credential': benchCredentialJson } });
    expect(JSON.stringify(parsed)).toContain('"path":[');

    rows.push({
      figure: `SVG ${(bytes.length / 1024).toFixed(0)} KB, ${svg.paths} paths`,
      perLoad: cores.map((core) => measurePair(() => core.unbake(bytes), () => parser.parse(bytes))),
      floorName: '(fast-xml-parser)',
      target: SVG_TARGET,
    });
  });
});

// PNG §5.5 CRC-32, table-driven: the cheapest way to check a chunk in JavaScript.
const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const ITXT = 0x69545874;
const IEND = 0x49454e44;
const KEYWORD_BYTES = Uint8Array.from(`${KEYWORD}\0`, (c) => c.charCodeAt(0));

/**
 * The least any reader can do to find a badge after the image data and trust it: read every chunk header,
 * recognise the badge chunk by type and keyword, and check its CRC. Returns the chunk's offset, or −1.
 * No text is decoded and no other chunk is looked into.
 */
function chunkWalkFloor(png: Uint8Array): number {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (let p = 8; p + 12 <= png.length; ) {
    const length = view.getUint32(p);
    const type = view.getUint32(p + 4);
    if (type === IEND) return -1;
    if (type === ITXT && startsWithKeyword(png, p + 8, length)) {
      let c = 0xffffffff;
      for (let i = p + 4, end = p + 8 + length; i < end; i++) c = CRC_TABLE[(c ^ png[i]!) & 0xff]! ^ (c >>> 8);
      return ((c ^ 0xffffffff) >>> 0) === view.getUint32(p + 8 + length) ? p : -1;
    }
    p += 12 + length;
  }
  return -1;
}

function startsWithKeyword(png: Uint8Array, at: number, length: number): boolean {
  if (length < KEYWORD_BYTES.length) return false;
  for (let i = 0; i < KEYWORD_BYTES.length; i++) if (png[at + i] !== KEYWORD_BYTES[i]) return false;
  return true;
}
