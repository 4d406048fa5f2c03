import { allSlots, isJsonObject, setSlot, slotValue, subschemaSlots, type JsonObject } from './subschemas.ts';

/**
 * Makes a schema compile to less code without changing what it accepts or the errors it reports at each
 * place in the data. The OB 3.0 and CLR 2.0 schemas repeat the same subschema (a string or a language map,
 * one item or an array of them) a hundred times, and Ajv writes code for each copy: its code for one OB 3.0
 * credential schema is 440 KB minified. Two rewrites bring that down to about a third:
 *
 * 1. annotations (`title`, `description`, `$comment`, `examples`) are dropped: they never affect validation;
 * 2. a subschema written more than once is moved under `$defs` (`definitions` before 2019-09) and each copy
 *    becomes a `$ref` to it, which Ajv (with `inlineRefs: false`) compiles once.
 *
 * The second is skipped for a document that uses anything that makes a subschema's meaning depend on where
 * it stands (a nested `$id`, anchors, recursive or dynamic references, `unevaluated*`), and a subschema is
 * never moved if a `$ref` points at it or into it.
 */

const ANNOTATIONS = new Set(['title', 'description', '$comment', 'examples']);
const PLACE_DEPENDENT = new Set(['$anchor', '$recursiveAnchor', '$recursiveRef', '$dynamicAnchor', '$dynamicRef', 'unevaluatedProperties', 'unevaluatedItems']);
/** Smaller subschemas cost no more code inline than as a `$ref`. */
const MIN_SHARED_LENGTH = 64;
const MAX_ROUNDS = 10;

export interface ShrinkOptions {
  /** `$defs` (2019-09 and later) or `definitions` (draft-04 to draft-07). */
  readonly definitionsKeyword: '$defs' | 'definitions';
  /** JSON Pointers (as segment lists) into this document that some `$ref` targets; never moved. */
  readonly refTargets: readonly (readonly string[])[];
}

export function withoutAnnotations(schema: JsonObject): JsonObject {
  const copy: JsonObject = {};
  for (const [keyword, value] of Object.entries(schema)) if (!ANNOTATIONS.has(keyword)) copy[keyword] = structuredClone(value);
  for (const slot of subschemaSlots(copy)) setSlot(slot, withoutAnnotations(slotValue(slot)));
  return copy;
}

/** True when moving a subschema elsewhere in the document could change what it means. */
export function hasPlaceDependentKeywords(root: JsonObject): boolean {
  return allSlots(root).some(({ holder, key }) => {
    const schema = (holder as Record<string | number, unknown>)[key] as JsonObject;
    return Object.keys(schema).some((k) => PLACE_DEPENDENT.has(k)) || typeof schema.$id === 'string' || typeof schema.id === 'string';
  }) || Object.keys(root).some((k) => PLACE_DEPENDENT.has(k));
}

const startsWith = (path: readonly string[], prefix: readonly string[]): boolean => prefix.every((segment, i) => path[i] === segment);

export function shareRepeatedSubschemas(root: JsonObject, options: ShrinkOptions): JsonObject {
  const result = structuredClone(root);
  const existing = result[options.definitionsKeyword];
  const definitions: JsonObject = isJsonObject(existing) ? existing : {};
  result[options.definitionsKeyword] = definitions;
  const protectedPaths: (readonly string[])[] = [...options.refTargets];
  // A slot may move unless a reference points at it or into it.
  const movable = (path: readonly string[]): boolean => !protectedPaths.some((target) => startsWith(target, path));
  const names = new Map<string, string>();
  let next = 0;

  for (let round = 0; round < MAX_ROUNDS; round++) {
    const counts = new Map<string, number>();
    for (const slot of allSlots(result)) {
      const text = JSON.stringify(slotValue(slot));
      if (text.length >= MIN_SHARED_LENGTH && movable(slot.path)) counts.set(text, (counts.get(text) ?? 0) + 1);
    }
    const repeated = new Set([...counts].filter(([, count]) => count > 1).map(([text]) => text));
    if (repeated.size === 0) break;

    // Outermost copies first: once a subschema is replaced, the copies inside it are gone with it.
    const replace = (schema: JsonObject, path: readonly string[]): void => {
      for (const slot of subschemaSlots(schema, path)) {
        const value = slotValue(slot);
        const text = JSON.stringify(value);
        if (repeated.has(text) && movable(slot.path)) {
          let name = names.get(text);
          if (name === undefined) {
            do name = `shared${next++}`;
            while (name in definitions);
            names.set(text, name);
            definitions[name] = value;
            protectedPaths.push([options.definitionsKeyword, name]);
          }
          setSlot(slot, { $ref: `#/${options.definitionsKeyword}/${name}` });
        } else replace(value, slot.path);
      }
    };
    replace(result, []);
  }
  if (Object.keys(definitions).length > 0) return result;
  const { [options.definitionsKeyword]: _empty, ...withoutDefinitions } = result;
  return withoutDefinitions;
}

export function shrinkSchema(root: JsonObject, options: ShrinkOptions): JsonObject {
  const bare = withoutAnnotations(root);
  return hasPlaceDependentKeywords(bare) ? bare : shareRepeatedSubschemas(bare, options);
}
