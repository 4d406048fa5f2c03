import { crc32 } from 'node:zlib';
import { PNG } from 'pngjs';

export interface BenchPng {
  readonly bytes: Uint8Array;
  readonly idatChunks: number;
  /** Offset of the badge chunk's length field. */
  readonly badgeOffset: number;
}

// libpng writes image data in 8 KiB IDAT chunks; so do most tools that re-save badges.
const IDAT_SIZE = 8192;

/**
 * A PNG of about `targetBytes` whose pixels are seeded noise, so deflate cannot shrink them and the file
 * really is that large; the image data is split into 8 KiB IDATs and the badge iTXt sits after all of
 * them, just before IEND, behind ImageMagick-style date chunks: the farthest place a reader has to walk to.
 */
export function noisyPngWithBadgeAtEnd(targetBytes: number, keyword: string, payload: string): BenchPng {
  const side = Math.ceil(Math.sqrt(targetBytes / 4));
  const png = new PNG({ width: side, height: side });
  let state = 0x9e3779b9;
  for (let i = 0; i < png.data.length; i++) {
    // xorshift32: fast, seeded, and incompressible enough.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    png.data[i] = state & 0xff;
  }
  const encoded = new Uint8Array(PNG.sync.write(png, { filterType: 0, deflateLevel: 1 }));
  const chunks = splitChunks(encoded);
  const idat = Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data));
  const before = chunks.filter((c) => c.type !== 'IDAT' && c.type !== 'IEND');

  const parts: Uint8Array[] = [encoded.subarray(0, 8), ...before.map((c) => chunk(c.type, c.data))];
  let idatChunks = 0;
  for (let at = 0; at < idat.length; at += IDAT_SIZE) {
    parts.push(chunk('IDAT', idat.subarray(at, at + IDAT_SIZE)));
    idatChunks++;
  }
  parts.push(chunk('tEXt', Buffer.from('date:create\u00002025-03-25T13:55:47+00:00', 'latin1')));
  parts.push(chunk('tEXt', Buffer.from('date:modify\u00002025-03-25T13:55:47+00:00', 'latin1')));
  const badgeOffset = parts.reduce((n, p) => n + p.length, 0);
  // iTXt: keyword NUL, compression flag 0, method 0, empty language tag NUL, empty translated keyword NUL, UTF-8 text.
  parts.push(chunk('iTXt', Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0, 0, 0, 0, 0]), Buffer.from(payload, 'utf8')])));
  parts.push(chunk('IEND', new Uint8Array(0)));
  return { bytes: new Uint8Array(Buffer.concat(parts)), idatChunks, badgeOffset };
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function splitChunks(png: Uint8Array): { type: string; data: Uint8Array }[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: { type: string; data: Uint8Array }[] = [];
  for (let p = 8; p + 12 <= png.length; p += 12 + view.getUint32(p)) {
    chunks.push({ type: Buffer.from(png.subarray(p + 4, p + 8)).toString('latin1'), data: png.subarray(p + 8, p + 8 + view.getUint32(p)) });
  }
  return chunks;
}
