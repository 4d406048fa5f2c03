/**
 * The validations a JSON-LD context names. OB 2.0 extension contexts (and the OB 1.1 context) carry
 * `obi:validation` entries, each naming a type (`obi:validatesType`) and the JSON Schema a node of that
 * type must satisfy (`obi:validationSchema`) — OB 2.0 §Extensions. The keys may be written as compact
 * IRIs (`obi:validation`) or as terms the context defines (`validation`), so both are expanded here.
 */

const OBI = 'https://w3id.org/openbadges#';
const ABSOLUTE_IRI = /^[a-z][a-z0-9+.-]*:/i;

export interface ContextValidation {
  /** The type as the context writes it: `extensions:ApplyLink`. */
  readonly validatesType: string;
  /** The same type as an absolute IRI, when the context's own terms and prefixes define it. */
  readonly validatesTypeIri?: string;
  /** The JSON Schema a node of that type must satisfy. */
  readonly schemaUrl: string;
}

type Definitions = ReadonlyMap<string, unknown>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Term and prefix definitions of the context's embedded `@context` (objects only: nothing is fetched). */
function definitionsOf(document: Record<string, unknown>): Definitions {
  const context = document['@context'];
  const parts = Array.isArray(context) ? context : [context];
  const definitions = new Map<string, unknown>();
  for (const part of parts) if (isObject(part)) for (const [term, value] of Object.entries(part)) definitions.set(term, value);
  return definitions;
}

/**
 * A term, compact IRI or absolute IRI expanded with the context's own definitions (JSON-LD 1.1 §4.1.3,
 * without `@vocab` or a base, which these contexts never set); undefined when it does not expand to an
 * absolute IRI.
 */
export function expandIri(value: string, definitions: Definitions, depth = 0): string | undefined {
  if (depth > 8) return undefined;
  const definition = definitions.get(value);
  if (definition !== undefined) {
    const id = isObject(definition) ? definition['@id'] : definition;
    return typeof id === 'string' && id !== value ? expandIri(id, definitions, depth + 1) : undefined;
  }
  const colon = value.indexOf(':');
  if (colon > 0) {
    const prefix = value.slice(0, colon);
    const suffix = value.slice(colon + 1);
    if (prefix === '_' || suffix.startsWith('//')) return ABSOLUTE_IRI.test(value) ? value : undefined;
    if (definitions.has(prefix)) {
      const base = expandIri(prefix, definitions, depth + 1);
      return base === undefined ? undefined : base + suffix;
    }
  }
  return ABSOLUTE_IRI.test(value) ? value : undefined;
}

/** The entry's value for the property whose IRI is `iri`, whichever way the key is written. */
function valueOf(node: Record<string, unknown>, iri: string, definitions: Definitions): unknown {
  for (const [key, value] of Object.entries(node)) if (key !== '@context' && expandIri(key, definitions) === iri) return value;
  return undefined;
}

/** Every (type, schema) pair the context document names, in its order; entries without a schema are skipped. */
export function validationsOf(document: unknown): ContextValidation[] {
  if (!isObject(document)) return [];
  const definitions = definitionsOf(document);
  const listed = valueOf(document, `${OBI}validation`, definitions);
  const entries = Array.isArray(listed) ? listed : listed === undefined ? [] : [listed];
  const validations: ContextValidation[] = [];
  for (const entry of entries) {
    if (!isObject(entry)) continue;
    const validatesType = valueOf(entry, `${OBI}validatesType`, definitions);
    const schemaUrl = valueOf(entry, `${OBI}validationSchema`, definitions);
    if (typeof validatesType !== 'string' || typeof schemaUrl !== 'string') continue;
    const validatesTypeIri = expandIri(validatesType, definitions);
    validations.push(validatesTypeIri === undefined ? { validatesType, schemaUrl } : { validatesType, validatesTypeIri, schemaUrl });
  }
  return validations;
}

/**
 * The context's terms with the absolute IRI each expands to (prefixes included), so that the verifier can
 * write an extension node's keys the way its schema names them: a node may say `http://schema.org/text`
 * where the context calls it `exampleProperty`, and JSON-LD processors (badgecheck) compact before
 * validating.
 */
export function termsOf(document: unknown): Record<string, string> {
  if (!isObject(document)) return {};
  const definitions = definitionsOf(document);
  const terms: Record<string, string> = {};
  for (const term of definitions.keys()) {
    if (term.startsWith('@')) continue;
    const iri = expandIri(term, definitions);
    if (iri !== undefined) terms[term] = iri;
  }
  return terms;
}
