import { describe, expect, it } from 'vitest';
import { readStatus } from '../../../core/status/bitstring.ts';

// Literal bytes, not the test's own encoder: the layout is checked against the specification's drawing.
const bits = new Uint8Array([0b1000_0100, 0b0100_0000, 0b0000_0001, 0b1110_0100]);

describe('readStatus', () => {
  it.each([
    [0, 1, 'the most significant bit of byte 0'],
    [1, 0, 'the next bit'],
    [2, 0, 'bit 2 (set only if read least significant first)'],
    [5, 1, 'bit 5'],
    [7, 0, 'the least significant bit of byte 0'],
    [9, 1, 'the second bit of byte 1'],
    [14, 0, 'bit 14 (set only if read least significant first)'],
    [23, 1, 'the last bit of byte 2'],
    [31, 0, 'the last bit of the list'],
  ])('reads one-bit entry %i as %i: %s', (index, expected) => {
    expect(readStatus(bits, index, 1)).toBe(expected);
  });

  it.each([
    [12, 0b11, 'bits 24–25'],
    [13, 0b10, 'bits 26–27: the first bit is the more significant'],
    [14, 0b01, 'bits 28–29'],
    [15, 0b00, 'bits 30–31'],
    [0, 0b10, 'bits 0–1'],
  ])('reads two-bit entry %i as %i: %s', (index, expected) => {
    expect(readStatus(bits, index, 2)).toBe(expected);
  });

  it('reads a four-bit entry as one number', () => {
    expect(readStatus(bits, 6, 4)).toBe(0b1110);
  });

  it.each([
    [32, 1],
    [16, 2],
    [8, 4],
    [Number.MAX_SAFE_INTEGER, 1],
    [1e30, 1],
  ])('gives nothing for entry %s of %i bits, past the end', (index, size) => {
    expect(readStatus(bits, index, size)).toBeUndefined();
  });
});
