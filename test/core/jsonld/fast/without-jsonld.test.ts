import { describe, expect, it, vi } from 'vitest';
import { canonicalise } from '../../../../core/jsonld/canonicalise.ts';
import { createBundledDocumentLoader } from '../../../../core/jsonld/document-loader.ts';
import { achievementCredential } from '../../../support/ob3-documents.ts';

// Counts the times anything loads jsonld; canonicalise-jsonld.ts imports it dynamically, on first use.
const jsonld = vi.hoisted(() => ({ loads: 0 }));
vi.mock('jsonld', async (importOriginal) => {
  jsonld.loads++;
  return importOriginal();
});

const EXTENSIONS = 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json';
const credential = { ...achievementCredential(), '@context': [...(achievementCredential()['@context'] as string[]), EXTENSIONS] };

// DESIGN.md, Performance budgets: jsonld (~150 KB minified) loads only when a proof needs it, and with the
// fast path, only when the proof's credential is one the fast path does not cover. That is most of the
// first verification's cost.
describe('canonicalise', () => {
  it('does not load jsonld for a credential the fast path covers', async () => {
    const documentLoader = createBundledDocumentLoader();
    expect(await canonicalise(credential, { documentLoader })).toMatchObject({ ok: true });
    expect(jsonld.loads).toBe(0);
  });

  it('loads it for a credential the fast path hands over', async () => {
    const documentLoader = createBundledDocumentLoader();
    const result = await canonicalise({ ...credential, nickname: 'x' }, { documentLoader });
    expect(result).toMatchObject({ ok: false, reason: 'canonicalisation', message: expect.stringMatching(/"nickname"/) });
    expect(jsonld.loads).toBe(1);
  });
});
