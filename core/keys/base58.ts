// Base58btc, the Bitcoin alphabet: what multibase's `z` prefix and Ed25519VerificationKey2018's
// publicKeyBase58 use. Twenty lines here instead of a package: keys are a few dozen characters, and the
// core stays free of a dependency for them.
const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const VALUES = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

/** The decoder is quadratic in the length; keys are far shorter than this, untrusted documents need not be. */
export const MAX_BASE58_LENGTH = 1024;

/**
 * Decodes base58btc text (no multibase prefix) to bytes; undefined when it is empty, too long or holds a
 * character outside the alphabet (`0`, `O`, `I`, `l`, `+`, …).
 *
 * @example decodeBase58('2g') // Uint8Array [0x61]
 */
export function decodeBase58(text: string): Uint8Array | undefined {
  if (text.length === 0 || text.length > MAX_BASE58_LENGTH) return undefined;
  let zeros = 0;
  while (zeros < text.length && text.charCodeAt(zeros) === 0x31) zeros++; // each leading '1' is a zero byte
  // Base 58 to base 256, one digit at a time, into a big-endian buffer sized for the worst case (log 58 / log 256).
  const size = Math.ceil(((text.length - zeros) * 733) / 1000) + 1;
  const out = new Uint8Array(size);
  let used = 0; // bytes of `out`, from its end, that hold the number so far
  for (let i = zeros; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let carry = code < 128 ? VALUES[code]! : -1;
    if (carry < 0) return undefined;
    let j = 0;
    for (let at = size - 1; (carry !== 0 || j < used) && at >= 0; at--, j++) {
      carry += 58 * out[at]!;
      out[at] = carry & 0xff;
      carry >>= 8;
    }
    used = j;
  }
  const result = new Uint8Array(zeros + used);
  result.set(out.subarray(size - used), zeros);
  return result;
}
