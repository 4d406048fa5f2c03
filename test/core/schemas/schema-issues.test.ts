import { describe, expect, it } from 'vitest';
import type { CompiledError } from 'virtual:badge-lens/schemas';
import { MAX_SCHEMA_ISSUES, schemaIssues } from '../../../core/schemas/schema-issues.ts';
import { issueText } from '../../../core/schemas/schema-result.ts';

const error = (instancePath: string, keyword: string, params: Record<string, unknown>, message?: string): CompiledError => ({
  instancePath,
  schemaPath: '#',
  keyword,
  params,
  ...(message === undefined ? {} : { message }),
});

describe('schemaIssues', () => {
  it("keeps Ajv's sentence and the place it is about", () => {
    expect(schemaIssues([error('/credentialSubject/achievement', 'required', { missingProperty: 'criteria' }, "must have required property 'criteria'")])).toEqual({
      issues: [{ path: '/credentialSubject/achievement', message: "must have required property 'criteria'" }],
      omitted: 0,
    });
  });

  it.each([
    ['additionalProperties', { additionalProperty: 'colour' }, "must not have the additional property 'colour'"],
    ['enum', { allowedValues: ['Exam', 'Performance'] }, 'must be one of "Exam", "Performance"'],
    ['enum', { allowedValues: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }, 'must be one of the allowed values'],
    ['const', { allowedValue: 'Profile' }, 'must be "Profile"'],
    ['const', { allowedValue: 'x'.repeat(200) }, `must be "${'x'.repeat(58)}…`],
  ] as const)('spells out %s %j', (keyword, params, message) => {
    expect(schemaIssues([error('/a', keyword, params, 'Ajv text')]).issues).toEqual([{ path: '/a', message }]);
  });

  it('names the keyword when Ajv gave no sentence', () => {
    expect(schemaIssues([error('/a', 'someKeyword', {})]).issues).toEqual([{ path: '/a', message: 'fails "someKeyword"' }]);
  });

  it('says the types one place may have in one line', () => {
    const { issues } = schemaIssues([
      error('/name', 'type', { type: 'string' }, 'must be string'),
      error('/name', 'type', { type: 'object' }, 'must be object'),
      error('/name', 'oneOf', { passingSchemas: null }, 'must match exactly one schema in oneOf'),
    ]);
    expect(issues).toEqual([
      { path: '/name', message: 'must be string or object' },
      { path: '/name', message: 'must match exactly one schema in oneOf' },
    ]);
  });

  it("puts what a branch found before a composition's own failure", () => {
    const { issues } = schemaIssues([
      error('/issuer', 'oneOf', {}, 'must match exactly one schema in oneOf'),
      error('/issuer', 'required', { missingProperty: 'id' }, "must have required property 'id'"),
    ]);
    expect(issues.map((i) => i.message)).toEqual(["must have required property 'id'", 'must match exactly one schema in oneOf']);
  });

  it(`lists at most ${MAX_SCHEMA_ISSUES} issues and counts the rest`, () => {
    const errors = Array.from({ length: 45 }, (_, i) => error(`/items/${i}`, 'type', { type: 'string' }, 'must be string'));
    const { issues, omitted } = schemaIssues(errors);
    expect(issues).toHaveLength(MAX_SCHEMA_ISSUES);
    expect(issues[0]).toEqual({ path: '/items/0', message: 'must be string' });
    expect(omitted).toBe(25);
  });

  it('drops repeats', () => {
    const twice = error('', 'required', { missingProperty: 'id' }, "must have required property 'id'");
    expect(schemaIssues([twice, twice]).issues).toHaveLength(1);
  });
});

describe('issueText', () => {
  it('writes an issue as one line, the whole document as /', () => {
    expect(issueText({ path: '/credentialSubject/achievement', message: "must have required property 'criteria'" })).toBe(
      "/credentialSubject/achievement: must have required property 'criteria'",
    );
    expect(issueText({ path: '', message: "must have required property 'issuer'" })).toBe("/: must have required property 'issuer'");
  });
});
