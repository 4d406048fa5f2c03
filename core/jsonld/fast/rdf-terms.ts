// RDF terms and quads in the shape rdf-canonize reads (the RDF/JS data model), as jsonld 9 hands them to it.

export const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
export const XSD = 'http://www.w3.org/2001/XMLSchema#';
export const RDF_TYPE = `${RDF}type`;
export const RDF_FIRST = `${RDF}first`;
export const RDF_REST = `${RDF}rest`;
export const RDF_NIL = `${RDF}nil`;
export const RDF_JSON = `${RDF}JSON`;
export const RDF_LANGSTRING = `${RDF}langString`;
export const XSD_BOOLEAN = `${XSD}boolean`;
export const XSD_DOUBLE = `${XSD}double`;
export const XSD_INTEGER = `${XSD}integer`;
export const XSD_STRING = `${XSD}string`;

export interface NamedNode {
  readonly termType: 'NamedNode';
  readonly value: string;
}

export interface BlankNode {
  readonly termType: 'BlankNode';
  /** The label without `_:`; labels are replaced by canonical ones, so only their distinctness matters. */
  readonly value: string;
}

export interface Literal {
  readonly termType: 'Literal';
  readonly value: string;
  readonly datatype: NamedNode;
  readonly language?: string;
}

export interface DefaultGraph {
  readonly termType: 'DefaultGraph';
  readonly value: '';
}

export type Subject = NamedNode | BlankNode;
export type RdfObject = NamedNode | BlankNode | Literal;

export interface Quad {
  readonly subject: Subject;
  readonly predicate: NamedNode;
  readonly object: RdfObject;
  readonly graph: DefaultGraph | BlankNode;
}

export const DEFAULT_GRAPH: DefaultGraph = { termType: 'DefaultGraph', value: '' };

export function namedNode(value: string): NamedNode {
  return { termType: 'NamedNode', value };
}
