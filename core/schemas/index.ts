/**
 * JSON Schema validation with schemas compiled at build time (no `eval`, as Manifest V3 requires) and
 * shipped with the product (never fetched). Each schema's code loads the first time it is used.
 */
export { extensionSchemas, extensionTerms } from './extension-schemas.ts';
export type { ContextValidation } from './extension-schemas.ts';
export { MAX_SCHEMA_ISSUES } from './schema-issues.ts';
export { issueText } from './schema-result.ts';
export type { SchemaIssue, SchemaResult } from './schema-result.ts';
export { isKnownSchema, validateWithSchema } from './validate-with-schema.ts';
