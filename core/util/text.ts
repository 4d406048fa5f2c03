const LENIENT_UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Strict UTF-8 (PNG iTXt §11.3.4.5, SVG files); undefined when the bytes are not valid UTF-8.
 * The lenient decoder is several times faster than the fatal one in some engines (Node 20 sends fatal
 * decoding through ICU), so it runs first and the strict one only settles text that holds U+FFFD.
 */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  const text = LENIENT_UTF8.decode(bytes);
  if (!text.includes('\ufffd')) return text;
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * ISO 8859-1, as PNG tEXt/zTXt keywords and text are. Done by hand because the WHATWG 'latin1' label
 * is really windows-1252, which maps 0x80–0x9F to other characters.
 */
export function decodeLatin1(bytes: Uint8Array, start = 0, end = bytes.length): string {
  let out = '';
  const STEP = 8192; // stays under engines' argument-count limits
  for (let i = start; i < end; i += STEP) {
    out += String.fromCharCode(...bytes.subarray(i, Math.min(i + STEP, end)));
  }
  return out;
}
