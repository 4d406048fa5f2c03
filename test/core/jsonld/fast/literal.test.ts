import { describe, expect, it } from 'vitest';
import { jsonLiteral, literal } from '../../../../core/jsonld/fast/literal.ts';
import { bothPaths, expectSameAsJsonld } from './differential.ts';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const V2 = 'https://www.w3.org/ns/credentials/v2';
const OB3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

describe('literal', () => {
  // jsonld's lexical forms, which signatures were made over, quirks included (JSON-LD 1.1 API §8.2, §8.6).
  it.each<[string | number | boolean, string | undefined, string, string]>([
    [5, undefined, '5', `${XSD}integer`],
    [1.0, undefined, '1', `${XSD}integer`],
    [5.5, undefined, '5.5E0', `${XSD}double`],
    [-0.25, undefined, '-2.5E-1', `${XSD}double`],
    [1e21, undefined, '1.0E21', `${XSD}double`],
    [1e20, undefined, '100000000000000000000', `${XSD}integer`],
    // String(1e-7) is '1e-7', without a '.', so jsonld takes it for an integer and writes toFixed(0).
    [1e-7, undefined, '0', `${XSD}integer`],
    [-0, undefined, '0', `${XSD}integer`],
    [5, `${XSD}double`, '5.0E0', `${XSD}double`],
    ['5.5', `${XSD}double`, '5.5E0', `${XSD}double`],
    [5.5, `${XSD}float`, '5.5E0', `${XSD}float`],
    [5, `${XSD}float`, '5', `${XSD}float`],
    ['5', `${XSD}float`, '5', `${XSD}float`],
    [true, undefined, 'true', `${XSD}boolean`],
    [false, `${XSD}string`, 'false', `${XSD}string`],
    ['x', undefined, 'x', `${XSD}string`],
  ])('writes %j typed %s as "%s"^^%s', (value, type, lexical, datatype) => {
    expect(literal(value, type, undefined)).toEqual({ termType: 'Literal', value: lexical, datatype: { termType: 'NamedNode', value: datatype } });
  });

  it('tags a language-tagged string rdf:langString', () => {
    expect(literal('Équipe', undefined, 'fr-ca')).toMatchObject({ value: 'Équipe', language: 'fr-ca', datatype: { value: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString' } });
  });

  it('writes JSON literals in canonical form (sorted keys, JSON.stringify numbers)', () => {
    expect(jsonLiteral({ b: [1, 2.5, true, null], a: { 'é': 'x', A: 1e21 } }).value).toBe('{"a":{"A":1e+21,"é":"x"},"b":[1,2.5,true,null]}');
  });
});

// The same values in credentials, through both paths: untyped (schema:value of a Result is a plain term),
// typed xsd:float by the OB 3.0 context (creditsAvailable), xsd:boolean (hashed), @id-typed (image: a
// number there is a literal), and as value objects typed xsd:double, xsd:integer or a language.
const VALUES: unknown[] = [0, 1, -1, 2.0, 1.5, 0.1, -0.25, 1e20, 1e21, 1.5e21, 1e-7, 2 ** 53, 5e-324, 1.7976931348623157e308, -0, 123456789.123, true, false, '', '5', '5.5', 'x', 'true', 'NaN'];

function credentialWith(entry: Record<string, unknown>, subjectEntry: Record<string, unknown> = {}): object {
  return {
    '@context': [V2, OB3],
    id: 'urn:uuid:1',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    credentialSubject: { id: 'did:example:learner', type: 'AchievementSubject', ...subjectEntry, achievement: { id: 'https://example.org/a', type: 'Achievement', ...entry } },
  };
}

describe('values in credentials, through both paths', () => {
  it.each(VALUES.map((v) => [JSON.stringify(Object.is(v, -0) ? '-0' : v), v]))('%s in every position gives jsonld’s bytes', async (_label, value) => {
    const inputs = [
      credentialWith({ creditsAvailable: value }),
      credentialWith({ image: value }),
      credentialWith({}, { result: [{ type: 'Result', value }] }),
      credentialWith({}, { identifier: [{ type: 'IdentityObject', hashed: value, identityHash: 'x' }] }),
      credentialWith({ name: { '@value': value, '@type': `${XSD}double` } }),
      credentialWith({ name: { '@value': value, '@type': `${XSD}integer` } }),
      credentialWith({ name: { '@value': value, '@language': 'en' } }),
      credentialWith({ tag: [value, value, String(value)] }),
    ];
    for (const [i, input] of inputs.entries()) expectSameAsJsonld(`${_label} in position ${i}`, await bothPaths(input));
  });
});
