import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { readCollection } from '../../../ui/collection/validate-collection.ts';

const schema = JSON.parse(readFileSync('public/schemas/collection.schema.json', 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const sample = JSON.parse(readFileSync('public/samples/collection.json', 'utf8'));

const minimal = { type: 'BadgeLensCollection', badges: [{ input: 'https://issuer.example/a/1' }] };

// The JSON Schema and the code state the same rules: each case must be judged alike by both.
const CASES: [string, unknown, boolean][] = [
  ['the sample collection made by collect', sample, true],
  ['a hand-written file with nothing but inputs', minimal, true],
  ['a badge given as JSON, and a relative image', { type: 'BadgeLensCollection', badges: [{ input: { type: 'Assertion' }, image: 'robot.png' }] }, true],
  ['documents named by DID', { ...minimal, documents: { 'did:web:issuer.example': {} } }, true],
  ['no type', { badges: [] }, false],
  ['another type', { ...minimal, type: 'Collection' }, false],
  ['version 2', { ...minimal, version: 2 }, false],
  ['badges not a list', { type: 'BadgeLensCollection', badges: {} }, false],
  ['an unknown top-level property', { ...minimal, bagdes: [] }, false],
  ['a document not named by a URL', { ...minimal, documents: { 'file:///etc/passwd': {} } }, false],
  ['a javascript: image', { type: 'BadgeLensCollection', badges: [{ input: 'x', image: 'javascript:alert(1)' }] }, false],
  ['a data: image that is not an image', { type: 'BadgeLensCollection', badges: [{ input: 'x', image: 'data:text/html,<b>' }] }, false],
  ['an empty input', { type: 'BadgeLensCollection', badges: [{ input: ' ' }] }, false],
  ['a record with an unknown status', { type: 'BadgeLensCollection', badges: [{ input: 'x', collected: { checkedAt: '2026-01-01T00:00:00Z', status: 'fine', summary: '' } }] }, false],
  ['a preview date that is no date', { type: 'BadgeLensCollection', badges: [{ input: 'x', preview: { issuedOn: 'yesterday' } }] }, false],
  ['a live URL that is not http', { type: 'BadgeLensCollection', badges: [{ input: 'x', live: ['ftp://x'] }] }, false],
];

describe('collection files', () => {
  it.each(CASES)('%s: schema and code agree', (_name, value, valid) => {
    const reading = readCollection(value);
    const codeValid = reading.ok && reading.problems.length === 0;
    expect(validate(value), JSON.stringify(validate.errors)).toBe(valid);
    expect(codeValid, JSON.stringify(reading.problems)).toBe(valid);
  });

  it('leaves out a badge that breaks a rule, keeps the others, and says where', () => {
    const reading = readCollection({ type: 'BadgeLensCollection', badges: [{ input: 'a' }, { input: 'b', colour: 'red' }, { input: 'c' }] });
    expect(reading.ok && reading.collection.badges.map((b) => b.input)).toEqual(['a', 'c']);
    expect(reading.problems).toEqual([{ path: '/badges/1/colour', message: 'unknown property "colour"' }]);
  });

  it('requires every live URL to name a saved document, which no schema can say', () => {
    const reading = readCollection({ type: 'BadgeLensCollection', documents: {}, badges: [{ input: 'a', live: ['https://issuer.example/status'] }] });
    expect(reading.problems).toEqual([{ path: '/badges/0/live/0', message: 'names no document saved in the collection' }]);
  });

  it('refuses a file that is not an object, or breaks a top-level rule, whole', () => {
    expect(readCollection([])).toMatchObject({ ok: false });
    expect(readCollection({ type: 'BadgeLensCollection', badges: new Array(501).fill({ input: 'x' }) })).toMatchObject({ ok: false, problems: [{ path: '/badges' }] });
  });
});
