import type { TermDefinition } from './active-context.ts';
import { expandIri, type Definer, type IriScope } from './expand-iri.ts';
import { sameDefinition } from './same-definition.ts';
import { hasOwn, isAbsoluteIri, isJsonObject, isKeyword, KEYWORD_FORM } from './syntax.ts';
import { uncovered } from './uncovered.ts';

/** An active context while a local context is processed into it. */
export interface ContextDraft extends IriScope {
  readonly terms: Map<string, TermDefinition>;
  vocab: string | undefined;
  hasProtected: boolean;
}

/** One run of Context Processing over one local context (JSON-LD 1.1 API §4.1 step 5.13). */
export interface DefinitionRun {
  readonly draft: ContextDraft;
  readonly local: Readonly<Record<string, unknown>>;
  /** §4.2's `defined`: true once a term is defined, false while it is being defined (a cycle). */
  readonly defined: Map<string, boolean>;
  /** Whether every term of the local context is protected (its @protected entry). */
  readonly protectedByDefault: boolean;
}

const DEFINITION_KEYS = new Set(['@id', '@reverse', '@type', '@container', '@context', '@protected']);
// Accepted by JSON-LD 1.1 in a term definition but used by no bundled context: not covered.
const UNCOVERED_KEYS = new Set(['@language', '@direction', '@index', '@nest', '@prefix']);
const GEN_DELIM_AT_END = /[:/?#[\]@]$/;

/**
 * Create Term Definition (JSON-LD 1.1 API §4.2) as jsonld 9 does it, for the term definitions the bundled
 * contexts hold: @id (IRI, compact IRI, term or keyword alias), @type (@id, @vocab, @json, @none or a
 * datatype), @container, @context, @protected and @reverse. Where jsonld would throw, drop the term
 * or warn (which safe mode turns into an error), this throws Uncovered instead.
 */
export function createTermDefinition(run: DefinitionRun, term: string, overrideProtected: boolean): void {
  const { draft, local, defined } = run;
  // §4.2 step 1.
  const state = defined.get(term);
  if (state === true) return;
  if (state === false) uncovered(`the term ${term} is defined in a cycle`);
  defined.set(term, false);
  // §4.2 steps 2, 4–7: no keyword, nothing of keyword form, no empty term.
  if (term === '' || isKeyword(term) || KEYWORD_FORM.test(term)) uncovered(`the context defines ${JSON.stringify(term)}`);

  // §4.2 steps 8–11. jsonld puts the new definition in place before it is complete, so that the term's
  // own @type may refer to it; this does the same.
  const previous = draft.terms.get(term);
  draft.terms.delete(term);
  const raw = local[term];
  const simpleTerm = typeof raw === 'string';
  if (raw === null) uncovered(`the term ${term} is defined as null`);
  const value = simpleTerm ? { '@id': raw } : raw;
  if (!isJsonObject(value)) return uncovered(`the definition of ${term} is not an object`);
  for (const key of Object.keys(value)) {
    if (UNCOVERED_KEYS.has(key)) uncovered(`the definition of ${term} has ${key}`);
    if (!DEFINITION_KEYS.has(key)) uncovered(`the definition of ${term} has the unknown entry ${key}`);
  }
  const definition: TermDefinition = { reverse: false, _termHasColon: term.indexOf(':') > 0 };
  draft.terms.set(term, definition);

  const definer = definerOf(run);
  if ('@reverse' in value) defineReverse(definition, value, term, draft, definer);
  else if ('@id' in value && value['@id'] !== term) defineId(definition, value['@id'], term, simpleTerm, run, definer);
  if (definition['@id'] === undefined) defineFromTerm(definition, term, run);

  // §4.2 step 13 (jsonld reads @protected without checking that it is a boolean).
  if (value['@protected'] === true || (run.protectedByDefault && value['@protected'] !== false)) {
    draft.hasProtected = true;
    definition.protected = true;
  }
  defined.set(term, true);
  if ('@type' in value) definition['@type'] = typeMapping(value['@type'], term, draft, definer);
  if ('@container' in value) definition['@container'] = containerMapping(value['@container'], definition, term);
  // §4.2 step 23; the scoped context is checked by Context Processing, as jsonld does.
  if ('@context' in value) definition['@context'] = value['@context'];
  // §4.2 step 16.2.3: @context and jsonld's @preserve cannot be aliased.
  if (definition['@id'] === '@context' || definition['@id'] === '@preserve') uncovered(`the term ${term} aliases ${definition['@id']}`);

  // §4.2 step 29.
  if (previous?.protected === true && !overrideProtected) {
    draft.hasProtected = true;
    definition.protected = true;
    if (!sameDefinition(previous, definition)) uncovered(`the protected term ${term} is redefined`);
  }
}

function definerOf(run: DefinitionRun): Definer {
  return {
    local: run.local,
    isDefined: (term) => run.defined.get(term) === true,
    // jsonld defines a dependency without override protected, whatever the run's.
    define: (term) => createTermDefinition(run, term, false),
  };
}

/** §4.2 step 15 (a reverse property; using one in a document is not covered). */
function defineReverse(definition: TermDefinition, value: Readonly<Record<string, unknown>>, term: string, draft: ContextDraft, definer: Definer): void {
  const reverse = value['@reverse'];
  if ('@id' in value || typeof reverse !== 'string' || KEYWORD_FORM.test(reverse)) uncovered(`the reverse term ${term} is malformed`);
  const id = expandIri(draft, reverse, true, definer);
  if (id === null || !isAbsoluteIri(id)) return uncovered(`the reverse term ${term} does not expand to an IRI`);
  definition['@id'] = id;
  definition.reverse = true;
}

/** §4.2 step 16. */
function defineId(definition: TermDefinition, raw: unknown, term: string, simpleTerm: boolean, run: DefinitionRun, definer: Definer): void {
  if (typeof raw !== 'string') return uncovered(`the @id of ${term} is not a string`);
  if (!isKeyword(raw) && KEYWORD_FORM.test(raw)) uncovered(`the @id of ${term} has the form of a keyword`);
  const id = expandIri(run.draft, raw, true, definer);
  if (id === null || !(isAbsoluteIri(id) || isKeyword(id))) return uncovered(`the @id of ${term} does not expand to an IRI`);
  // §4.2 step 16.2.4: a term that looks like an IRI must expand to its own definition. jsonld expands it
  // with a copy of `defined` in which the term is defined, so what this defines on the way is defined
  // again later, as there.
  if (/(?::[^:])|\//.test(term)) {
    const asIri = expandIri(run.draft, term, true, definerOf({ ...run, defined: new Map(run.defined).set(term, true) }));
    if (asIri !== id) uncovered(`the term ${term} looks like an IRI other than its definition`);
  }
  definition['@id'] = id;
  // jsonld's reading of §4.2 step 16.2.5.
  definition._prefix = simpleTerm && !definition._termHasColon && GEN_DELIM_AT_END.test(id);
}

/** §4.2 steps 17–20: a compact IRI, an absolute IRI, or a term under @vocab. */
function defineFromTerm(definition: TermDefinition, term: string, run: DefinitionRun): void {
  if (definition._termHasColon) {
    const colon = term.indexOf(':');
    const prefix = term.slice(0, colon);
    if (hasOwn(run.local, prefix)) createTermDefinition(run, prefix, false);
    const prefixDefinition = run.draft.terms.get(prefix);
    if (prefixDefinition === undefined) definition['@id'] = term;
    else if (prefixDefinition['@id'] !== undefined) definition['@id'] = prefixDefinition['@id'] + term.slice(colon + 1);
    else uncovered(`the prefix of ${term} has no IRI yet`);
    return;
  }
  if (run.draft.vocab === undefined) uncovered(`the term ${term} has no @id and there is no @vocab`);
  definition['@id'] = run.draft.vocab + term;
}

/** §4.2 step 14. */
function typeMapping(raw: unknown, term: string, draft: ContextDraft, definer: Definer): string {
  if (typeof raw !== 'string') return uncovered(`the @type of ${term} is not a string`);
  if (raw === '@id' || raw === '@vocab' || raw === '@json' || raw === '@none') return raw;
  const type = expandIri(draft, raw, true, definer);
  if (type === null || !isAbsoluteIri(type) || type.startsWith('_:')) return uncovered(`the @type of ${term} is not an IRI`);
  return type;
}

/** §4.2 step 21, with jsonld's validity rules for JSON-LD 1.1. */
function containerMapping(raw: unknown, definition: TermDefinition, term: string): string[] {
  const container = typeof raw === 'string' ? [raw] : raw === null ? [] : raw;
  if (!Array.isArray(container) || !container.every((c): c is string => typeof c === 'string')) return uncovered(`the @container of ${term} is malformed`);
  const hasSet = container.includes('@set');
  let valid = container.every((c) => ['@list', '@set', '@index', '@language', '@graph', '@id', '@type'].includes(c));
  if (container.includes('@list')) valid &&= container.length === 1;
  else if (container.includes('@graph')) valid &&= container.every((c) => c === '@graph' || c === '@id' || c === '@index' || c === '@set');
  else valid &&= container.length <= (hasSet ? 2 : 1);
  if (container.includes('@type')) {
    definition['@type'] ??= '@id';
    valid &&= definition['@type'] === '@id' || definition['@type'] === '@vocab';
  }
  if (definition.reverse) valid &&= container.every((c) => c === '@index' || c === '@set');
  if (!valid) uncovered(`the @container of ${term} is not valid`);
  return container;
}
