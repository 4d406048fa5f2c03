// PNG §5.2–5.3: an 8-byte signature, then chunks of length(4) type(4) data(length) crc(4), ending with IEND.
export const PNG_SIGNATURE: readonly number[] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export const CHUNK_IHDR = 0x49484452;
export const CHUNK_IDAT = 0x49444154;
export const CHUNK_IEND = 0x49454e44;
export const CHUNK_TEXT = 0x74455874; // tEXt
export const CHUNK_ZTXT = 0x7a545874; // zTXt
export const CHUNK_ITXT = 0x69545874; // iTXt

/** PNG §5.3: a chunk's length is at most 2^31 − 1. */
export const MAX_CHUNK_LENGTH = 0x7fffffff;

export function isPng(bytes: Uint8Array): boolean {
  if (bytes.length < PNG_SIGNATURE.length) return false;
  return PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

export function chunkTypeName(type: number): string {
  return String.fromCharCode((type >>> 24) & 0xff, (type >>> 16) & 0xff, (type >>> 8) & 0xff, type & 0xff);
}

export interface ChunkRef {
  /** Offset of the chunk's length field. */
  readonly offset: number;
  readonly type: number;
  readonly length: number;
  /** Offset of the first data byte. */
  readonly dataStart: number;
}

/** How a walk ended: at IEND, at a clean end of file without IEND, or at a chunk that runs past the file. */
export type WalkEnd =
  | { readonly kind: 'iend'; readonly end: number }
  | { readonly kind: 'eof' }
  | { readonly kind: 'truncated'; readonly at: number };

/**
 * Visits chunk headers in order, up to and including IEND, without reading chunk data. The visitor gets plain
 * numbers so that walking a large image allocates nothing per chunk.
 */
export function walkChunks(
  bytes: Uint8Array,
  visit: (type: number, dataStart: number, length: number, offset: number) => void,
): WalkEnd {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let p = PNG_SIGNATURE.length;
  while (p < bytes.length) {
    if (p + 12 > bytes.length) return { kind: 'truncated', at: p };
    const length = view.getUint32(p);
    const type = view.getUint32(p + 4);
    if (length > MAX_CHUNK_LENGTH || p + 12 + length > bytes.length) return { kind: 'truncated', at: p };
    visit(type, p + 8, length, p);
    p += 12 + length;
    if (type === CHUNK_IEND) return { kind: 'iend', end: p };
  }
  return { kind: 'eof' };
}

/** Every chunk header, for code that rewrites the file. */
export function listChunks(bytes: Uint8Array): { chunks: ChunkRef[]; end: WalkEnd } {
  const chunks: ChunkRef[] = [];
  const end = walkChunks(bytes, (type, dataStart, length, offset) => chunks.push({ offset, type, length, dataStart }));
  return { chunks, end };
}

export function storedCrc(bytes: Uint8Array, dataStart: number, length: number): number {
  const at = dataStart + length;
  return ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
}
