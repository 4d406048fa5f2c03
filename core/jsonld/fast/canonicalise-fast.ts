import canonize, { type CanonizeOptions } from 'rdf-canonize';
import type { DocumentLoader } from '../document-loader.ts';
import type { ContextCache } from './active-context.ts';
import { loadContexts } from './load-contexts.ts';
import { toQuads } from './to-quads.ts';
import { Uncovered } from './uncovered.ts';

export interface FastOptions {
  readonly documentLoader: DocumentLoader;
  /** Contexts processed by earlier calls; see createContextCache. */
  readonly contexts: ContextCache;
  /** rdf-canonize's options: the very ones jsonld is given, so that both paths canonicalise alike. */
  readonly canonize: CanonizeOptions;
}

export type FastResult = { readonly covered: true; readonly nquads: string } | { readonly covered: false; readonly reason: string };

/**
 * RDFC-1.0 canonical N-Quads of a JSON-LD document without jsonld, for the documents Open Badges 3.0
 * and CLR 2.0 credentials and their proof configurations are under the bundled contexts: the same bytes
 * jsonld.canonize gives in safe mode (test/core/jsonld/fast proves it over the peers' credentials and
 * thousands of generated ones), in a fraction of the time, and without loading jsonld.
 *
 * Anything else is `covered: false`, with the reason: the caller hands the document to jsonld, which
 * canonicalises it or refuses it as safe mode does. That includes every error, so this never throws and
 * never decides that a document is invalid.
 *
 * @example
 * const fast = await canonicaliseFast(credential, { documentLoader, contexts, canonize: { algorithm: 'RDFC-1.0' } });
 * const nquads = fast.covered ? fast.nquads : await viaJsonld(credential);
 */
export async function canonicaliseFast(input: object, options: FastOptions): Promise<FastResult> {
  let quads;
  try {
    quads = toQuads(input, await loadContexts(input, options.documentLoader), options.contexts);
  } catch (error) {
    // Uncovered by design; anything else would be a fault here, and jsonld is the safe answer to it too.
    return { covered: false, reason: error instanceof Uncovered ? error.reason : `unexpected: ${String(error)}` };
  }
  try {
    return { covered: true, nquads: await canonize.canonize(quads, options.canonize) };
  } catch (error) {
    // Too many blank node comparisons (maxWorkFactor) or an aborted signal: jsonld, given the same
    // dataset and options, fails the same way, and its failure is the one to report.
    return { covered: false, reason: `canonicalisation failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
