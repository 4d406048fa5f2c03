import type { ActiveContext } from './active-context.ts';
import { applyEmbeddedContext } from './embedded-context.ts';
import { expandIri } from './expand-iri.ts';
import { expandProperty } from './expand-property.ts';
import { literal } from './literal.ts';
import { applyContext } from './process-context.ts';
import { QuadSink } from './quad-sink.ts';
import { namedNode, RDF_TYPE, type Subject } from './rdf-terms.ts';
import { BCP47, hasOwn, isAbsoluteIri, isKeyword, isNamedIri } from './syntax.ts';
import { uncovered } from './uncovered.ts';
import type { Expanded, JsonObject, Walk } from './walk.ts';

/** An object's entries after IRI expansion of their keys: the keyword ones by keyword, and the properties. */
interface Entries {
  readonly keywords: ReadonlyMap<string, string>;
  readonly properties: readonly (readonly [key: string, iri: string])[];
}

const COVERED_KEYWORDS = new Set(['@id', '@type', '@value', '@language']);

/**
 * The Expansion Algorithm (JSON-LD 1.1 API §5.1) for a JSON object, as jsonld 9 does it, emitting the
 * node's quads as it goes (§7.2, §8.1): a node object gives its IRI or a new blank node, a value object
 * (@value, with @type or @language) gives its literal. `property` is the term whose value it is, null
 * at the top. Entries, and types, are taken in the order jsonld sorts them (JavaScript's sort, by UTF-16
 * code units, which §5.1 calls code point order).
 */
export function expandObject(walk: Walk, incoming: ActiveContext, property: string | null, element: JsonObject, standalone = false): Expanded {
  const keys = Object.keys(element).sort();
  let active = incoming;
  // §5.1 step 7: a type-scoped context does not reach nested node objects; jsonld keeps it for a value
  // object and for a node reference ({ "id": … } alone).
  if (incoming.previous !== undefined && !keepsTypeScope(incoming, keys)) active = incoming.previous;
  // §5.1 step 8: the property-scoped context of the term this object is the value of.
  const definition = property === null ? undefined : incoming.terms.get(property);
  if (definition !== undefined && '@context' in definition) active = applyContext(active, definition['@context'], 'property');
  // §5.1 step 9.
  if (hasOwn(element, '@context')) active = applyEmbeddedContext(walk, active, element['@context']);
  // §5.1 steps 10–11: type-scoped contexts, in sorted order of the types, looked up in the context as it
  // was before any of them; each key is expanded in the context as it stands then, as jsonld does.
  const typeScoped = active;
  let typeKey: string | undefined;
  for (const key of keys) {
    if (expandIri(active, key, true) !== '@type') continue;
    if (typeKey !== undefined) uncovered('two entries expand to @type');
    typeKey = key;
    const value = element[key];
    const types = Array.isArray(value) ? (value.length > 1 ? [...(value as unknown[])].sort() : (value as unknown[])) : [value];
    for (const type of types) {
      const scoped = typeof type === 'string' ? typeScoped.terms.get(type) : undefined;
      if (scoped !== undefined && '@context' in scoped) active = applyContext(active, scoped['@context'], 'type');
    }
  }
  const entries = expandKeys(active, keys);
  return entries.keywords.has('@value')
    ? valueObject(active, typeScoped, standalone, element, entries)
    : nodeObject(walk, active, typeScoped, standalone, element, entries);
}

function keepsTypeScope(active: ActiveContext, keys: readonly string[]): boolean {
  if (keys.length > 2 || keys.includes('@context')) return false;
  return keys.some((key) => {
    const iri = expandIri(active, key, true);
    return iri === '@value' || (iri === '@id' && keys.length === 1);
  });
}

/** §5.1 steps 13.2–13.4: each key as an IRI; safe mode refuses a key that is none (an undefined term). */
function expandKeys(active: ActiveContext, keys: readonly string[]): Entries {
  const keywords = new Map<string, string>();
  const properties: [string, string][] = [];
  for (const key of keys) {
    if (key === '@context') continue;
    const iri = expandIri(active, key, true);
    if (iri === null || !(isAbsoluteIri(iri) || isKeyword(iri))) uncovered(`the term ${key} is not defined`);
    if (!isKeyword(iri)) {
      // A blank node as a predicate is not RDF (§8.1); safe mode refuses it.
      if (!isNamedIri(iri)) uncovered(`the key ${key} is a blank node`);
      properties.push([key, iri]);
      continue;
    }
    // §5.1 step 13.4.2: colliding keywords.
    if (keywords.has(iri)) uncovered(`two entries expand to ${iri}`);
    if (!COVERED_KEYWORDS.has(iri)) uncovered(`the keyword ${iri}`);
    keywords.set(iri, key);
  }
  return { keywords, properties };
}

/** A node object: its subject, its types (§5.1 step 13.4.4, in the type-scoped context) and its properties. */
function nodeObject(walk: Walk, active: ActiveContext, typeScoped: ActiveContext, standalone: boolean, element: JsonObject, entries: Entries): Expanded {
  if (entries.keywords.has('@language')) uncovered('@language on a node object');
  const idKey = entries.keywords.get('@id');
  const typeKey = entries.keywords.get('@type');
  const subject: Subject = idKey === undefined ? walk.sink.blankNode() : namedNode(nodeId(active, element[idKey]));
  const types = typeKey === undefined ? [] : typeIris(typeScoped, element[typeKey]);
  // §5.1 steps 13.12 and 19: standing alone, an object with nothing but an @id (or nothing) is dropped,
  // which safe mode refuses.
  const count = (idKey === undefined ? 0 : 1) + (types.length > 0 ? 1 : 0) + new Set(entries.properties.map(([, iri]) => iri)).size;
  if (standalone && (count === 0 || (count === 1 && idKey !== undefined))) uncovered('a top-level object with no properties');
  for (const type of types) walk.sink.add(walk.graph, subject, '@type', RDF_TYPE, namedNode(type), type);
  for (const [key, iri] of entries.properties) expandProperty(walk, active, subject, key, iri, element[key]);
  return { object: subject, same: subject.termType === 'NamedNode' ? QuadSink.sameNode(subject) : undefined };
}

/** §5.1 step 13.4.3: @id, a string IRI-expanded without @vocab; a blank node identifier is not covered. */
function nodeId(active: ActiveContext, raw: unknown): string {
  if (typeof raw !== 'string') return uncovered('an @id that is not a string');
  const id = expandIri(active, raw, false);
  return id !== null && isNamedIri(id) ? id : uncovered(`the @id ${raw} is not an absolute IRI`);
}

function typeIris(typeScoped: ActiveContext, raw: unknown): string[] {
  const types = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? (raw as unknown[]) : uncovered('an @type that is not a string or a list');
  return types.map((type) => {
    if (typeof type !== 'string') return uncovered('an @type that is not a string');
    const iri = expandIri(typeScoped, type, true);
    return iri !== null && isNamedIri(iri) ? iri : uncovered(`the type ${type} is not defined`);
  });
}

/** A value object (§5.1 steps 13.4.7–13.4.8, 15): @value with @type or @language (lower-cased), nothing else. */
function valueObject(active: ActiveContext, typeScoped: ActiveContext, standalone: boolean, element: JsonObject, entries: Entries): Expanded {
  if (standalone) uncovered('a value object standing alone');
  const { keywords } = entries;
  if (entries.properties.length > 0 || keywords.has('@id') || (keywords.has('@type') && keywords.has('@language'))) uncovered('a value object with other entries');
  const value = element[keywords.get('@value')!];
  if (!(typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)))) {
    uncovered('a @value that is not a string, a number or a boolean');
  }
  let language: string | undefined;
  const languageKey = keywords.get('@language');
  if (languageKey !== undefined) {
    const raw = element[languageKey];
    // A null @language is dropped by jsonld, a malformed one refused in safe mode; only strings carry one.
    if (typeof raw !== 'string' || !BCP47.test(raw) || typeof value !== 'string') uncovered('an @language jsonld would not keep');
    language = raw.toLowerCase();
  }
  let type: string | undefined;
  const typeKey = keywords.get('@type');
  if (typeKey !== undefined) {
    const raw = element[typeKey];
    if (typeof raw !== 'string' || expandIri(active, raw, true) === '@json') uncovered('a value object @type jsonld reads otherwise');
    const iri = expandIri(typeScoped, raw, true);
    type = iri !== null && isNamedIri(iri) ? iri : uncovered(`the datatype ${raw} is not an IRI`);
  }
  return { object: literal(value, type, language), same: QuadSink.sameValue(value, type, language) };
}
