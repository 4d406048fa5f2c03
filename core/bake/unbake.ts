import { isPng } from './png-chunks.ts';
import { formatBytes } from './png-text.ts';
import { unbakePng } from './unbake-png.ts';
import { unbakeSvg } from './unbake-svg.ts';
import { DEFAULT_UNBAKE_LIMITS, type Unbaked, type UnbakeLimits } from './unbaked.ts';

/**
 * Reads the badge baked into a PNG or SVG image. Never throws for bad input: an image without a badge,
 * a file that is not an image, or a damaged one all come back as `{ found: false, reason, message }`.
 *
 * @example
 * const result = unbake(new Uint8Array(await file.arrayBuffer()));
 * if (result.found) console.log(result.payloads[0].payload);
 * else console.log(result.message); // "This PNG has no Open Badge baked into it."
 */
export function unbake(bytes: Uint8Array, limits: UnbakeLimits = {}): Unbaked {
  const { maxInflatedBytes, maxSvgBytes } = { ...DEFAULT_UNBAKE_LIMITS, ...limits };
  if (isPng(bytes)) return unbakePng(bytes, maxInflatedBytes);
  if (!looksLikeXml(bytes)) return notAnImage('This is not a PNG or SVG image.');
  if (bytes.length > maxSvgBytes) {
    return { found: false, format: 'svg', reason: 'too-large', message: `This SVG is ${formatBytes(bytes.length)}; SVGs over ${formatBytes(maxSvgBytes)} are not read.`, warnings: [] };
  }
  if (isUtf16(bytes)) {
    return { found: false, format: 'svg', reason: 'unsupported', message: 'This SVG is encoded as UTF-16; only UTF-8 SVGs are read.', warnings: [] };
  }
  return unbakeSvg(bytes);
}

function notAnImage(message: string): Unbaked {
  return { found: false, format: null, reason: 'not-an-image', message, warnings: [] };
}

/** An XML document starts, after an optional byte-order mark and white space, with `<`. */
function looksLikeXml(bytes: Uint8Array): boolean {
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  else if (isUtf16(bytes)) return true;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return bytes[i] === 0x3c;
}

function isUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}
