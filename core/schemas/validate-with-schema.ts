import { schemaLoaders } from 'virtual:badge-lens/schemas';
import { schemaIssues } from './schema-issues.ts';
import type { SchemaResult } from './schema-result.ts';

// `credentialSchema` ids and context entries sometimes carry an empty fragment ("…schema.json#").
const withoutEmptyFragment = (url: string): string => (url.endsWith('#') ? url.slice(0, -1) : url);

/** True when this build ships the schema at `schemaUrl` (or one of the URLs that name it). */
export function isKnownSchema(schemaUrl: string): boolean {
  return schemaLoaders.has(withoutEmptyFragment(schemaUrl));
}

/**
 * Validates `data` against a shipped JSON Schema, loading that schema's compiled validator the first time.
 * Never fetches: a schema this build does not ship answers `{ known: false }`.
 *
 * @example
 * const result = await validateWithSchema(credential.credentialSchema[0].id, credential);
 * if (result.known && !result.valid) console.log(result.issues.map(issueText));
 */
export async function validateWithSchema(schemaUrl: string, data: unknown): Promise<SchemaResult> {
  const load = schemaLoaders.get(withoutEmptyFragment(schemaUrl));
  if (load === undefined) return { known: false };
  const validate = await load();
  let valid: boolean;
  try {
    valid = validate(data);
  } catch (error) {
    // Only a document nested deeper than the engine's stack gets here; it is reported, not thrown.
    const reason = error instanceof Error ? error.message : String(error);
    return { known: true, valid: false, issues: [{ path: '', message: `could not be checked: ${reason}` }], omitted: 0 };
  }
  if (valid) return { known: true, valid: true, issues: [], omitted: 0 };
  return { known: true, valid: false, ...schemaIssues(validate.errors ?? []) };
}
