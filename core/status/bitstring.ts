/**
 * The status at `index` in a bitstring of `size`-bit entries, or undefined when the entry lies past its end.
 * Bitstring Status List v1.0 §BitstringStatusListCredential (encodedList) and §Bitstring Encoding: index 0
 * is the left-most, most significant bit of the first byte; an entry of several bits starts at
 * `index × size` and reads its first bit as the most significant.
 *
 * @example
 * readStatus(new Uint8Array([0b1000_0000]), 0, 1) // 1
 * readStatus(new Uint8Array([0b0010_0000]), 1, 2) // 2: bits 2 and 3 are 1, 0
 */
export function readStatus(bits: Uint8Array, index: number, size: number): number | undefined {
  const start = index * size;
  if (!Number.isSafeInteger(start) || start < 0 || start + size > bits.length * 8) return undefined;
  let value = 0;
  for (let at = start; at < start + size; at++) {
    value = value * 2 + ((bits[Math.floor(at / 8)]! >> (7 - (at % 8))) & 1);
  }
  return value;
}
