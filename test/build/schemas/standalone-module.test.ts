import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { createAjv } from '../../../build/schemas/ajv-instance.ts';
import { ForbiddenCodeError, standaloneModule } from '../../../build/schemas/standalone-module.ts';

const FORBIDDEN = /\beval\s*\(|\bnew\s+Function\b|\bFunction\s*\(|\brequire\s*\(/;

describe('standaloneModule', () => {
  it("binds Ajv's CommonJS helpers and function formats to the runtime's ES exports", () => {
    const ajv = createAjv('2019-09', { warnings: [] });
    const validate = ajv.compile({
      type: 'object',
      properties: { name: { type: 'string', minLength: 2 }, tags: { type: 'array', uniqueItems: true }, on: { type: 'string', format: 'date' }, mail: { type: 'string', format: 'email' } },
    });
    const code = standaloneModule(ajv, validate, '/runtime.ts');
    expect(code.startsWith('import { deepEqual as __deepEqual, ucs2length as __ucs2length, formats as __schemaFormats } from "/runtime.ts";\n')).toBe(true);
    expect(code).toMatch(/export default validate/);
    expect(code).not.toMatch(FORBIDDEN);
    // A format that is one regular expression is written into the code itself.
    expect(code).not.toMatch(/__schemaFormats\["?email/);
  });

  it('imports nothing a schema does not need', () => {
    const ajv = createAjv('draft-04', { warnings: [] });
    const code = standaloneModule(ajv, ajv.compile({ $schema: 'http://json-schema.org/draft-04/schema#', type: 'object', required: ['a'] }));
    expect(code).not.toMatch(/^import /);
  });

  it('refuses code that would need require or eval at run time', () => {
    // ajv-formats' own setup makes Ajv write require("ajv-formats/dist/formats") into standalone code.
    const ajv = new Ajv2019({ code: { source: true, esm: true } });
    addFormats(ajv);
    const validate = ajv.compile({ type: 'string', format: 'date' });
    expect(() => standaloneModule(ajv, validate)).toThrow(ForbiddenCodeError);
  });
});
