import { describe, expect, it } from 'vitest';
import { canonicalise, canonizeOptions } from '../../../../core/jsonld/canonicalise.ts';
import { createContextCache } from '../../../../core/jsonld/fast/active-context.ts';
import { canonicaliseFast } from '../../../../core/jsonld/fast/canonicalise-fast.ts';
import type { RemoteDocument } from '../../../../core/jsonld/document-loader.ts';
import { bothPaths, documentLoader, expectSameAsJsonld } from './differential.ts';

const V1 = 'https://www.w3.org/2018/credentials/v1';
const V2 = 'https://www.w3.org/ns/credentials/v2';
const OB3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
const OB1 = 'https://w3id.org/openbadges/v1';
const DCC = 'https://w3id.org/dcc/v1';
const DID = 'https://www.w3.org/ns/did/v1';
const base = { '@context': [V2, OB3], id: 'urn:uuid:3527', type: ['VerifiableCredential', 'OpenBadgeCredential'], name: 'Teamwork' };
const subject = { id: 'did:example:learner', type: ['AchievementSubject'] };

// Each document is one step outside what the fast path covers. The fast path must say so (never guess),
// and canonicalise must then return exactly what jsonld returns: its N-Quads, or its safe-mode refusal.
describe('the fast path hands over to jsonld', () => {
  it.each<[string, object, RegExp, 'read' | 'refused']>([
    // Refused by jsonld in safe mode: the fast path need not know why, only that it does not cover it.
    ['a term no context defines', { ...base, nickname: 'x' }, /term nickname is not defined/, 'refused'],
    ['a type no context defines', { ...base, type: ['VerifiableCredential', 'MysteryCredential'] }, /type MysteryCredential is not defined/, 'refused'],
    ['a relative @id', { ...base, id: 'credential-1' }, /not an absolute IRI/, 'refused'],
    ['an @id with whitespace', { ...base, id: 'https://example.org/a b' }, /not an absolute IRI/, 'refused'],
    ['a relative IRI value', { ...base, image: 'badge.png' }, /value badge\.png of image is not an absolute IRI/, 'refused'],
    ['a key of keyword form', { ...base, '@nickname': 'x' }, /term @nickname is not defined/, 'refused'],
    ['a number as a type', { ...base, type: ['VerifiableCredential', 5] }, /@type that is not a string/, 'refused'],
    ['@value with @id', { ...base, name: { '@value': 'x', '@id': 'https://example.org/x' } }, /value object with other entries/, 'refused'],
    ['an object as @value', { ...base, name: { '@value': { a: 1 } } }, /@value that is not a string/, 'refused'],
    ['an invalid language tag', { ...base, name: { '@value': 'x', '@language': 'not a tag' } }, /@language jsonld would not keep/, 'refused'],
    ['a language-tagged number', { ...base, name: { '@value': 5, '@language': 'en' } }, /@language jsonld would not keep/, 'refused'],
    ['a blank node as a datatype', { ...base, name: { '@value': 'x', '@type': '_:datatype' } }, /datatype _:datatype is not an IRI/, 'refused'],
    ['a blank node property', { ...base, '_:property': 'x' }, /key _:property is a blank node/, 'refused'],
    ['colliding keywords', { ...base, '@id': 'https://example.org/other' }, /two entries expand to @id/, 'refused'],
    ['an unknown context', { ...base, '@context': [V2, OB3, 'https://example.org/unknown.json'] }, /did not load/, 'refused'],
    ['nothing but an @id', { '@context': V2, id: 'urn:uuid:1' }, /top-level object with no properties/, 'refused'],
    ['an @vocab-typed value no term names', { '@context': V2, type: 'DataIntegrityProof', proofPurpose: 'notAPurpose' }, /value notAPurpose of proofPurpose/, 'refused'],
    ['a protected term redefined', { '@context': [V2, { name: 'https://example.org/name' }], name: 'x' }, /inline context/, 'refused'],
    // Read by jsonld, but outside what the fast path covers, or dropped (and so not signed).
    ['a null value, which jsonld drops', { ...base, description: null }, /null value of description/, 'read'],
    ['a null @language, which jsonld drops', { ...base, name: { '@value': 'x', '@language': null } }, /@language jsonld would not keep/, 'read'],
    ['@language on a node object, which jsonld drops', { ...base, credentialSubject: { ...subject, '@language': 'en' } }, /@language on a node object/, 'read'],
    ['an inline context', { ...base, '@context': [V2, OB3, { nickname: 'https://example.org/nickname' }], nickname: 'x' }, /inline context/, 'read'],
    ['an inline @context object', { '@context': { '@vocab': 'https://example.org/' }, name: 'x' }, /not a URL or a list of URLs/, 'read'],
    ['a null @context', { '@context': [null, V2], type: 'VerifiableCredential', name: 'x' }, /inline context/, 'read'],
    ['a context that names other contexts', { '@context': OB1, id: 'https://example.org/assertion', type: 'Assertion', uid: 'abc' }, /not a single context object/, 'read'],
    ['a reverse property', { '@context': DCC, id: 'https://example.org/credential', type: 'EducationalOccupationalCredential', awardedOnCompletionOf: { id: 'https://example.org/course', name: 'x' } }, /reverse property awardedOnCompletionOf/, 'read'],
    ['a protected term defined again otherwise, by another context', { '@context': [V2, DCC], type: 'VerifiableCredential', id: 'urn:uuid:1', name: 'x' }, /protected term name is redefined/, 'refused'],
    ['an @reverse entry', { ...base, '@reverse': { 'https://schema.org/knows': { id: 'https://example.org/someone' } } }, /keyword @reverse/, 'read'],
    ['a top-level @graph', { '@context': [V2, OB3], '@graph': [{ id: 'urn:uuid:1', type: 'VerifiableCredential', name: 'x' }] }, /keyword @graph/, 'read'],
    ['an @included block', { ...base, '@included': [{ id: 'urn:uuid:2', type: 'VerifiableCredential' }] }, /keyword @included/, 'read'],
    ['an @index', { ...base, credentialSubject: { ...subject, '@index': 'i' } }, /keyword @index/, 'read'],
    ['an explicit @list', { ...base, name: { '@list': ['a', 'b'] } }, /keyword @list/, 'read'],
    ['an explicit @set', { ...base, name: { '@set': ['a', 'b'] } }, /keyword @set/, 'read'],
    ['an array in an array', { ...base, name: [['a']] }, /array in an array/, 'read'],
    ['a @direction', { ...base, name: { '@value': 'x', '@direction': 'rtl' } }, /keyword @direction/, 'refused'],
    ['a blank node @id', { ...base, credentialSubject: { ...subject, id: '_:learner' } }, /@id _:learner is not an absolute IRI/, 'read'],
    ['a JSON literal written as a value object', { ...base, name: { '@value': { a: 1 }, '@type': '@json' } }, /@value that is not a string|@type jsonld reads otherwise/, 'read'],
    ['a top-level array', [base], /not one JSON object/, 'read'],
    ['more than 10 context URLs', { ...base, '@context': [...Array(11).fill(V2), OB3] }, /more than 10 URLs/, 'read'],
  ])('at %s', async (_construct, input, reason, verdict) => {
    const paths = await bothPaths(input);
    expect(paths.fast).toEqual({ covered: false, reason: expect.stringMatching(reason) });
    expect(paths.jsonld.ok).toBe(verdict === 'read');
    expectSameAsJsonld(_construct, paths);
  });

  it('when a context loader fails, and returns what jsonld makes of it', async () => {
    const broken = (): Promise<never> => Promise.reject(new Error('chunk failed to load'));
    const input = { '@context': 'https://example.org/never-loaded.json', name: 'x' };
    const fast = await canonicaliseFast(input, { documentLoader: broken, contexts: createContextCache(), canonize: canonizeOptions() });
    expect(fast).toEqual({ covered: false, reason: 'the context https://example.org/never-loaded.json did not load' });
    expect(await canonicalise(input, { documentLoader: broken })).toMatchObject({ ok: false, reason: 'canonicalisation', message: expect.stringMatching(/could not load its own copy/) });
  });

  it('when a loader answers with JSON text or a Link header context', async () => {
    const answer = async (remote: Partial<RemoteDocument>): Promise<RemoteDocument> => ({ contextUrl: null, documentUrl: V2, document: {}, ...remote });
    const real = (await documentLoader(V2)).document;
    for (const loader of [() => answer({ document: JSON.stringify(real) }), () => answer({ document: real, contextUrl: OB3 })]) {
      const fast = await canonicaliseFast({ ...base, '@context': V2 }, { documentLoader: loader, contexts: createContextCache(), canonize: canonizeOptions() });
      expect(fast).toMatchObject({ covered: false, reason: expect.stringMatching(/not a single context object|Link header/) });
    }
  });

  it('when RDFC-1.0 gives up on too many alike blank nodes, and reports jsonld’s refusal', async () => {
    const n = 8;
    const alike = Array.from({ length: n }, (_, i) => ({ type: 'Evidence', name: `e${i % 2}`, genre: 'same' }));
    const paths = await bothPaths({ ...base, evidence: alike.map((e) => ({ ...e, name: 'same' })) });
    expectSameAsJsonld('alike blank nodes', paths);
  });

  it('and canonicalise returns jsonld’s refusal, message and all', async () => {
    const result = await canonicalise({ ...base, nickname: 'x' }, { documentLoader });
    expect(result).toEqual({
      ok: false,
      reason: 'canonicalisation',
      message: 'The term "nickname" is not defined by the JSON-LD contexts the credential names, so no signature can cover it.',
    });
  });
});

describe('the fast path covers', () => {
  it.each<[string, object]>([
    ['VC 1.1 with the Ed25519Signature2020 context', { '@context': [V1, OB3, 'https://w3id.org/security/suites/ed25519-2020/v1'], id: 'urn:uuid:1', type: ['VerifiableCredential', 'AchievementCredential'], issuanceDate: '2024-01-01T00:00:00Z', issuer: 'did:example:issuer', credentialSubject: subject }],
    ['a proof as an @graph container', { ...base, proof: { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod', verificationMethod: 'did:example:issuer#key', proofValue: 'z3' } }],
    ['a list container (allowedValue)', { ...base, credentialSubject: { ...subject, achievement: { id: 'https://example.org/a', type: 'Achievement', resultDescription: [{ id: 'https://example.org/rd', type: 'ResultDescription', allowedValue: ['B', 'A', 'B'] }] } } }],
    ['an empty list', { ...base, credentialSubject: { ...subject, achievement: { id: 'https://example.org/a', type: 'Achievement', resultDescription: { id: 'https://example.org/rd', type: 'ResultDescription', allowedValue: [] } } } }],
    ['a JSON literal (@json)', { '@context': V2, id: 'urn:uuid:1', type: 'JsonSchema', jsonSchema: { $schema: 'x', b: [1, 2.5, true, null, 'é'], a: { z: 1, y: {} } } }],
    ['a JSON literal that is null', { '@context': V2, id: 'urn:uuid:1', type: 'JsonSchema', jsonSchema: null }],
    ['a language-tagged string', { ...base, name: { '@value': 'Teamwork', '@language': 'EN-gb' } }],
    ['a typed value object', { ...base, validFrom: { '@value': '2024-01-01', '@type': 'http://www.w3.org/2001/XMLSchema#date' } }],
    ['terms under @vocab', { '@context': [V2, OB3, 'https://www.w3.org/ns/credentials/undefined-terms/v2'], ...{ id: 'urn:uuid:1', type: ['VerifiableCredential', 'Extra'], nickname: 'x', score: 2.5 } }],
    ['compact and absolute IRIs as keys', { ...base, 'https://schema.org/alternateName': 'T', 'xsd:note': 'unprefixed compact IRIs stay as written' }],
    ['a node merged from two places', { ...base, issuer: { id: 'did:example:i', type: 'Profile', name: 'A' }, credentialSubject: { ...subject, source: { id: 'did:example:i', type: 'Profile', email: 'a@example.org', name: 'A' } } }],
    ['a DID document', { '@context': DID, id: 'did:example:1', assertionMethod: ['did:example:1#key', 'did:example:1#key'], controller: 'did:example:1' }],
    ['repeated values', { ...base, credentialSubject: { ...subject, achievement: { id: 'https://example.org/a', type: ['Achievement', 'Achievement'], tag: ['x', 'x', 'y'], creditsAvailable: [5, '5', 5.0] } } }],
  ])('%s, with jsonld’s bytes', async (name, input) => {
    const paths = await bothPaths(input);
    expect(paths.fast, name).toMatchObject({ covered: true });
    expectSameAsJsonld(name, paths);
  });
});
