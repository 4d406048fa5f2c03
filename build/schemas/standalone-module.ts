import { fileURLToPath } from 'node:url';
import type { default as AjvCore, AnyValidateFunction } from 'ajv/dist/core.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { FORMATS_BINDING } from './ajv-instance.ts';

/** The ES module compiled validators import their helpers from (core/schemas/runtime/index.ts). */
export const RUNTIME_MODULE: string = fileURLToPath(new URL('../../core/schemas/runtime/index.ts', import.meta.url));

/**
 * Ajv's standalone code, even with `code.esm`, still `require`s its CommonJS helpers; each helper it may ask
 * for is bound to the runtime's ES export of the same job instead. A helper not listed here fails the build
 * rather than ship a `require`.
 */
const HELPERS: readonly { readonly code: string; readonly local: string; readonly exported: string }[] = [
  { code: 'require("ajv/dist/runtime/equal").default', local: '__deepEqual', exported: 'deepEqual' },
  { code: 'require("ajv/dist/runtime/ucs2length").default', local: '__ucs2length', exported: 'ucs2length' },
];

/** Anything that would evaluate text as code, which Manifest V3's CSP forbids, or load CommonJS. */
const FORBIDDEN = /\beval\s*\(|\bnew\s+Function\b|\bFunction\s*\(|\brequire\s*\(/;

export class ForbiddenCodeError extends Error {}

/** The ES module text of one compiled validator: `export default validate`. */
export function standaloneModule(ajv: AjvCore, validate: AnyValidateFunction, runtimeModule: string = RUNTIME_MODULE): string {
  let code = standaloneCode(ajv, validate);
  const imports: string[] = [];
  for (const helper of HELPERS) {
    if (!code.includes(helper.code)) continue;
    code = code.split(helper.code).join(helper.local);
    imports.push(`${helper.exported} as ${helper.local}`);
  }
  if (new RegExp(`\\b${FORMATS_BINDING}\\b`).test(code)) imports.push(`formats as ${FORMATS_BINDING}`);
  const forbidden = FORBIDDEN.exec(code);
  if (forbidden !== null) {
    const at = forbidden.index;
    throw new ForbiddenCodeError(`compiled validator contains \`${forbidden[0]}\`: …${code.slice(Math.max(0, at - 60), at + 80)}…`);
  }
  const header = imports.length > 0 ? `import { ${imports.join(', ')} } from ${JSON.stringify(runtimeModule)};\n` : '';
  return header + code;
}
