import { isRecord } from '../util/json.ts';
import { KNOWN_CONTEXT_URLS } from './known-context-urls.ts';

/**
 * Every context URL a JSON document names in an `@context`, at any depth (a CLR's nested credentials,
 * scoped contexts written inline), in document order, each once.
 *
 * @example
 * contextUrlsIn({ '@context': ['https://www.w3.org/ns/credentials/v2'] }) // ['https://www.w3.org/ns/credentials/v2']
 */
export function contextUrlsIn(document: unknown): string[] {
  const found = new Set<string>();
  // Iterative, so a deeply nested document cannot exhaust the stack.
  const stack: unknown[] = [document];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
    } else if (isRecord(node)) {
      const context = node['@context'];
      for (const entry of Array.isArray(context) ? context : [context]) if (typeof entry === 'string') found.add(entry);
      const values = Object.values(node);
      for (let i = values.length - 1; i >= 0; i--) stack.push(values[i]);
    }
  }
  return [...found];
}

/**
 * The context URLs a document names that Badge Lens does not ship: each is a `fail` check with id
 * 'context' (see unknownContextMessage), found without running JSON-LD or loading any context.
 */
export function unknownContexts(document: unknown): string[] {
  return contextUrlsIn(document).filter((url) => !KNOWN_CONTEXT_URLS.has(url));
}
