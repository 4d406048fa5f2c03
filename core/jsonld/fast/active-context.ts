/**
 * A term definition, with exactly the entries jsonld 9 gives its own ('mappings'), because redefining a
 * protected term is allowed only when the new definition is equal to the old one entry by entry
 * (JSON-LD 1.1 API §4.2 Create Term Definition step 29), and jsonld compares these entries, including
 * its private `_prefix` and `_termHasColon`. Mutable only while its context is being built.
 */
export interface TermDefinition {
  reverse: boolean;
  _termHasColon: boolean;
  '@id'?: string;
  /** §4.2 step 16.2.5: whether the term may be used as the prefix of a compact IRI. */
  _prefix?: boolean;
  protected?: boolean;
  '@type'?: string;
  '@container'?: string[];
  /** A term-scoped context, kept unprocessed as the context document has it (§4.2 step 23). */
  '@context'?: unknown;
}

/** How a local context is applied (JSON-LD 1.1 API §4.1 Context Processing, inputs). */
export type ContextMode =
  /** An @context in the document: propagates to nested nodes, and protected terms stay protected. */
  | 'embedded'
  /** A property-scoped context: propagates, and may override protected terms (override protected). */
  | 'property'
  /** A type-scoped context: applies to the node's own entries only (propagate false). */
  | 'type';

/**
 * An active context (JSON-LD 1.1 API §4.1), immutable once built. Only what the bundled contexts use is
 * represented: no @base, no default language or direction (a context that sets them is not covered).
 */
export interface ActiveContext {
  readonly terms: ReadonlyMap<string, TermDefinition>;
  /** The vocabulary mapping (@vocab), if any. */
  readonly vocab: string | undefined;
  /** Whether any term was ever protected here: a null context may not then clear it (§4.1 step 5.1.1). */
  readonly hasProtected: boolean;
  /** The context before a type-scoped one was applied, restored for nested nodes (§5.1 step 7). */
  readonly previous: ActiveContext | undefined;
  /** Contexts already derived from this one, by mode and local context; see ContextCache. */
  readonly derived: Readonly<Record<ContextMode, Map<unknown, ActiveContext>>>;
  readonly cache: ContextCache;
}

/**
 * What the fast path keeps between calls: every active context it derived, reachable from `initial`, so
 * that a warm call processes no context at all. Keys are the context documents themselves (by identity,
 * as the document loader returns them), never URLs, so a cache is right for any loader; keep one per
 * loader (createBundledDocumentLoader does). Bounded, since a crafted stream of documents could otherwise
 * make it grow without end.
 *
 * @example
 * const cache = createContextCache();
 * await canonicaliseFast(credential, { documentLoader, contexts: cache, canonize });
 */
export interface ContextCache {
  readonly initial: ActiveContext;
  /** How many derived contexts are kept; past MAX_DERIVED, new ones are still built but not kept. */
  derivedCount: number;
}

export const MAX_DERIVED = 4096;

export function createContextCache(): ContextCache {
  const cache = { derivedCount: 0 } as { initial: ActiveContext; derivedCount: number };
  cache.initial = emptyContext(cache);
  return cache;
}

/** A context with no terms yet, derived from `base` (or the initial context when there is none). */
export function emptyContext(cache: ContextCache): ActiveContext {
  return { terms: new Map(), vocab: undefined, hasProtected: false, previous: undefined, derived: newDerived(), cache };
}

export function newDerived(): Record<ContextMode, Map<unknown, ActiveContext>> {
  return { embedded: new Map(), property: new Map(), type: new Map() };
}
