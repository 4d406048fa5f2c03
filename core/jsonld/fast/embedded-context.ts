import type { ActiveContext } from './active-context.ts';
import { applyContext } from './process-context.ts';
import { uncovered, Uncovered } from './uncovered.ts';
import type { Walk } from './walk.ts';

// jsonld refuses to resolve more than 10 context URLs in one @context (§4.1 step 5.2.3: its
// MAX_CONTEXT_URLS), counting only those not already cached, so whether it fails depends on its cache;
// more than 10 are left to it.
const MAX_CONTEXT_URLS = 10;

/**
 * Applies an @context a node object carries (JSON-LD 1.1 API §5.1 step 9, §4.1): the credential's own,
 * or a nested credential's in a CLR. Only URLs of contexts the loader answered are covered; an inline
 * context object, or null, is not: a credential's meaning must come from the published contexts.
 */
export function applyEmbeddedContext(walk: Walk, active: ActiveContext, raw: unknown): ActiveContext {
  const urls = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? (raw as unknown[]) : uncovered('an @context that is not a URL or a list of URLs');
  if (urls.length > MAX_CONTEXT_URLS) uncovered('an @context of more than 10 URLs');
  let result = active;
  for (const url of urls) {
    if (typeof url !== 'string') uncovered('an inline context');
    const local = walk.contexts.get(url);
    if (local === undefined) uncovered(`the context ${url} was not loaded`);
    if (local instanceof Uncovered) throw local;
    result = applyContext(result, local, 'embedded');
  }
  return result;
}
