import { concatBytes } from '../util/bytes.ts';
import { Gunzip, Unzlib } from 'fflate';

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
  return { ok: true, bytes: concatBytes(parts, total) };
}
