import { CHUNK_ITXT, CHUNK_TEXT, CHUNK_ZTXT, chunkTypeName } from './png-chunks.ts';
import { inflateBounded } from './inflate.ts';
import { decodeLatin1, decodeUtf8 } from '../util/text.ts';

/** PNG §11.3.4: a keyword is 1–79 Latin-1 bytes followed by a NUL. */
const MAX_KEYWORD = 79;

export function isTextChunk(type: number): boolean {
  return type === CHUNK_ITXT || type === CHUNK_TEXT || type === CHUNK_ZTXT;
}

/** The keyword of a tEXt/zTXt/iTXt chunk, or undefined when it has none within 79 bytes. */
export function readKeyword(bytes: Uint8Array, dataStart: number, length: number): string | undefined {
  const end = Math.min(dataStart + MAX_KEYWORD + 1, dataStart + length);
  for (let i = dataStart; i < end; i++) {
    if (bytes[i] === 0) return i === dataStart ? undefined : decodeLatin1(bytes, dataStart, i);
  }
  return undefined;
}

export type TextChunk =
  | { readonly ok: true; readonly text: string; readonly compressed: boolean }
  | { readonly ok: false; readonly reason: 'too-large' | 'corrupt'; readonly message: string };

/**
 * Reads the text of a tEXt (§11.3.4.3), zTXt (§11.3.4.4) or iTXt (§11.3.4.5) chunk whose keyword is known
 * to end at `keywordEnd`. iTXt's language tag and translated keyword carry no meaning for badges and are skipped.
 */
export function readChunkText(
  bytes: Uint8Array,
  type: number,
  keywordEnd: number,
  dataEnd: number,
  maxInflatedBytes: number,
): TextChunk {
  const name = chunkTypeName(type);
  let p = keywordEnd + 1;
  if (type === CHUNK_TEXT) return { ok: true, text: decodeLatin1(bytes, p, dataEnd), compressed: false };

  if (type === CHUNK_ZTXT) {
    if (p >= dataEnd || bytes[p] !== 0) return corrupt(`${name} chunk uses an unknown compression method`);
    const inflated = inflate(bytes.subarray(p + 1, dataEnd), name, maxInflatedBytes);
    return inflated.ok ? { ok: true, text: decodeLatin1(inflated.bytes), compressed: true } : inflated;
  }

  if (p + 2 > dataEnd) return corrupt(`${name} chunk ends before its compression fields`);
  const compressed = bytes[p] === 1;
  if (bytes[p] !== 0 && bytes[p] !== 1) return corrupt(`${name} chunk has an invalid compression flag`);
  if (compressed && bytes[p + 1] !== 0) return corrupt(`${name} chunk uses an unknown compression method`);
  p += 2;
  for (let field = 0; field < 2; field++) {
    const nul = bytes.indexOf(0, p);
    if (nul < 0 || nul >= dataEnd) return corrupt(`${name} chunk is missing its language tag or translated keyword`);
    p = nul + 1;
  }
  let textBytes = bytes.subarray(p, dataEnd);
  if (compressed) {
    const inflated = inflate(textBytes, name, maxInflatedBytes);
    if (!inflated.ok) return inflated;
    textBytes = inflated.bytes;
  }
  const text = decodeUtf8(textBytes);
  if (text === undefined) return corrupt(`${name} chunk text is not valid UTF-8`);
  return { ok: true, text, compressed };
}

function inflate(
  data: Uint8Array,
  name: string,
  limit: number,
): { ok: true; bytes: Uint8Array } | Extract<TextChunk, { ok: false }> {
  const inflated = inflateBounded(data, 'zlib', limit);
  if (inflated.ok) return inflated;
  if (inflated.reason === 'too-large') {
    return { ok: false, reason: 'too-large', message: `compressed ${name} text expands beyond ${formatBytes(limit)}` };
  }
  return corrupt(`compressed ${name} text is corrupt (${inflated.detail})`);
}

function corrupt(message: string): Extract<TextChunk, { ok: false }> {
  return { ok: false, reason: 'corrupt', message };
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}
