import type { ActiveContext } from './active-context.ts';
import { expandIri } from './expand-iri.ts';
import { jsonLiteral, literal } from './literal.ts';
import { applyContext } from './process-context.ts';
import { QuadSink } from './quad-sink.ts';
import { namedNode, RDF_FIRST, RDF_NIL, RDF_REST, type RdfObject, type Subject } from './rdf-terms.ts';
import { isJsonObject, isNamedIri } from './syntax.ts';
import { uncovered } from './uncovered.ts';
import type { Expanded, Walk } from './walk.ts';

/**
 * One property of a node object (JSON-LD 1.1 API §5.1 steps 13.5–13.14) and its quads: each value, a
 * JSON literal for an @json term, or a list for an @list container. `active` is the node's context;
 * the term's own scoped context applies to its values.
 */
export function expandProperty(walk: Walk, active: ActiveContext, subject: Subject, key: string, iri: string, value: unknown): void {
  const definition = active.terms.get(key);
  if (definition?.reverse === true) uncovered(`the reverse property ${key}`);
  const container = definition?.['@container'] ?? [];
  // @set changes nothing in RDF; @language, @index, @id and @type containers are not covered.
  if (container.some((c) => c !== '@set' && c !== '@list' && c !== '@graph')) uncovered(`the ${container.join(' ')} container of ${key}`);
  const termActive = definition !== undefined && '@context' in definition ? applyContext(active, definition['@context'], 'property') : active;
  // jsonld reads the container and @json from the node's context but the rest from the term's; they are
  // the same unless the scoped context redefines its own term, which no bundled context does.
  if (termActive.terms.get(key) !== definition) uncovered(`the scoped context of ${key} redefines it`);

  const isList = container.includes('@list');
  // §5.1 step 13.6: the whole value, whatever it is, is one JSON literal.
  if (definition?.['@type'] === '@json') {
    if (isList || container.includes('@graph')) uncovered(`the JSON ${container.join(' ')} ${key}`);
    walk.sink.add(walk.graph, subject, iri, iri, jsonLiteral(value), walk.sink.sameJson(value));
    return;
  }
  const items = Array.isArray(value) ? (value as unknown[]) : [value];
  if (isList) {
    // §5.1 step 13.11, §8.3: a list is a new structure each time; nothing merges it with another.
    walk.sink.add(walk.graph, subject, iri, iri, listHead(walk, items.map((item) => expandItem(walk, termActive, key, item).object)), undefined);
    return;
  }
  if (container.includes('@graph')) {
    for (const item of items) expandGraph(walk, termActive, subject, key, iri, item);
    return;
  }
  for (const item of items) {
    const { object, same } = expandItem(walk, termActive, key, item);
    walk.sink.add(walk.graph, subject, iri, iri, object, same);
  }
}

/**
 * A value of an @graph container, as a proof is in VC 1.1 and 2.0 (JSON-LD 1.1 API §5.1 step 13.12):
 * the object becomes a graph of its own, named by a new blank node that is the property's value (§7.2
 * steps 6.2, 6.6 and 6.10; §8.1 step 1.2). A scalar there would be dropped, and an object that holds
 * nothing but an @id too; safe mode refuses both.
 */
function expandGraph(walk: Walk, active: ActiveContext, subject: Subject, key: string, iri: string, item: unknown): void {
  if (!isJsonObject(item)) uncovered(`a value of the graph ${key} that is not an object`);
  const graph = walk.sink.blankNode();
  walk.sink.add(walk.graph, subject, iri, iri, graph, undefined);
  walk.expandObject({ ...walk, graph }, active, key, item, true);
}

function expandItem(walk: Walk, active: ActiveContext, key: string, item: unknown): Expanded {
  if (isJsonObject(item)) return walk.expandObject(walk, active, key, item);
  if (typeof item === 'string' || typeof item === 'boolean' || (typeof item === 'number' && Number.isFinite(item))) return expandValue(active, key, item);
  // null is dropped by jsonld (what is dropped is not signed); an array in an array is flattened, or in a
  // list nested; anything else is not JSON.
  return uncovered(item === null ? `a null value of ${key}` : Array.isArray(item) ? `an array in an array in ${key}` : `a value of ${key} that is not JSON`);
}

/**
 * Value Expansion (JSON-LD 1.1 API §5.3) of a string, number or boolean: an IRI for @id and @vocab
 * terms (a string only), else a literal typed by the term's type mapping. Default languages are not
 * covered, so a string without a type is a plain xsd:string.
 */
function expandValue(active: ActiveContext, key: string, value: string | number | boolean): Expanded {
  const type = active.terms.get(key)?.['@type'];
  if ((type === '@id' || type === '@vocab') && typeof value === 'string') {
    // §5.3 steps 1–2: @vocab-typed values are expanded as terms too (proofPurpose: assertionMethod).
    const iri = expandIri(active, value, type === '@vocab');
    // A relative reference is dropped in RDF (§8.2 step 1), which safe mode refuses.
    if (iri === null || !isNamedIri(iri)) uncovered(`the value ${value} of ${key} is not an absolute IRI`);
    const node = namedNode(iri);
    return { object: node, same: QuadSink.sameNode(node) };
  }
  if (type === '@none' || type === '@json') uncovered(`the ${type} type of ${key}`);
  // §5.3 step 4; @id and @vocab do not type numbers and booleans.
  const datatype = type === '@id' || type === '@vocab' ? undefined : type;
  return { object: literal(value, datatype, undefined), same: QuadSink.sameValue(value, datatype, undefined) };
}

/** List to RDF Conversion (JSON-LD 1.1 API §8.3): rdf:first/rdf:rest through new blank nodes, or rdf:nil. */
function listHead(walk: Walk, items: readonly RdfObject[]): RdfObject {
  if (items.length === 0) return namedNode(RDF_NIL);
  const nodes = items.map(() => walk.sink.blankNode());
  items.forEach((item, i) => {
    walk.sink.add(walk.graph, nodes[i]!, RDF_FIRST, RDF_FIRST, item, undefined);
    walk.sink.add(walk.graph, nodes[i]!, RDF_REST, RDF_REST, nodes[i + 1] ?? namedNode(RDF_NIL), undefined);
  });
  return nodes[0]!;
}
