import { afterEach, describe, expect, it, vi } from 'vitest';
import { canonicalise } from '../../../core/jsonld/canonicalise.ts';
import { createBundledDocumentLoader } from '../../../core/jsonld/document-loader.ts';

const V1 = 'https://www.w3.org/2018/credentials/v1';
const V2 = 'https://www.w3.org/ns/credentials/v2';
const documentLoader = createBundledDocumentLoader();

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('canonicalise', () => {
  it('gives the RDFC-1.0 N-Quads of a credential, blank nodes labelled canonically', async () => {
    const result = await canonicalise(
      { '@context': V2, id: 'urn:uuid:3527', type: 'VerifiableCredential', name: 'Teamwork', credentialSubject: { name: 'Sam' } },
      { documentLoader },
    );
    expect(result).toEqual({
      ok: true,
      nquads: [
        '<urn:uuid:3527> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://www.w3.org/2018/credentials#VerifiableCredential> .',
        '<urn:uuid:3527> <https://schema.org/name> "Teamwork" .',
        '<urn:uuid:3527> <https://www.w3.org/2018/credentials#credentialSubject> _:c14n0 .',
        '_:c14n0 <https://schema.org/name> "Sam" .',
        '',
      ].join('\n'),
    });
  });

  it('gives the same N-Quads whatever the order of keys', async () => {
    const a = await canonicalise({ '@context': V2, type: 'VerifiableCredential', id: 'urn:uuid:1', name: 'A', description: 'B' }, { documentLoader });
    const b = await canonicalise({ description: 'B', name: 'A', id: 'urn:uuid:1', type: 'VerifiableCredential', '@context': V2 }, { documentLoader });
    expect(a.ok && b.ok && a.nquads === b.nquads).toBe(true);
  });

  it('names an unknown context, and fetches nothing', async () => {
    const fetch = vi.fn(() => Promise.reject(new Error('no network in this test')));
    vi.stubGlobal('fetch', fetch);
    const result = await canonicalise({ '@context': [V2, 'https://example.org/ctx.json'], name: 'x' }, { documentLoader });
    expect(result).toEqual({
      ok: false,
      reason: 'unknown-context',
      url: 'https://example.org/ctx.json',
      message: 'This credential uses a JSON-LD context Badge Lens does not know: https://example.org/ctx.json; it was not fetched.',
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses data nested deeper than any credential, before JSON-LD recursion could exhaust the stack', async () => {
    const nest = (levels: number): Record<string, unknown> => {
      let node: Record<string, unknown> = { name: 'bottom' };
      for (let i = 0; i < levels; i++) node = { name: `level ${i}`, part: node };
      return node;
    };
    // Every term defined (by @vocab), so nothing but the depth stands in the way.
    const context = [V2, { '@vocab': 'https://example.org/vocab#' }];
    const deep = { '@context': context, type: 'VerifiableCredential', id: 'urn:uuid:1', credentialSubject: nest(20_000) };
    expect(await canonicalise(deep, { documentLoader })).toEqual({
      ok: false,
      reason: 'canonicalisation',
      message: 'The credential nests its data more than 100 levels deep, a shape only crafted documents have; it cannot be checked.',
    });
    // Deep but within reason: canonicalised as usual.
    expect(await canonicalise({ '@context': context, type: 'VerifiableCredential', id: 'urn:uuid:1', credentialSubject: nest(40) }, { documentLoader })).toMatchObject({ ok: true });
  });

  // Safe mode: what JSON-LD would drop is refused, since no signature could cover it.
  it.each([
    ['a term no VC 1.1 context defines', { '@context': V1, type: 'VerifiableCredential', id: 'urn:uuid:1', nickname: 'x' }, /^The term "nickname"/],
    ['a term no context defines', { '@context': V2, type: 'VerifiableCredential', id: 'urn:uuid:1', nickname: 'x' }, /^The term "nickname" is not defined by the JSON-LD contexts the credential names/],
    ['a type no context defines', { '@context': V1, type: ['VerifiableCredential', 'MysteryCredential'], id: 'urn:uuid:1' }, /^The type "MysteryCredential" is not defined/],
    ['an identifier that is not absolute', { '@context': V2, type: 'VerifiableCredential', id: 'credential-1' }, /^The identifier "credential-1" is not an absolute URL/],
  ])('refuses %s', async (_name, document, message) => {
    const result = await canonicalise(document, { documentLoader });
    expect(result).toMatchObject({ ok: false, reason: 'canonicalisation', message: expect.stringMatching(message) });
  });

  it("reads a term an issuer leaves to VC 2.0's undefined-terms context (its @vocab)", async () => {
    const context = [V2, 'https://www.w3.org/ns/credentials/undefined-terms/v2'];
    const result = await canonicalise({ '@context': context, type: 'VerifiableCredential', id: 'urn:uuid:1', nickname: 'x' }, { documentLoader });
    expect(result).toMatchObject({ ok: true, nquads: expect.stringContaining('<https://www.w3.org/ns/credentials/undefined-term#nickname> "x"') });
  });

  it('refuses, quickly, blank nodes crafted to make canonicalisation run for ever (RDFC-1.0 dataset poisoning)', async () => {
    const n = 10;
    const clique = Array.from({ length: n }, (_, i) => ({ '@id': `_:b${i}`, knows: [...Array(n).keys()].filter((j) => j !== i).map((j) => ({ '@id': `_:b${j}` })) }));
    const started = performance.now();
    const result = await canonicalise({ '@context': { '@vocab': 'https://example.org/' }, '@graph': clique }, { documentLoader });
    expect(result).toMatchObject({ ok: false, reason: 'canonicalisation', message: expect.stringMatching(/would take too long/) });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('says so when its own loader fails, rather than blaming the credential', async () => {
    const broken = (): Promise<never> => Promise.reject(new Error('chunk failed to load'));
    // A URL no loader has answered: jsonld keeps what a loader answered before, by URL alone.
    const url = 'https://example.org/never-loaded.json';
    const result = await canonicalise({ '@context': url, name: 'x' }, { documentLoader: broken });
    expect(result).toMatchObject({ ok: false, reason: 'canonicalisation', message: `Badge Lens could not load its own copy of the JSON-LD context ${url}: chunk failed to load` });
  });

  it('refuses JSON that is not JSON-LD', async () => {
    const result = await canonicalise({ '@context': 42 }, { documentLoader });
    expect(result).toMatchObject({ ok: false, reason: 'canonicalisation', message: expect.stringMatching(/could not be read as JSON-LD/) });
  });
});
