// The part of rdf-canonize 5 that Badge Lens calls (it ships no types): RDFC-1.0 over a dataset given as
// RDF/JS quads, as jsonld itself calls it.

declare module 'rdf-canonize' {
  interface Term {
    readonly termType: 'NamedNode' | 'BlankNode' | 'Literal' | 'DefaultGraph';
    readonly value: string;
    readonly datatype?: { readonly termType: 'NamedNode'; readonly value: string };
    readonly language?: string;
  }

  export interface Quad {
    readonly subject: Term;
    readonly predicate: Term;
    readonly object: Term;
    readonly graph: Term;
  }

  /** One SHA-256 digest over strings (the same shape jsonld's canonizeOptions take). */
  export interface MessageDigest {
    update(message: string): void;
    digest(): string | Promise<string>;
  }

  export interface CanonizeOptions {
    readonly algorithm: 'RDFC-1.0';
    readonly createMessageDigest?: () => MessageDigest;
    readonly maxWorkFactor?: number;
    readonly signal?: AbortSignal;
  }

  const canonize: {
    canonize(dataset: readonly Quad[], options: CanonizeOptions): Promise<string>;
  };
  export default canonize;
}
