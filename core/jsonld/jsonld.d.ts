// The part of jsonld 9 that Badge Lens calls (it ships no types). Only `canonize` is used, always with a
// document loader of our own: the default loaders fetch from the network.

declare module 'jsonld' {
  /** What a document loader resolves to (JSON-LD 1.1 API §9.4.3 RemoteDocument). */
  export interface RemoteDocument {
    readonly contextUrl: string | null;
    readonly document: object | string;
    readonly documentUrl: string;
    /** 'static' lets jsonld keep the processed context across calls, keyed by URL alone. */
    readonly tag?: 'static';
  }

  export type DocumentLoader = (url: string) => Promise<RemoteDocument>;

  /** One SHA-256 (or other) digest over strings, as rdf-canonize asks for it. */
  export interface MessageDigest {
    update(message: string): void;
    digest(): string | Promise<string>;
  }

  export interface CanonizeOptions {
    readonly algorithm?: 'RDFC-1.0' | 'URDNA2015';
    readonly format?: 'application/n-quads';
    readonly documentLoader: DocumentLoader;
    readonly safe?: boolean;
    readonly base?: string | null;
    readonly canonizeOptions?: {
      readonly algorithm?: 'RDFC-1.0';
      readonly createMessageDigest?: () => MessageDigest;
      readonly maxWorkFactor?: number;
      readonly signal?: AbortSignal;
    };
  }

  const jsonld: {
    canonize(input: object, options: CanonizeOptions): Promise<string>;
  };
  export default jsonld;
}
