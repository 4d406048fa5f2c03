import { signedParts } from '../../../../../core/verify/vc/data-integrity/proof-configuration.ts';
import { identifySuite } from '../../../../../core/verify/vc/data-integrity/suites.ts';
import {
  clrCredential,
  DATA_INTEGRITY_V2,
  ED25519_2020,
  OB3_CONTEXTS,
  OB3_EXTENSIONS,
  openBadgeCredential,
  signed,
  UNDEFINED_TERMS,
  V1,
  V2,
  type Flavour,
} from './credentials.ts';
import { random, text, type Random } from './random.ts';

type Json = Record<string, unknown>;

/** A generated document, and whether it is as issuers write them (`clean`) or deliberately broken. */
export interface GeneratedCase {
  readonly name: string;
  readonly document: object;
  readonly clean: boolean;
}

const [OB303, OB302, OB301, OB300] = OB3_CONTEXTS as [string, string, string, string];
const FLAVOURS: readonly Flavour[] = [
  { vcdm: '2.0', context: [V2, OB303] },
  { vcdm: '2.0', context: [V2, OB303, OB3_EXTENSIONS] },
  { vcdm: '2.0', context: [V2, OB302] },
  { vcdm: '2.0', context: [V2, OB303, UNDEFINED_TERMS] },
  { vcdm: '2.0', context: [V2, OB303, OB3_EXTENSIONS, DATA_INTEGRITY_V2] },
  { vcdm: '1.1', context: [V1, OB303, DATA_INTEGRITY_V2] },
  { vcdm: '1.1', context: [V1, OB301, ED25519_2020] },
  { vcdm: '1.1', context: [V1, OB300, DATA_INTEGRITY_V2] },
  { vcdm: '1.1', context: [V1, OB303, OB3_EXTENSIONS, ED25519_2020] },
];

/**
 * The documents of seed `seed`: a credential (an OB 3.0 credential under one of the context sets issuers
 * use, or a CLR 2.0 with nested credentials), then what its proofs sign (the credential without proof, each
 * proof's configuration) and the credential with its proof; then, for some seeds, one of them broken in
 * one of the ways the fast path must hand over to jsonld.
 */
export function generatedCases(seed: number): GeneratedCase[] {
  const r = random(seed);
  const isClr = r.chance(0.15);
  const flavour = r.pick(FLAVOURS);
  let credential = isClr ? clrCredential(r) : openBadgeCredential(r, flavour);
  if (flavour.context.includes(UNDEFINED_TERMS) && !isClr) credential = withUndefinedTerms(r, credential);
  const withProof = signed(r, r.chance(0.2) ? shuffledKeys(r, credential) : credential);
  const proof = withProof.proof as Json;
  const identified = identifySuite(proof);
  const parts = identified.ok ? signedParts(withProof, proof, identified.suite) : undefined;
  if (parts === undefined || 'ok' in parts) throw new Error(`seed ${seed}: the generated proof is not one Badge Lens checks`);
  const cases: GeneratedCase[] = [
    { name: `seed ${seed}: credential`, document: parts.unsecured, clean: true },
    { name: `seed ${seed}: proof configuration`, document: parts.proofConfig, clean: true },
    { name: `seed ${seed}: credential with its proof`, document: withProof, clean: true },
  ];
  if (r.chance(0.35)) {
    const [how, broken] = broke(r, structuredClone(parts.unsecured as Json));
    cases.push({ name: `seed ${seed}: credential with ${how}`, document: broken, clean: false });
  }
  return cases;
}

/** Under VC 2.0's undefined-terms context, entries no context defines, anywhere; @vocab gives them IRIs. */
function withUndefinedTerms(r: Random, credential: Json): Json {
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (typeof node !== 'object' || node === null || '@value' in node) return node;
    const copy = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === '@context' ? v : visit(v)]));
    if (r.chance(0.3)) copy[r.pick(['nickname', 'extraNote', 'score', 'x-custom'])] = r.pick<unknown>([text(r), 7, 2.5, true, { note: text(r) }, ['a', 'b']]);
    return copy;
  };
  return visit(credential) as Json;
}

/** The same JSON with keys in another order, at every level (JSON-LD must not care). */
function shuffledKeys(r: Random, value: Json): Json {
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (typeof node !== 'object' || node === null) return node;
    return Object.fromEntries(r.shuffled(Object.entries(node)).map(([k, v]) => [k, k === '@context' ? v : visit(v)]));
  };
  return visit(value) as Json;
}

const subjectOf = (credential: Json): Json => credential.credentialSubject as Json;

function withoutContext(credential: Json): Json {
  const { '@context': _context, ...rest } = credential;
  return rest;
}

/** The credential broken in one way the fast path does not cover; jsonld then gives its result or error. */
function broke(r: Random, credential: Json): [string, object] {
  const context = credential['@context'] as unknown[];
  const breakers: [string, () => object][] = [
    ['a term no context defines', () => ({ ...credential, nickname: 'x' })],
    ['a null value', () => ({ ...credential, name: null })],
    ['a relative @id', () => ({ ...credential, id: 'credential-1' })],
    ['an @id with a space', () => ({ ...credential, id: 'https://example.org/a b' })],
    ['a blank node @id', () => ({ ...credential, credentialSubject: { ...subjectOf(credential), id: '_:learner' } })],
    ['an inline context', () => ({ ...credential, '@context': [...context, { nickname: 'https://example.org/nickname' }], nickname: 'x' })],
    ['an unknown context', () => ({ ...credential, '@context': [...context, 'https://example.org/unknown-context.json'] })],
    ['a top-level @graph', () => ({ '@context': context, '@graph': [withoutContext(credential)] })],
    ['an @index', () => ({ ...credential, credentialSubject: { ...subjectOf(credential), '@index': 'i' } })],
    ['an array in an array', () => ({ ...credential, type: [['VerifiableCredential']] })],
    ['@language on a node object', () => ({ ...credential, credentialSubject: { ...subjectOf(credential), '@language': 'en' } })],
    ['an explicit @list', () => ({ ...credential, name: { '@list': ['a', 'b'] } })],
    ['a number as a type', () => ({ ...credential, type: ['VerifiableCredential', 5] })],
    ['a key of keyword form', () => ({ ...credential, '@unknownKeyword': 'x' })],
    ['a JSON value object', () => ({ ...credential, name: { '@value': { a: 1 }, '@type': '@json' } })],
    ['an @reverse', () => ({ ...credential, '@reverse': { 'https://schema.org/knows': { id: 'https://example.org/someone' } } })],
    ['a @direction', () => ({ ...credential, name: { '@value': 'x', '@direction': 'rtl' } })],
    ['@value and @id together', () => ({ ...credential, name: { '@value': 'x', '@id': 'https://example.org/x' } })],
    ['an invalid language tag', () => ({ ...credential, name: { '@value': 'x', '@language': 'not a tag' } })],
    ['a top-level array', () => [credential]],
    ['a blank node property', () => ({ ...credential, '_:property': 'x' })],
    ['a colliding @id', () => ({ ...credential, '@id': 'https://example.org/other' })],
    ['a datatype that is a blank node', () => ({ ...credential, name: { '@value': 'x', '@type': '_:datatype' } })],
  ];
  const [how, make] = r.pick(breakers);
  return [how, make()];
}
