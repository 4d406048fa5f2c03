import { concatBytes } from '../util/bytes.ts';
import { Gunzip, Unzlib } from 'fflate';
import { crc32 } from './crc32.ts';

export type Inflated =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: 'too-large' | 'corrupt'; readonly detail: string };

// Deflate expands at most ~1032:1, so a 512-byte slice of input yields at most ~0.5 MiB: feeding slices and
// stopping as soon as the limit is passed keeps a deflate bomb from ever being allocated.
const SLICE = 512;

/**
 * Synchronously inflates zlib (PNG zTXt/iTXt) or gzip (status lists) data, never holding more than `limit`
 * bytes of output plus one slice's worth. Synchronous because unbaking is; fflate is used because
 * `DecompressionStream` is async-only and Node's zlib does not exist in a browser.
 */
export function inflateBounded(input: Uint8Array, format: 'zlib' | 'gzip', limit: number): Inflated {
  const parts: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const stream = format === 'zlib' ? new Unzlib() : new Gunzip();
  stream.ondata = (data) => {
    total += data.length;
    if (total > limit) over = true;
    else parts.push(data);
  };
  try {
    if (input.length === 0) stream.push(input, true);
    for (let i = 0; i < input.length && !over; i += SLICE) {
      stream.push(input.subarray(i, i + SLICE), i + SLICE >= input.length);
    }
  } catch (error) {
    return { ok: false, reason: 'corrupt', detail: error instanceof Error ? error.message : String(error) };
  }
  if (over) return { ok: false, reason: 'too-large', detail: `expands beyond ${limit} bytes` };
  const bytes = concatBytes(parts, total);
  if (format === 'gzip' && !gzipTrailerMatches(input, bytes)) {
    return { ok: false, reason: 'corrupt', detail: 'the GZIP trailer is missing or does not match (cut short, or altered)' };
  }
  return { ok: true, bytes };
}

/**
 * RFC 1952 §2.3.1: a GZIP member ends with the CRC-32 and the length (mod 2^32) of what it holds. fflate
 * stops quietly at the end of a stream whose trailer was cut off, so a cut or altered list is caught here.
 */
function gzipTrailerMatches(compressed: Uint8Array, bytes: Uint8Array): boolean {
  if (compressed.length < 18) return false;
  const view = new DataView(compressed.buffer, compressed.byteOffset + compressed.length - 8, 8);
  return view.getUint32(0, true) === crc32(bytes) && view.getUint32(4, true) === bytes.length % 2 ** 32;
}
