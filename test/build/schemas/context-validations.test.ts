import { describe, expect, it } from 'vitest';
import { expandIri, validationsOf } from '../../../build/schemas/context-validations.ts';

const definitions = new Map<string, unknown>([
  ['obi', 'https://w3id.org/openbadges#'],
  ['extensions', 'https://w3id.org/openbadges/extensions#'],
  ['endorsement', 'https://w3id.org/openbadges/extensions#Endorsement'],
  ['Assertion', 'obi:Assertion'],
  ['endorsedObject', { '@id': 'endorsement:/endorsedObject' }],
  ['loop', 'loop:x'],
]);

describe('expandIri', () => {
  it.each([
    ['extensions:ApplyLink', 'https://w3id.org/openbadges/extensions#ApplyLink'],
    ['endorsement', 'https://w3id.org/openbadges/extensions#Endorsement'],
    ['Assertion', 'https://w3id.org/openbadges#Assertion'],
    ['https://example.org/Type', 'https://example.org/Type'],
    ['urn:example:type', 'urn:example:type'],
    ['extensions#accessibility', undefined],
    ['Unknown', undefined],
    ['_:b0', undefined],
    ['loop', undefined],
  ] as const)('expands %s to %s', (value, iri) => {
    expect(expandIri(value, definitions)).toBe(iri);
  });
});

describe('validationsOf', () => {
  it('reads entries written with the obi: prefix', () => {
    expect(
      validationsOf({
        '@context': { obi: 'https://w3id.org/openbadges#', extensions: 'https://w3id.org/openbadges/extensions#' },
        'obi:validation': [{ 'obi:validatesType': 'extensions:ApplyLink', 'obi:validationSchema': 'https://example.org/apply.json' }],
      }),
    ).toEqual([{ validatesType: 'extensions:ApplyLink', validatesTypeIri: 'https://w3id.org/openbadges/extensions#ApplyLink', schemaUrl: 'https://example.org/apply.json' }]);
  });

  it('reads entries written with terms the context defines, inside an array context, and one entry alone', () => {
    expect(
      validationsOf({
        '@context': ['https://w3id.org/openbadges/legacy-v1', { obi: 'https://w3id.org/openbadges#', validation: 'obi:validation', validatesType: 'obi:validatesType', validationSchema: 'obi:validationSchema', Issuer: 'obi:Issuer' }],
        validation: { type: 'TypeValidation', validatesType: 'Issuer', validationSchema: 'https://example.org/issuer.json' },
      }),
    ).toEqual([{ validatesType: 'Issuer', validatesTypeIri: 'https://w3id.org/openbadges#Issuer', schemaUrl: 'https://example.org/issuer.json' }]);
  });

  it('skips entries without a schema (frame validations) and documents without validations', () => {
    const context = { obi: 'https://w3id.org/openbadges#' };
    expect(validationsOf({ '@context': context, 'obi:validation': [{ 'obi:validatesType': 'obi:Assertion', 'obi:validationFrame': {} }, 'not an object'] })).toEqual([]);
    expect(validationsOf({ '@context': context })).toEqual([]);
    expect(validationsOf('not a document')).toEqual([]);
    // Without the obi prefix defined, "obi:validation" is not the OB validation property.
    expect(validationsOf({ 'obi:validation': [{ 'obi:validatesType': 'X', 'obi:validationSchema': 'https://example.org/x.json' }] })).toEqual([]);
  });
});
