import { DEFAULT_GRAPH, namedNode, type BlankNode, type NamedNode, type Quad, type RdfObject, type Subject } from './rdf-terms.ts';

/**
 * The dataset being built, with jsonld's duplicate rule. RDFC-1.0 canonicalises a list of quads, not a
 * set, so a quad that appears twice is written twice; the two paths must agree on which repeats there
 * are. jsonld's Node Map Generation (JSON-LD 1.1 API §7.2) adds a value to a node's property only when
 * an equal one is not already there, equal meaning: the same @id, or the same @value, @type and
 * @language (jsonld's compareValues) — so `5` and `"5"` typed xsd:integer are two values that give the
 * same quad twice, while the same IRI given twice is one. @type is its own entry there, apart from an
 * explicit rdf:type property. Lists are never merged.
 */
export class QuadSink {
  readonly quads: Quad[] = [];
  private readonly seen = new Map<string, Set<string>>();
  private blankNodes = 0;
  private readonly jsonObjects = new Map<object, number>();

  /** A new blank node (JSON-LD 1.1 API §7.4 Generate Blank Node Identifier; canonicalisation relabels it). */
  blankNode(): BlankNode {
    return { termType: 'BlankNode', value: `b${this.blankNodes++}` };
  }

  /**
   * Adds (subject, predicate, object) to a graph, unless the subject's `entry` there already holds a value equal to it.
   * `entry` is the expanded property, or '@type'; `same` is the value's identity under compareValues,
   * or undefined for a value nothing can equal (a new blank node, a list).
   */
  add(graph: BlankNode | undefined, subject: Subject, entry: string, predicate: string, object: RdfObject, same: string | undefined): void {
    if (same !== undefined) {
      // One node map per graph (§7.2). Absolute IRIs hold no whitespace, so spaces separate the parts.
      const slot = `${graph?.value ?? ''} ${subject.termType === 'BlankNode' ? '_:' : ''}${subject.value} ${entry}`;
      let values = this.seen.get(slot);
      if (values === undefined) this.seen.set(slot, (values = new Set()));
      if (values.has(same)) return;
      values.add(same);
    }
    this.quads.push({ subject, predicate: namedNode(predicate), object, graph: graph ?? DEFAULT_GRAPH });
  }

  /** compareValues' identity of a node reference. */
  static sameNode(node: NamedNode): string {
    return `@id ${node.value}`;
  }

  /** compareValues' identity of a value object: its @value (type included), @type and @language. */
  static sameValue(value: string | number | boolean, type: string | undefined, language: string | undefined): string {
    return JSON.stringify([typeof value, value, type ?? null, language ?? null]);
  }

  /** A JSON literal's @value is compared with `===`: primitives by value, objects and arrays by identity. */
  sameJson(value: unknown): string {
    if (typeof value !== 'object' || value === null) return `@json ${JSON.stringify([typeof value, value])}`;
    let n = this.jsonObjects.get(value);
    if (n === undefined) this.jsonObjects.set(value, (n = this.jsonObjects.size));
    return `@json object ${n}`;
  }
}
