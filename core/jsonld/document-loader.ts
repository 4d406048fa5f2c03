import type { DocumentLoader, RemoteDocument } from 'jsonld';
import { createContextCache, type ContextCache } from './fast/active-context.ts';
import { UnknownContextError } from './unknown-context.ts';

export type { DocumentLoader, RemoteDocument };

/** The bundled loader, carrying what the JSON-LD fast path derived from the contexts it answers with. */
export interface BundledDocumentLoader extends DocumentLoader {
  readonly contextCache: ContextCache;
}

/**
 * A document loader for jsonld that answers only from the bundled contexts: an unknown URL rejects with
 * an UnknownContextError naming it, and nothing is ever fetched (DESIGN.md, Security rules). Each context
 * loads on the first call that asks for it, so creating a loader costs nothing.
 *
 * Every loader answers a URL with the same document and tags it 'static', which lets jsonld keep the
 * processed context between calls (its cache is keyed by URL alone, so a test loader that maps a URL
 * to some other document must not tag it 'static'). The loader also carries the fast path's processed
 * contexts (`contextCache`), so that whoever keeps one loader for many verifications (VerifyCache does)
 * keeps those too; they are keyed by the documents themselves, not by URL.
 *
 * @example
 * const documentLoader = createBundledDocumentLoader();
 * const result = await canonicalise(credential, { documentLoader });
 */
export function createBundledDocumentLoader(): BundledDocumentLoader {
  // What this loader answered, so that a warm call awaits no module; a failed chunk load (an extension
  // update mid-session) is not kept, and is retried on the next call.
  const answered = new Map<string, object>();
  const load = async (url: string): Promise<RemoteDocument> => {
    let document = answered.get(url);
    if (document === undefined) {
      const { loadBundledContext } = await import('./bundled-contexts.ts');
      document = await loadBundledContext(url);
      if (document === undefined) throw new UnknownContextError(url);
      answered.set(url, document);
    }
    return { contextUrl: null, document, documentUrl: url, tag: 'static' };
  };
  return Object.assign(load, { contextCache: createContextCache() });
}
