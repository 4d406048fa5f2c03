import { crc32, deflateSync } from 'node:zlib';
import { PNG } from 'pngjs';

/** A real PNG encoded by pngjs, with pixels from a seeded generator so sizes are stable. */
export function pngImage(width = 64, height = 64, seed = 1): Uint8Array {
  const png = new PNG({ width, height });
  let state = seed >>> 0 || 1;
  for (let i = 0; i < png.data.length; i += 4) {
    state = (state * 1103515245 + 12345) >>> 0;
    png.data[i] = state & 0xff;
    png.data[i + 1] = (state >>> 8) & 0xff;
    png.data[i + 2] = (state >>> 16) & 0xff;
    png.data[i + 3] = 0xff;
  }
  return new Uint8Array(PNG.sync.write(png));
}

/** Decodes with pngjs, which checks every CRC and inflates the pixels: proof that an image is still valid. */
export function decodePng(bytes: Uint8Array): { width: number; height: number } {
  const png = PNG.sync.read(Buffer.from(bytes));
  return { width: png.width, height: png.height };
}

export interface RawChunk {
  readonly type: string;
  readonly data: Uint8Array;
  /** Overrides the CRC written (to make a corrupt chunk). */
  readonly crc?: number;
  /** Overrides the length field written (to make a lying chunk). */
  readonly length?: number;
}

const SIGNATURE = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Serialises one chunk; the CRC comes from Node's zlib, independent of the code under test. */
export function encodeChunk({ type, data, crc, length }: RawChunk): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, length ?? data.length);
  out.set(Buffer.from(type, 'latin1'), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc ?? crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** Splits a PNG into its chunks, with a parser written for tests only. */
export function splitPng(bytes: Uint8Array): RawChunk[] {
  const chunks: RawChunk[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let p = 8; p + 12 <= bytes.length; ) {
    const length = view.getUint32(p);
    const type = Buffer.from(bytes.subarray(p + 4, p + 8)).toString('latin1');
    chunks.push({ type, data: bytes.slice(p + 8, p + 8 + length) });
    p += 12 + length;
  }
  return chunks;
}

export function assemblePng(chunks: readonly RawChunk[]): Uint8Array {
  return Buffer.concat([SIGNATURE, ...chunks.map(encodeChunk)]);
}

/** Inserts chunks before the first chunk of type `before` (IDAT by default). */
export function withChunks(image: Uint8Array, added: readonly RawChunk[], before = 'IDAT'): Uint8Array {
  const chunks = splitPng(image);
  const at = chunks.findIndex((c) => c.type === before);
  chunks.splice(at, 0, ...added);
  return assemblePng(chunks);
}

const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');
const NUL = Buffer.from([0]);

export function tEXt(keyword: string, text: string): RawChunk {
  return { type: 'tEXt', data: Buffer.concat([latin1(keyword), NUL, latin1(text)]) };
}

export function zTXt(keyword: string, text: string): RawChunk {
  return { type: 'zTXt', data: Buffer.concat([latin1(keyword), NUL, NUL, deflateSync(latin1(text))]) };
}

export interface ITxtOptions {
  readonly compressed?: boolean;
  readonly languageTag?: string;
  readonly translatedKeyword?: string;
  /** Raw text bytes, for writing invalid UTF-8 or a hand-made compressed stream. */
  readonly raw?: Uint8Array;
}

export function iTXt(keyword: string, text: string, options: ITxtOptions = {}): RawChunk {
  const body = options.raw ?? (options.compressed ? deflateSync(Buffer.from(text, 'utf8')) : Buffer.from(text, 'utf8'));
  return {
    type: 'iTXt',
    data: Buffer.concat([
      latin1(keyword),
      NUL,
      Buffer.from([options.compressed ? 1 : 0, 0]),
      latin1(options.languageTag ?? ''),
      NUL,
      Buffer.from(options.translatedKeyword ?? '', 'utf8'),
      NUL,
      body,
    ]),
  };
}
