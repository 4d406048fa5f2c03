import { namedNode, RDF_JSON, RDF_LANGSTRING, XSD_BOOLEAN, XSD_DOUBLE, XSD_INTEGER, XSD_STRING, type Literal } from './rdf-terms.ts';
import { isJsonObject } from './syntax.ts';
import { uncovered } from './uncovered.ts';

/**
 * The RDF literal of a value object (JSON-LD 1.1 API §8.2 Object to RDF Conversion, steps 9–14), with
 * jsonld 9's lexical forms, which the signatures were made over:
 * - true/false as `true`/`false`, xsd:boolean unless typed otherwise;
 * - a number is an xsd:double when jsonld's isDouble says so (its decimal string has a '.', or it is at
 *   least 1e21 in magnitude, so 1.0 is the integer 1 and 1e-7 is the integer 0, as in jsonld) or when it
 *   is typed xsd:double, written as toExponential(15) with the trailing zeros of the mantissa removed
 *   (`5.5E0`, `1.0E21`: §8.6 Data Round Tripping's canonical xsd:double);
 * - any other number as toFixed(0), xsd:integer unless typed otherwise;
 * - a string as it is: rdf:langString with a language, else its type or xsd:string.
 */
export function literal(value: string | number | boolean, type: string | undefined, language: string | undefined): Literal {
  if (typeof value === 'boolean') return typed(String(value), type ?? XSD_BOOLEAN);
  if (isDouble(value) || type === XSD_DOUBLE) {
    const number = typeof value === 'number' ? value : parseFloat(value);
    return typed(number.toExponential(15).replace(/(\d)0*e\+?/, '$1E'), type ?? XSD_DOUBLE);
  }
  if (typeof value === 'number') return typed(value.toFixed(0), type ?? XSD_INTEGER);
  if (language !== undefined) return { termType: 'Literal', value, datatype: namedNode(type ?? RDF_LANGSTRING), language };
  return typed(value, type ?? XSD_STRING);
}

/** jsonld's types.isDouble, exactly. */
function isDouble(value: string | number): boolean {
  return typeof value === 'number' && (String(value).includes('.') || Math.abs(value) >= 1e21);
}

function typed(value: string, datatype: string): Literal {
  return { termType: 'Literal', value, datatype: namedNode(datatype) };
}

/**
 * A JSON literal (JSON-LD 1.1 API §8.2 step 8), in the canonical form jsonld writes it with the
 * `canonicalize` package (RFC 8785 JCS): object members sorted by key, JSON.stringify for the rest.
 */
export function jsonLiteral(value: unknown): Literal {
  return typed(canonicalJson(value), RDF_JSON);
}

function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : uncovered('a JSON literal with a number JSON cannot hold');
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isJsonObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`)
      .join(',')}}`;
  }
  return uncovered('a JSON literal holding something that is not JSON');
}
