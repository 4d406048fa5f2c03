import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import Ajv, { _, Name, type Options } from 'ajv';
import Ajv2019 from 'ajv/dist/2019.js';
import type AjvCore from 'ajv/dist/core.js';
import AjvDraft04 from 'ajv-draft-04';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { formats as runtimeFormats } from '../../core/schemas/runtime/formats.ts';

/** The JSON Schema drafts the shipped schemas are written in; each compiles in an Ajv of its own. */
export type Draft = 'draft-04' | 'draft-06' | '2019-09';

/** The name compiled code reads function formats from; compile-validator.ts binds it to the runtime's. */
export const FORMATS_BINDING = '__schemaFormats';

export function draftOf(schema: unknown): Draft {
  const declared = typeof schema === 'object' && schema !== null ? (schema as { $schema?: unknown }).$schema : undefined;
  if (declared === 'http://json-schema.org/draft-04/schema#') return 'draft-04';
  if (declared === 'http://json-schema.org/draft-06/schema#') return 'draft-06';
  if (declared === 'https://json-schema.org/draft/2019-09/schema#' || declared === 'https://json-schema.org/draft/2019-09/schema') return '2019-09';
  throw new Error(`unsupported $schema ${JSON.stringify(declared)}`);
}

export interface AjvWarnings {
  readonly warnings: string[];
}

/**
 * An Ajv for one draft, set up to generate standalone code: every error reported (the user sees up to
 * twenty), one function per `$ref` target (see shrink-schema.ts), unknown keywords ignored as the drafts
 * require, and formats checked with ajv-formats' "full" rules.
 */
export function createAjv(draft: Draft, sink: AjvWarnings): AjvCore {
  const options: Options = {
    code: { source: true, esm: true, formats: _`${new Name(FORMATS_BINDING)}` },
    allErrors: true,
    inlineRefs: false,
    strict: false,
    // Draft-04 and draft-06 patterns are ECMA 262 without the `u` flag (the License extension's `^CC\-` is a
    // syntax error with it); from 2019-09 on Ajv's default, `u`, is kept.
    unicodeRegExp: draft === '2019-09',
    logger: { log: () => {}, warn: (...args: unknown[]) => sink.warnings.push(args.join(' ')), error: (...args: unknown[]) => sink.warnings.push(args.join(' ')) },
  };
  const ajv: AjvCore = draft === '2019-09' ? new Ajv2019(options) : draft === 'draft-04' ? new AjvDraft04(options) : new Ajv(options);
  if (draft === 'draft-06') {
    const require = createRequire(import.meta.url);
    ajv.addMetaSchema(JSON.parse(readFileSync(require.resolve('ajv/dist/refs/json-schema-draft-06.json'), 'utf8')) as object);
  }
  for (const [name, format] of Object.entries(fullFormats)) {
    // A single regular expression is written into the compiled code; anything else is called from the
    // runtime's formats, so only names the runtime defines are added (others are ignored, with a warning).
    if (format instanceof RegExp || format === true) ajv.addFormat(name, format);
    else if (runtimeFormats[name] !== undefined) ajv.addFormat(name, runtimeFormats[name]);
  }
  return ajv;
}

