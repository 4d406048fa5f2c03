import type { ActiveContext } from './active-context.ts';
import type { LoadedContexts } from './load-contexts.ts';
import type { QuadSink } from './quad-sink.ts';
import type { BlankNode, RdfObject } from './rdf-terms.ts';

export type JsonObject = Readonly<Record<string, unknown>>;

/** What a JSON value turned into: the RDF term that stands for it, and its identity for duplicates (QuadSink). */
export interface Expanded {
  readonly object: RdfObject;
  readonly same: string | undefined;
}

/**
 * One document's expansion: where its quads go and the contexts it names. Expansion and Node Map
 * Generation happen in one walk, each node object turning into quads as it is met, instead of building
 * jsonld's expanded document and node map in between.
 */
export interface Walk {
  readonly sink: QuadSink;
  readonly contexts: LoadedContexts;
  /** The named graph the quads go to (a proof's, under an @graph container), or undefined for the default graph. */
  readonly graph: BlankNode | undefined;
  /** expandObject, passed along so that property values can recurse into it without a module cycle. */
  readonly expandObject: ExpandObject;
}

/**
 * Expands a JSON object (expand-object.ts). `standalone` is true for an object that is not the value of
 * a property in its graph: the document itself, or the content of an @graph container, which jsonld drops
 * (and safe mode refuses) when it holds nothing but an @id.
 */
export type ExpandObject = (walk: Walk, active: ActiveContext, property: string | null, element: JsonObject, standalone?: boolean) => Expanded;
