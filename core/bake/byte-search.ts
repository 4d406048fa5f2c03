// Read as UTF-16LE, bytes become a string of byte pairs that the engine searches with its fast string
// search, where searching a Uint8Array goes a byte at a time. An ASCII word then shows up as one of two
// pair sequences, depending on whether it starts at an even or an odd offset; both are looked for, and
// every hit is confirmed on the bytes. `ignoreBOM` keeps a leading FF FE from being dropped, and a lone
// surrogate becomes one U+FFFD, so character k is always bytes 2k and 2k + 1.
const PAIRS = new TextDecoder('utf-16le', { ignoreBOM: true });

/** The offset of the last occurrence of any of the ASCII `words` in `bytes`, or -1. */
export function lastOccurrence(bytes: Uint8Array, words: readonly string[]): number {
  const even = bytes.length - (bytes.length % 2);
  const pairs = PAIRS.decode(bytes.subarray(0, even));
  let last = -1;
  for (const word of words) {
    for (const shift of [0, 1]) {
      const needle = pairsOf(word.slice(shift));
      if (needle === '') continue;
      for (let at = pairs.indexOf(needle); at >= 0; at = pairs.indexOf(needle, at + 1)) {
        const start = 2 * at - shift;
        if (start > last && matches(bytes, word, start)) last = start;
      }
    }
  }
  // A word split by the odd byte left out above ends in the last byte or two: confirm those directly.
  for (const word of words) {
    for (let start = Math.max(0, bytes.length - word.length - 1); start + word.length <= bytes.length; start++) {
      if (start > last && matches(bytes, word, start)) last = start;
    }
  }
  return last;
}

/** The word's characters two by two, as little-endian code units; an odd last character is left out. */
function pairsOf(word: string): string {
  let out = '';
  for (let k = 0; k + 1 < word.length; k += 2) out += String.fromCharCode(word.charCodeAt(k) | (word.charCodeAt(k + 1) << 8));
  return out;
}

function matches(bytes: Uint8Array, word: string, start: number): boolean {
  if (start < 0 || start + word.length > bytes.length) return false;
  for (let k = 0; k < word.length; k++) if (bytes[start + k] !== word.charCodeAt(k)) return false;
  return true;
}
