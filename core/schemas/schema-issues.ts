import type { CompiledError } from 'virtual:badge-lens/schemas';
import type { SchemaIssue } from './schema-result.ts';

/** A report lists this many issues at most; a document that fails a schema badly fails it a hundred ways. */
export const MAX_SCHEMA_ISSUES = 20;

const MAX_VALUE_TEXT = 60;
const MAX_ALLOWED_VALUES = 6;

function shortJson(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_VALUE_TEXT ? `${text.slice(0, MAX_VALUE_TEXT - 1)}…` : text;
}

/** Ajv's sentence, with the detail Ajv keeps in `params` added where a reader needs it. */
function messageOf(error: CompiledError): string {
  const { params } = error;
  switch (error.keyword) {
    case 'additionalProperties':
      return `must not have the additional property '${String(params.additionalProperty)}'`;
    case 'enum': {
      const allowed = Array.isArray(params.allowedValues) ? params.allowedValues : [];
      return allowed.length > 0 && allowed.length <= MAX_ALLOWED_VALUES
        ? `must be one of ${allowed.map(shortJson).join(', ')}`
        : 'must be one of the allowed values';
    }
    case 'const':
      return `must be ${shortJson(params.allowedValue)}`;
    default:
      return error.message ?? `fails "${error.keyword}"`;
  }
}

/**
 * Compositions (`oneOf`, `anyOf`, `if`) report their own failure after the failures of each branch they
 * tried; a branch's failure says more ("must have required property 'id'") than "must match exactly one
 * schema in oneOf", so the composition's own line goes last.
 */
const COMPOSITION = new Set(['oneOf', 'anyOf', 'if']);

/** Readable, distinct issues, the most direct first, capped at MAX_SCHEMA_ISSUES. */
export function schemaIssues(errors: readonly CompiledError[]): { issues: SchemaIssue[]; omitted: number } {
  // Alternatives tried at one place each say "must be string", "must be object": one line says it better.
  const typesAt = new Map<string, Set<string>>();
  for (const error of errors) {
    if (error.keyword !== 'type') continue;
    const types = typesAt.get(error.instancePath) ?? new Set<string>();
    for (const type of String(error.params.type).split(',')) types.add(type);
    typesAt.set(error.instancePath, types);
  }
  const seen = new Set<string>();
  const direct: SchemaIssue[] = [];
  const compositions: SchemaIssue[] = [];
  for (const error of errors) {
    const types = error.keyword === 'type' ? typesAt.get(error.instancePath) : undefined;
    const message = types === undefined ? messageOf(error) : `must be ${[...types].join(' or ')}`;
    const issue = { path: error.instancePath, message };
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    (COMPOSITION.has(error.keyword) ? compositions : direct).push(issue);
  }
  const ordered = [...direct, ...compositions];
  return { issues: ordered.slice(0, MAX_SCHEMA_ISSUES), omitted: Math.max(0, ordered.length - MAX_SCHEMA_ISSUES) };
}
