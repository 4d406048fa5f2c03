import { describe, expect, it } from 'vitest';
import { canonizeOptions } from '../../../../core/jsonld/canonicalise.ts';
import { canonicaliseWithJsonld } from '../../../../core/jsonld/canonicalise-jsonld.ts';
import { createBundledDocumentLoader, type RemoteDocument } from '../../../../core/jsonld/document-loader.ts';
import { createContextCache, MAX_DERIVED } from '../../../../core/jsonld/fast/active-context.ts';
import { canonicaliseFast } from '../../../../core/jsonld/fast/canonicalise-fast.ts';
import { achievementCredential, clrCredential } from '../../../support/ob3-documents.ts';

const EXTENSIONS = 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json';
const credential = { ...achievementCredential(), '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json', EXTENSIONS] };

describe('the fast path’s context cache', () => {
  it('processes contexts on the first call only: a second credential of the same shape derives none', async () => {
    const documentLoader = createBundledDocumentLoader();
    const contexts = documentLoader.contextCache;
    const first = await canonicaliseFast(credential, { documentLoader, contexts, canonize: canonizeOptions() });
    const derived = contexts.derivedCount;
    expect(derived).toBeGreaterThan(0);
    const second = await canonicaliseFast(structuredClone(credential), { documentLoader, contexts, canonize: canonizeOptions() });
    expect(contexts.derivedCount).toBe(derived);
    expect(second).toEqual(first);
  });

  it('gives the same N-Quads with a fresh cache as with a warm one', async () => {
    const documentLoader = createBundledDocumentLoader();
    const clr = { ...clrCredential([credential]), '@context': [...(clrCredential()['@context'] as string[]), EXTENSIONS] };
    const warm = await canonicaliseFast(clr, { documentLoader, contexts: documentLoader.contextCache, canonize: canonizeOptions() });
    const again = await canonicaliseFast(clr, { documentLoader, contexts: documentLoader.contextCache, canonize: canonizeOptions() });
    const fresh = await canonicaliseFast(clr, { documentLoader, contexts: createContextCache(), canonize: canonizeOptions() });
    expect(warm).toMatchObject({ covered: true });
    expect(again).toEqual(warm);
    expect(fresh).toEqual(warm);
  });

  it('is keyed by the context documents, not their URLs: another document at the same URL is processed anew', async () => {
    const url = 'https://example.org/context.json';
    const as = (iri: string) => async (): Promise<RemoteDocument> => ({ contextUrl: null, documentUrl: url, document: { '@context': { name: iri } } });
    const input = { '@context': url, '@id': 'urn:uuid:1', name: 'x' };
    const contexts = createContextCache();
    const a = await canonicaliseFast(input, { documentLoader: as('https://example.org/a'), contexts, canonize: canonizeOptions() });
    const b = await canonicaliseFast(input, { documentLoader: as('https://example.org/b'), contexts, canonize: canonizeOptions() });
    expect(a).toEqual({ covered: true, nquads: '<urn:uuid:1> <https://example.org/a> "x" .\n' });
    expect(b).toEqual({ covered: true, nquads: '<urn:uuid:1> <https://example.org/b> "x" .\n' });
    // jsonld agrees, given a loader that does not let it keep contexts by URL (no 'static' tag).
    expect(await canonicaliseWithJsonld(input, { documentLoader: as('https://example.org/b') }, canonizeOptions())).toEqual({ ok: true, nquads: b.covered ? b.nquads : '' });
  });

  it('stops keeping derived contexts past its bound, and still gives the same N-Quads', async () => {
    const documentLoader = createBundledDocumentLoader();
    const contexts = createContextCache();
    contexts.derivedCount = MAX_DERIVED;
    const full = await canonicaliseFast(credential, { documentLoader, contexts, canonize: canonizeOptions() });
    expect(contexts.derivedCount).toBe(MAX_DERIVED);
    expect(contexts.initial.derived.embedded.size).toBe(0);
    expect(full).toEqual(await canonicaliseFast(credential, { documentLoader, contexts: createContextCache(), canonize: canonizeOptions() }));
  });
});
