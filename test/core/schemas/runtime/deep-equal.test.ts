import ajvEqual from 'ajv/dist/runtime/equal.js';
import { describe, expect, it } from 'vitest';
import { deepEqual } from '../../../../core/schemas/runtime/deep-equal.ts';

const VALUES: readonly unknown[] = [
  null, 0, -0, 1, Number.NaN, '', 'a', true, false,
  [], [1], [1, 2], [2, 1], [[1]], {}, { a: 1 }, { a: 1, b: 2 }, { b: 2, a: 1 }, { a: [1, { b: null }] }, { a: [1, { b: false }] }, { a: undefined },
];

describe('deepEqual', () => {
  it("agrees with Ajv's own equality on every pair of JSON values", () => {
    for (const a of VALUES) for (const b of VALUES) expect([a, b, deepEqual(a, b)]).toEqual([a, b, ajvEqual(a, b)]);
  });

  it('ignores the order of object keys and not of array items', () => {
    expect(deepEqual({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(deepEqual([1, 2], [2, 1])).toBe(false);
    expect(deepEqual([], {})).toBe(false);
  });
});
