// The lexical tests jsonld 9 applies, copied rather than re-derived from the specifications: where
// jsonld is more lenient or stricter than JSON-LD 1.1, the fast path must agree with jsonld, since both
// must give the same bytes.

/** The JSON-LD 1.1 keywords (JSON-LD 1.1 §1.7), plus the framing keywords jsonld also reserves. */
const KEYWORDS: ReadonlySet<string> = new Set([
  '@base', '@container', '@context', '@default', '@direction', '@embed', '@explicit', '@graph', '@id', '@included',
  '@index', '@json', '@language', '@list', '@nest', '@none', '@omitDefault', '@prefix', '@preserve', '@protected',
  '@requireAll', '@reverse', '@set', '@type', '@value', '@version', '@vocab',
]);

export function isKeyword(value: string): boolean {
  return KEYWORDS.has(value);
}

/**
 * The form of a keyword (JSON-LD 1.1 API §5.2 IRI Expansion step 2, ABNF "@"1*ALPHA): such a string that
 * is not a keyword expands to null, which safe mode refuses.
 */
export const KEYWORD_FORM = /^@[a-zA-Z]+$/;

/**
 * jsonld's test for an absolute IRI or a blank node identifier: a scheme, a colon and no whitespace.
 * It is weak on purpose (`xsd:boolean` passes when no `xsd` prefix is defined), and a value that passes
 * it is taken as is, so the fast path uses exactly this test.
 */
const ABSOLUTE = /^([A-Za-z][A-Za-z0-9+-.]*|_):[^\s]*$/;

export function isAbsoluteIri(value: string): boolean {
  return ABSOLUTE.test(value);
}

/** An absolute IRI that is not a blank node identifier: what may stand in an RDF quad as a named node. */
export function isNamedIri(value: string): boolean {
  return ABSOLUTE.test(value) && !value.startsWith('_:');
}

/** jsonld's well-formedness test for language tags (BCP47 §2.2.9, loosely); safe mode refuses the rest. */
export const BCP47 = /^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/;

/** A JSON object as JSON.parse makes it: jsonld treats anything else that is not an array as a scalar. */
export function isJsonObject(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

export function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}
