import type { ContextCache } from './active-context.ts';
import { expandObject } from './expand-object.ts';
import type { LoadedContexts } from './load-contexts.ts';
import { QuadSink } from './quad-sink.ts';
import type { Quad } from './rdf-terms.ts';
import { isJsonObject } from './syntax.ts';
import { uncovered } from './uncovered.ts';

/**
 * The RDF dataset of a JSON-LD document (JSON-LD 1.1 API §8.1 Deserialize JSON-LD to RDF, after §5.1
 * Expansion and §7.2 Node Map Generation), as jsonld 9 would give it to rdf-canonize up to blank node
 * labels, for the documents the fast path covers; Uncovered for anything else.
 */
export function toQuads(input: unknown, contexts: LoadedContexts, cache: ContextCache): Quad[] {
  // A top-level array is a list of nodes in jsonld; a credential and a proof configuration are one object.
  if (!isJsonObject(input)) uncovered('a document that is not one JSON object');
  const walk = { sink: new QuadSink(), contexts, graph: undefined, expandObject };
  expandObject(walk, cache.initial, null, input, true);
  return walk.sink.quads;
}
