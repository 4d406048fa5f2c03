import { concatBytes } from '../util/bytes.ts';
import { BadgeLensError } from '../errors.ts';
import { crc32 } from './crc32.ts';
import { KIND_BY_PNG_KEYWORD, PNG_KEYWORDS, isBadgeKind, type BadgeKind } from './kinds.ts';
import { CHUNK_IDAT, CHUNK_IHDR, CHUNK_ITXT, PNG_SIGNATURE, isPng, listChunks, type ChunkRef } from './png-chunks.ts';
import { isTextChunk, readKeyword } from './png-text.ts';

/**
 * Returns a copy of a PNG with `payload` baked in an uncompressed iTXt chunk placed before the first IDAT
 * (OB 3.0 §5.3.1). Every badge chunk already in the image, of any kind, is removed, so the result holds
 * exactly one badge. Throws `BadgeLensError` ('invalid-image') when the bytes are not a complete PNG.
 *
 * @example
 * const baked = bakePng(pngBytes, JSON.stringify(credential), 'credential');
 */
export function bakePng(image: Uint8Array, payload: string, kind: BadgeKind = 'assertion'): Uint8Array {
  if (!isBadgeKind(kind)) throw new BadgeLensError('invalid-argument', `Unknown badge kind '${String(kind)}'.`);
  if (payload.trim() === '') throw new BadgeLensError('invalid-payload', 'There is nothing to bake: the payload is empty.');
  if (!isPng(image)) throw new BadgeLensError('invalid-image', 'The image is not a PNG.');
  const { chunks, end } = listChunks(image);
  if (end.kind === 'truncated') throw new BadgeLensError('invalid-image', `The PNG is truncated at byte ${end.at}.`);
  if (end.kind === 'eof') throw new BadgeLensError('invalid-image', 'The PNG has no IEND chunk: it is incomplete.');
  if (chunks[0]?.type !== CHUNK_IHDR) throw new BadgeLensError('invalid-image', 'The PNG does not start with an IHDR chunk.');
  const firstIdat = chunks.findIndex((c) => c.type === CHUNK_IDAT);
  if (firstIdat < 0) throw new BadgeLensError('invalid-image', 'The PNG has no image data (IDAT).');

  const badgeChunk = iTXtChunk(PNG_KEYWORDS[kind], payload);
  const kept = chunks.filter((c) => !isBadgeChunk(image, c));
  const parts: Uint8Array[] = [Uint8Array.from(PNG_SIGNATURE)];
  for (const chunk of kept) {
    if (chunk === chunks[firstIdat]) parts.push(badgeChunk);
    parts.push(image.subarray(chunk.offset, chunk.dataStart + chunk.length + 4));
  }
  return concatBytes(parts);
}

function isBadgeChunk(image: Uint8Array, chunk: ChunkRef): boolean {
  if (!isTextChunk(chunk.type)) return false;
  const keyword = readKeyword(image, chunk.dataStart, chunk.length);
  return keyword !== undefined && KIND_BY_PNG_KEYWORD.has(keyword);
}

/** PNG §11.3.4.5: keyword NUL, compression flag 0, method 0, empty language tag NUL, empty translated keyword NUL, UTF-8 text. */
function iTXtChunk(keyword: string, text: string): Uint8Array {
  const textBytes = new TextEncoder().encode(text);
  const length = keyword.length + 5 + textBytes.length;
  const chunk = new Uint8Array(12 + length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, length);
  view.setUint32(4, CHUNK_ITXT);
  for (let i = 0; i < keyword.length; i++) chunk[8 + i] = keyword.charCodeAt(i);
  chunk.set(textBytes, 8 + keyword.length + 5);
  view.setUint32(8 + length, crc32(chunk, 4, 8 + length));
  return chunk;
}
