import type { DocumentLoader, RemoteDocument } from 'jsonld';
import { UnknownContextError } from './unknown-context.ts';

export type { DocumentLoader, RemoteDocument };

/**
 * A document loader for jsonld that answers only from the bundled contexts: an unknown URL rejects with
 * an UnknownContextError naming it, and nothing is ever fetched (DESIGN.md, Security rules). The contexts
 * load on the first call, so creating a loader costs nothing.
 *
 * Every loader answers a URL with the same document and tags it 'static', which lets jsonld keep the
 * processed context between calls (its cache is keyed by URL alone, so a test loader that maps a URL
 * to some other document must not tag it 'static').
 *
 * @example
 * const documentLoader = createBundledDocumentLoader();
 * const result = await canonicalise(credential, { documentLoader });
 */
export function createBundledDocumentLoader(): DocumentLoader {
  let contexts: Promise<ReadonlyMap<string, object>> | undefined;
  return async (url: string): Promise<RemoteDocument> => {
    // A failed chunk load (an extension update mid-session) is retried on the next call, not remembered.
    contexts ??= import('./bundled-contexts.ts').then(
      (m) => m.BUNDLED_CONTEXTS,
      (error: unknown) => {
        contexts = undefined;
        throw error;
      },
    );
    const document = (await contexts).get(url);
    if (document === undefined) throw new UnknownContextError(url);
    return { contextUrl: null, document, documentUrl: url, tag: 'static' };
  };
}
