import type { TermDefinition } from './active-context.ts';
import { hasOwn, isAbsoluteIri, isKeyword, KEYWORD_FORM } from './syntax.ts';

/** What IRI expansion reads: the terms and the vocabulary mapping of an active context or of one being built. */
export interface IriScope {
  readonly terms: ReadonlyMap<string, TermDefinition>;
  readonly vocab: string | undefined;
}

/**
 * While a context is processed, the local context and a way to define one of its terms before it is
 * used (JSON-LD 1.1 API §5.2 steps 3 and 6.3): `define` is Create Term Definition itself, cycle check
 * included.
 */
export interface Definer {
  readonly local: Readonly<Record<string, unknown>>;
  isDefined(term: string): boolean;
  define(term: string): void;
}

/**
 * IRI Expansion (JSON-LD 1.1 API §5.2) as jsonld 9 does it, without a base IRI (canonicalise passes
 * `base: null`, so a relative reference stays relative and safe mode refuses it later): null for a
 * string of keyword form, else an IRI, a blank node identifier, a keyword or the value unchanged.
 *
 * `vocab` is §5.2's vocab flag: terms and @vocab apply (property names, @type values, @vocab-typed
 * values), not to @id values. Unlike §5.2 step 4, jsonld does not map a term to its keyword when vocab
 * is false, so neither does this.
 */
export function expandIri(scope: IriScope, value: string, vocab: boolean, definer?: Definer): string | null {
  // §5.2 steps 1–2.
  if (isKeyword(value)) return value;
  if (KEYWORD_FORM.test(value)) return null;
  // §5.2 step 3.
  if (definer !== undefined && hasOwn(definer.local, value) && !definer.isDefined(value)) definer.define(value);
  // §5.2 step 5: a term.
  if (vocab) {
    const id = scope.terms.get(value)?.['@id'];
    if (id !== undefined) return id;
  }
  // §5.2 step 6: a compact IRI, an absolute IRI or a blank node identifier.
  const colon = value.indexOf(':');
  if (colon > 0) {
    const prefix = value.slice(0, colon);
    const suffix = value.slice(colon + 1);
    if (prefix === '_' || suffix.startsWith('//')) return value;
    if (definer !== undefined && hasOwn(definer.local, prefix)) definer.define(prefix);
    const definition = scope.terms.get(prefix);
    if (definition?._prefix === true) return `${definition['@id']}${suffix}`;
    if (isAbsoluteIri(value)) return value;
  }
  // §5.2 step 7: the vocabulary mapping; step 8 (the base IRI) leaves the value as it is without one.
  if (vocab && scope.vocab !== undefined) return scope.vocab + value;
  return value;
}
