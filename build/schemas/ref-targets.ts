import { allSlots, isJsonObject, slotValue, type JsonObject } from './subschemas.ts';

/** A document of one draft family, by the URL its `$ref`s are resolved against. */
export interface FamilyDocument {
  readonly url: string;
  readonly schema: JsonObject;
}

const decodeSegment = (segment: string): string => decodeURIComponent(segment).replaceAll('~1', '/').replaceAll('~0', '~');

/**
 * For each document, the places in it that some `$ref` in the family points at, as JSON Pointer segment
 * lists. A reference by anchor (a fragment that is not a pointer) protects the whole document ([]), since
 * where an anchor stands cannot be told without resolving it.
 */
export function refTargets(documents: readonly FamilyDocument[]): Map<string, string[][]> {
  const targets = new Map<string, string[][]>(documents.map((d) => [d.url, []]));
  for (const { url, schema } of documents) {
    const refs = [schema, ...allSlots(schema).map(slotValue)]
      .map((s) => s.$ref)
      .filter((ref): ref is string => typeof ref === 'string');
    for (const ref of refs) {
      const resolved = new URL(ref, isJsonObject(schema) && typeof schema.$id === 'string' ? schema.$id : url);
      const fragment = resolved.hash.slice(1);
      resolved.hash = '';
      const list = targets.get(resolved.href) ?? targets.get(`${resolved.href}#`);
      // The whole document (no fragment) is never moved; a pointer protects its place; an anchor, everything.
      if (list === undefined || fragment === '') continue;
      list.push(fragment.startsWith('/') ? fragment.slice(1).split('/').map(decodeSegment) : []);
    }
  }
  return targets;
}
