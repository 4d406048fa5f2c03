/**
 * JSON-LD for Data Integrity proofs: the bundled contexts (never fetched), the static document loader and
 * RDFC-1.0 canonicalisation in safe mode, by a fast path for the bundled contexts (core/jsonld/fast) that
 * gives jsonld's bytes, or by jsonld itself. Each context loads on first use, and jsonld only when the
 * fast path hands a document over.
 */
export { canonicalise } from './canonicalise.ts';
export type { Canonicalised, CanonicaliseOptions } from './canonicalise.ts';
export { contextUrlsIn, unknownContexts } from './context-urls.ts';
export { createBundledDocumentLoader } from './document-loader.ts';
export type { DocumentLoader, RemoteDocument } from './document-loader.ts';
export { UnknownContextError, unknownContextMessage } from './unknown-context.ts';
