import type { DocumentLoader, RemoteDocument } from '../document-loader.ts';
import { hasOwn, isJsonObject } from './syntax.ts';
import { Uncovered } from './uncovered.ts';

/** Each context URL a document names, with the context object its document holds, or why it has none. */
export type LoadedContexts = ReadonlyMap<string, Readonly<Record<string, unknown>> | Uncovered>;

/**
 * Loads, through the document loader, every context a document names by URL (JSON-LD 1.1 API §4.1
 * step 5.2.5, as jsonld's ContextResolver does), up front, so that the expansion itself is
 * synchronous. A URL that fails to load is only recorded: it matters if expansion meets it (a nested
 * credential), not if it sits in a JSON literal, and jsonld, which then takes over, gives the error.
 */
export async function loadContexts(input: unknown, documentLoader: DocumentLoader): Promise<LoadedContexts> {
  const urls = new Set<string>();
  const pending: unknown[] = [input];
  while (pending.length > 0) {
    const node = pending.pop();
    // One by one rather than spread, so that a very long array cannot exceed the engine's argument limit.
    if (Array.isArray(node)) {
      for (const item of node as unknown[]) pending.push(item);
    } else if (isJsonObject(node)) {
      const context = hasOwn(node, '@context') ? node['@context'] : undefined;
      for (const entry of Array.isArray(context) ? (context as unknown[]) : [context]) if (typeof entry === 'string') urls.add(entry);
      for (const value of Object.values(node)) pending.push(value);
    }
  }
  const loaded = new Map<string, Readonly<Record<string, unknown>> | Uncovered>();
  await Promise.all(
    [...urls].map(async (url) => {
      try {
        loaded.set(url, contextOf(url, await documentLoader(url)));
      } catch {
        loaded.set(url, new Uncovered(`the context ${url} did not load`));
      }
    }),
  );
  return loaded;
}

/**
 * The context object of a remote context document (jsonld's ContextResolver). A context that is an array
 * (one that names other contexts, as OB 1.1's and Security v2's do), JSON text, a document without
 * @context, and a Link header context are left to jsonld.
 */
function contextOf(url: string, remote: RemoteDocument): Readonly<Record<string, unknown>> | Uncovered {
  if (remote.contextUrl !== null && remote.contextUrl !== undefined) return new Uncovered(`the context ${url} comes with a Link header context`);
  const { document: body } = remote;
  const context = isJsonObject(body) ? body['@context'] : undefined;
  return isJsonObject(context) ? context : new Uncovered(`the context ${url} is not a single context object`);
}
