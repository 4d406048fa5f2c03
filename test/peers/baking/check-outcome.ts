import { expect } from 'vitest';
import type { BakedPayload, ImageFormat, Unbaked, UnbakeWarning } from '../../../core/index.ts';
import type { ExpectedBadge, Expected, PayloadForm } from './case.ts';
import { readPeerText } from './read-input.ts';

const COMPACT_JWS = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]*)$/;

/** Asserts that what `unbake` returned is the outcome the case table expects. */
export function expectOutcome(actual: Unbaked, expected: Expected, declared: ImageFormat | 'other'): void {
  if (!expected.found) {
    expect(actual, actual.found ? `found ${actual.payloads.length} payload(s)` : actual.message).toMatchObject({ found: false, reason: expected.reason });
    expect(actual.format).toBe(expected.reason === 'not-an-image' ? null : declared);
    expect(warningCodes(actual.warnings)).toEqual([...expected.warnings].sort());
    return;
  }
  if (!actual.found) throw new Error(`expected a badge, but unbake said (${actual.reason}): ${actual.message}`);
  expect(actual.format).toBe(declared);
  expect(actual.payloads.map((p) => `${p.kind}/${p.source}`)).toEqual(expected.badges.map((b) => `${b.kind}/${b.source}`));
  expected.badges.forEach((b, i) => expectBadge(actual.payloads[i]!, b));
  expect(warningCodes(actual.warnings)).toEqual([...expected.warnings].sort());
}

// Order carries no meaning; how many of each code does.
function warningCodes(warnings: readonly UnbakeWarning[]): string[] {
  return warnings.map((w) => w.code).sort();
}

function expectBadge(actual: BakedPayload, expected: ExpectedBadge): void {
  if (expected.element !== undefined) expect(actual.element?.qualifiedName).toBe(expected.element);
  expect(actual.verify).toBe(expected.verify);
  expectPayload(actual.payload, expected.payload);
}

export function expectPayload(payload: string, form: PayloadForm): void {
  switch (form.form) {
    case 'json': {
      const parsed = parseJson(payload);
      expect(parsed, 'the payload is JSON').not.toBeUndefined();
      expect(parsed).toMatchObject(form.has);
      if (form.equals !== undefined) expect(parsed).toEqual(parseJson(readPeerText(form.equals)));
      return;
    }
    case 'jws': {
      const parts = COMPACT_JWS.exec(payload);
      expect(parts, 'the payload is a compact JWS').not.toBeNull();
      expect(decodeSegment(parts![1]!)).toMatchObject({ alg: form.alg });
      expect(decodeSegment(parts![2]!)).toMatchObject(form.claims);
      if (form.equals !== undefined) expect(payload).toBe(readPeerText(form.equals).trim());
      return;
    }
    case 'url':
      expect(payload).toBe(form.value);
      expect(new URL(payload).protocol).toMatch(/^https?:$/);
      return;
    case 'text':
      expect(payload).toBe(form.value);
      expect(parseJson(payload), 'the text is not JSON').toBeUndefined();
      return;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function decodeSegment(segment: string): unknown {
  return parseJson(Buffer.from(segment, 'base64url').toString('utf8'));
}
