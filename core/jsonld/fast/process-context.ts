import { MAX_DERIVED, newDerived, type ActiveContext, type ContextMode } from './active-context.ts';
import { expandIri } from './expand-iri.ts';
import { isAbsoluteIri, isJsonObject, isKeyword } from './syntax.ts';
import { createTermDefinition, type ContextDraft, type DefinitionRun } from './term-definition.ts';
import { uncovered } from './uncovered.ts';

/**
 * Context Processing (JSON-LD 1.1 API §4.1) of one local context, a context object or null, as jsonld 9
 * does it: the active context that results from applying `local` to `active` in `mode`.
 *
 * The result depends only on its inputs, and active contexts are never changed once built, so it is
 * kept on `active`, keyed by the local context object itself: the second credential with the same
 * contexts, types and properties processes no context at all. `keep` is false for the trial runs that
 * only check a scoped context.
 */
export function applyContext(active: ActiveContext, local: unknown, mode: ContextMode, keep = true): ActiveContext {
  const known = keep ? active.derived[mode].get(local) : undefined;
  if (known !== undefined) return known;
  const result = processLocalContext(active, local, mode);
  if (keep && active.cache.derivedCount < MAX_DERIVED) {
    active.derived[mode].set(local, result);
    active.cache.derivedCount++;
  }
  return result;
}

function processLocalContext(active: ActiveContext, local: unknown, mode: ContextMode): ActiveContext {
  // §4.1 step 5.1: null resets to the initial context, unless that would drop protected terms.
  if (local === null) {
    if (mode !== 'property' && active.hasProtected) uncovered('a null context would clear protected terms');
    return active.cache.initial;
  }
  // §4.1 step 5.2 (a context URL inside a context) and 5.3 (anything else that is not a map).
  if (!isJsonObject(local)) return uncovered('a context that is not a JSON object');
  // §4.1 steps 5.5–5.11: of the context-wide entries, the bundled contexts use @version 1.1, @vocab
  // and @protected; @base, @language, @direction, @import and @propagate are not covered.
  for (const key of Object.keys(local)) {
    if (!isKeyword(key)) continue;
    if (key === '@version' ? local[key] !== 1.1 : key === '@protected' ? local[key] !== true : key !== '@vocab') {
      uncovered(`a context with ${key}`);
    }
  }
  const draft: ContextDraft = { terms: new Map(active.terms), vocab: active.vocab, hasProtected: active.hasProtected };
  if ('@vocab' in local) draft.vocab = vocabMapping(draft, local['@vocab']);

  // §4.1 step 5.13: every other entry is a term definition.
  const run: DefinitionRun = {
    draft,
    local,
    defined: new Map(Object.keys(local).filter(isKeyword).map((key) => [key, true])),
    protectedByDefault: local['@protected'] === true,
  };
  for (const term of Object.keys(local)) {
    if (isKeyword(term)) continue;
    createTermDefinition(run, term, mode === 'property');
    // §4.2 step 23.3, done here as jsonld does: a scoped context is processed once, on the context as it
    // stands, to find its errors; the result is thrown away.
    const definition = local[term];
    if (isJsonObject(definition) && '@context' in definition) {
      applyContext(snapshot(draft, active), definition['@context'], 'property', false);
    }
  }
  return {
    terms: draft.terms,
    vocab: draft.vocab,
    hasProtected: draft.hasProtected,
    // §4.1 step 3 (and jsonld's clone): a type-scoped context remembers the context to revert to.
    previous: mode === 'type' ? (active.previous ?? active) : active.previous,
    derived: newDerived(),
    cache: active.cache,
  };
}

/** §4.1 step 5.8: @vocab, null or an IRI (a relative one is refused in safe mode). */
function vocabMapping(draft: ContextDraft, value: unknown): string | undefined {
  if (value === null) return undefined;
  if (typeof value !== 'string') return uncovered('an @vocab that is not a string');
  const vocab = expandIri(draft, value, true);
  if (vocab === null || !isAbsoluteIri(vocab)) return uncovered('an @vocab that is not an absolute IRI');
  return vocab;
}

/**
 * The context being built, as it stands, to check a scoped context against (never kept). Its terms are
 * shared, not copied: processing copies them before it defines anything, and a definition, once made,
 * is never changed.
 */
function snapshot(draft: ContextDraft, active: ActiveContext): ActiveContext {
  return {
    terms: draft.terms,
    vocab: draft.vocab,
    hasProtected: draft.hasProtected,
    previous: active.previous,
    derived: newDerived(),
    cache: active.cache,
  };
}
