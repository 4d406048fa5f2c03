/**
 * Where a JSON Schema keeps its subschemas. Only values at these places are schemas; everything else
 * (`enum`, `const`, `default`, `required`, unknown keywords) is data and must never be rewritten.
 */

export type JsonObject = { [key: string]: unknown };

/** Keywords whose value is one schema. */
const SCHEMA = ['additionalItems', 'additionalProperties', 'contains', 'else', 'if', 'not', 'propertyNames', 'then', 'unevaluatedItems', 'unevaluatedProperties'];
/** Keywords whose value is an array of schemas (`items` also takes one schema). */
const SCHEMA_ARRAY = ['allOf', 'anyOf', 'oneOf', 'items'];
/** Keywords whose value maps names to schemas (draft-04..07 `dependencies` also maps names to arrays). */
const SCHEMA_MAP = ['$defs', 'definitions', 'dependentSchemas', 'dependencies', 'patternProperties', 'properties'];

export const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One place that holds a subschema: `holder[key]`, reached from the root by `path` (JSON Pointer segments). */
export interface SubschemaSlot {
  readonly holder: JsonObject | unknown[];
  readonly key: string | number;
  readonly path: readonly string[];
}

/** The object subschemas directly inside `schema` (boolean schemas are left where they are). */
export function subschemaSlots(schema: JsonObject, path: readonly string[] = []): SubschemaSlot[] {
  const slots: SubschemaSlot[] = [];
  for (const [keyword, value] of Object.entries(schema)) {
    if (SCHEMA.includes(keyword) && isJsonObject(value)) slots.push({ holder: schema, key: keyword, path: [...path, keyword] });
    else if (SCHEMA_ARRAY.includes(keyword) && Array.isArray(value)) {
      value.forEach((item, i) => {
        if (isJsonObject(item)) slots.push({ holder: value, key: i, path: [...path, keyword, String(i)] });
      });
    } else if (keyword === 'items' && isJsonObject(value)) slots.push({ holder: schema, key: keyword, path: [...path, keyword] });
    else if (SCHEMA_MAP.includes(keyword) && isJsonObject(value)) {
      for (const [name, item] of Object.entries(value)) {
        if (isJsonObject(item)) slots.push({ holder: value, key: name, path: [...path, keyword, name] });
      }
    }
  }
  return slots;
}

export function slotValue(slot: SubschemaSlot): JsonObject {
  return (slot.holder as Record<string | number, unknown>)[slot.key] as JsonObject;
}

export function setSlot(slot: SubschemaSlot, value: JsonObject): void {
  (slot.holder as Record<string | number, unknown>)[slot.key] = value;
}

/** Every object subschema in the document, parents before children, with its path. */
export function allSlots(root: JsonObject): SubschemaSlot[] {
  const out: SubschemaSlot[] = [];
  const visit = (schema: JsonObject, path: readonly string[]): void => {
    for (const slot of subschemaSlots(schema, path)) {
      out.push(slot);
      visit(slotValue(slot), slot.path);
    }
  };
  visit(root, []);
  return out;
}
