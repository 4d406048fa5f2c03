import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBundledDocumentLoader } from '../../../core/jsonld/document-loader.ts';
import { UnknownContextError, unknownContextMessage } from '../../../core/jsonld/unknown-context.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createBundledDocumentLoader', () => {
  it('answers a bundled context as a static remote document', async () => {
    const loader = createBundledDocumentLoader();
    const remote = await loader('https://www.w3.org/ns/credentials/v2');
    expect(remote).toMatchObject({ contextUrl: null, documentUrl: 'https://www.w3.org/ns/credentials/v2', tag: 'static' });
    expect(remote.document).toHaveProperty(['@context', 'VerifiableCredential']);
  });

  it('answers an alias with the same document as its URL', async () => {
    const loader = createBundledDocumentLoader();
    const alias = await loader('https://imsglobal.github.io/openbadges-specification/context.json');
    const url = await loader('https://purl.imsglobal.org/spec/ob/v3p0/context.json');
    expect(alias.document).toBe(url.document);
  });

  it.each([
    'https://example.org/my-context.json',
    'https://www.w3.org/ns/credentials/v2/', // near misses are unknown too
    'http://www.w3.org/ns/credentials/v2',
    'https://dc.imsglobal.org/draft/clr/v2p0/context',
  ])('refuses %s with an error naming it, and fetches nothing', async (url) => {
    const fetch = vi.fn(() => Promise.reject(new Error('no network in this test')));
    vi.stubGlobal('fetch', fetch);
    const loader = createBundledDocumentLoader();
    const failure = loader(url);
    await expect(failure).rejects.toBeInstanceOf(UnknownContextError);
    await expect(failure).rejects.toMatchObject({ code: 'unknown-context', url, message: unknownContextMessage(url) });
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('unknownContextMessage', () => {
  it('names the URL and says it was not fetched', () => {
    expect(unknownContextMessage('https://example.org/c.json')).toBe(
      'This credential uses a JSON-LD context Badge Lens does not know: https://example.org/c.json; it was not fetched.',
    );
  });
});
