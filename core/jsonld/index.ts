/**
 * JSON-LD for Data Integrity proofs: the bundled contexts (never fetched), the static document loader and
 * RDFC-1.0 canonicalisation in safe mode. The contexts and jsonld itself load on first use.
 */
export { canonicalise } from './canonicalise.ts';
export type { Canonicalised, CanonicaliseOptions } from './canonicalise.ts';
export { contextUrlsIn, unknownContexts } from './context-urls.ts';
export { createBundledDocumentLoader } from './document-loader.ts';
export type { DocumentLoader, RemoteDocument } from './document-loader.ts';
export { UnknownContextError, unknownContextMessage } from './unknown-context.ts';
