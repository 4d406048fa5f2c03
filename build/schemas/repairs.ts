import type { JsonObject } from './subschemas.ts';

/**
 * Mistakes in published schemas that stop them from compiling, mended before compilation. Each repair is
 * pinned to the exact bytes it mends (the file's sha256), so a corrected upstream file is never patched
 * twice, and the shipped file itself stays a faithful copy.
 */
export interface Repair {
  readonly reason: string;
  readonly apply: (schema: JsonObject) => JsonObject;
}

export const REPAIRS: ReadonlyMap<string, Repair> = new Map([
  [
    // OB 2.0 Accessibility extension: `required` was written inside `properties`, where it declares a
    // property named "required" whose schema is an array, which no draft-04 validator accepts. Its place
    // and its list (`url`, `accessibilityFeature`) say what was meant: the object's required properties.
    'b2b90d575a3cfa6db9d8e28729e35cee7f411ecb04406c8a84fbe40f1171a954',
    {
      reason: '`required` moved from inside `properties` to the object it was written for',
      apply(schema) {
        const { required, ...properties } = schema.properties as JsonObject;
        return { ...schema, properties, required };
      },
    },
  ],
]);
