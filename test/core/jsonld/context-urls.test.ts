import { describe, expect, it } from 'vitest';
import { contextUrlsIn, unknownContexts } from '../../../core/jsonld/context-urls.ts';

const V2 = 'https://www.w3.org/ns/credentials/v2';
const OB = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
const CLR = 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json';

describe('contextUrlsIn', () => {
  it.each([
    ['a single context', { '@context': V2 }, [V2]],
    ['a list, with an inline context', { '@context': [V2, OB, { name2: 'https://example.org/name2' }] }, [V2, OB]],
    ['a nested credential, each URL once', { '@context': [V2, CLR], credentialSubject: { verifiableCredential: [{ '@context': [V2, OB] }] } }, [V2, CLR, OB]],
    ['a scoped context inside an inline one', { '@context': [V2, { Thing: { '@id': 'https://example.org/Thing', '@context': 'https://example.org/scoped' } }] }, [V2, 'https://example.org/scoped']],
    ['no context', { name: 'x' }, []],
    ['not an object', 'https://example.org', []],
  ])('%s', (_name, document, expected) => {
    expect(contextUrlsIn(document)).toEqual(expected);
  });

  it('walks a deeply nested document without recursion', () => {
    let document: Record<string, unknown> = { '@context': 'https://example.org/deep' };
    for (let i = 0; i < 100_000; i++) document = { next: document };
    expect(contextUrlsIn(document)).toEqual(['https://example.org/deep']);
  });
});

describe('unknownContexts', () => {
  it('lists the URLs that are not bundled, and none that are', async () => {
    const document = { '@context': [V2, OB, 'https://example.org/c.json'], credentialSubject: { '@context': 'https://example.org/d.json' } };
    expect(await unknownContexts(document)).toEqual(['https://example.org/c.json', 'https://example.org/d.json']);
    expect(await unknownContexts({ '@context': [V2, OB] })).toEqual([]);
  });
});
