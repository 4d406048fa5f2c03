import ajvUcs2length from 'ajv/dist/runtime/ucs2length.js';
import { describe, expect, it } from 'vitest';
import { ucs2length } from '../../../../core/schemas/runtime/ucs2length.ts';

describe('ucs2length', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['日本語', 3],
    ['😀', 1],
    ['a😀b', 3],
    ['\ud83d', 1], // a lone high surrogate
    ['\ude00x', 2], // a lone low surrogate
    ['\ud83d\ud83d', 2],
  ] as const)('counts %j as %i characters, as Ajv does', (text, length) => {
    expect(ucs2length(text)).toBe(length);
    expect(ajvUcs2length(text)).toBe(length);
  });
});
