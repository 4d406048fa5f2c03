// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { closestLang, loadLocale } from '../../../widget/i18n/locale.ts';
import { gatherEntries } from '../../../widget/sources/gather-entries.ts';
import { classify } from '../../../widget/sources/load-source.ts';
import { previewOf } from '../../../widget/sources/preview.ts';
import { readSources } from '../../../widget/sources/read-sources.ts';
import { arrange } from '../../../widget/view/arrange.ts';
import { badgeView } from '../../../widget/view/badge-view.ts';

const credential = {
  '@context': ['https://www.w3.org/ns/credentials/v2'],
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: { id: 'did:key:z6Mk', name: 'Example College' },
  validFrom: '2025-01-01T00:00:00Z',
  credentialSubject: { achievement: { name: 'Teamwork', image: { id: 'https://issuer.example/t.png' }, tag: ['Soft skills'] } },
};
const jws = (payload: unknown) => `eyJhbGciOiJFZERTQSJ9.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.c2ln`;

describe('previewOf', () => {
  it.each([
    ['an OB 3.0 credential', credential],
    ['a VC-JWT of it', jws(credential)],
    ['a VC-JWT with the credential in `vc`', jws({ vc: credential })],
  ])('reads name, issuer, date, tags and image from %s', (_name, value) => {
    expect(previewOf(value)).toEqual({ name: 'Teamwork', issuer: { id: 'did:key:z6Mk', name: 'Example College' }, issuedOn: '2025-01-01T00:00:00Z', tags: ['Soft skills'], image: 'https://issuer.example/t.png' });
  });
  it('reads an OB 2.0 assertion with its badge embedded, Unix timestamps included, and no unsafe image', () => {
    expect(previewOf({ type: 'Assertion', issuedOn: 1714564800, image: 'javascript:alert(1)', badge: { name: 'Robotics', issuer: { name: 'Guild' }, tags: ['robots'] } })).toEqual({ name: 'Robotics', issuer: { name: 'Guild' }, issuedOn: '2024-05-01T12:00:00.000Z', tags: ['robots'] });
  });
  it('says nothing about what is not a badge', () => {
    expect(previewOf('not a jws')).toEqual({});
    expect(previewOf(42)).toEqual({});
  });
});

describe('classify', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it.each([
    ['a PNG', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]), 'image'],
    ['an SVG with an XML prolog and a comment', bytes('<?xml version="1.0"?><!-- x --><svg xmlns="http://www.w3.org/2000/svg"/>'), 'image'],
    ['JSON', bytes('{"type":"BadgeLensCollection","badges":[]}'), 'json'],
    ['a JWS', bytes('eyJhbGciOiJSUzI1NiJ9.e30.c2ln'), 'text'],
  ])('%s', (_name, body, kind) => {
    expect(classify('https://me.example/x', body).kind).toBe(kind);
  });
});

describe('readSources', () => {
  it('reads src, inline JSON and child badges in order; a child without src uses its fallback image', () => {
    document.body.innerHTML = `<open-badges src="/badges.json"><script type="application/json">{"type":"BadgeLensCollection","badges":[]}</script>
      <open-badge><a href="https://issuer.example/a/1"><img src="/robot.png" alt="Robotics"></a></open-badge><script type="application/json">{broken</script></open-badges>`;
    const sources = readSources(document.querySelector('open-badges')!, (e) => e.localName === 'open-badge', { single: false });
    expect(sources.map((s) => s.kind)).toEqual(['url', 'inline', 'url', 'broken']);
    expect(sources[2]).toMatchObject({ url: new URL('/robot.png', document.baseURI).href, shown: { name: 'Robotics', link: 'https://issuer.example/a/1' } });
  });
});

describe('gatherEntries', () => {
  it('reads a collection: relative inputs and images against the file, saved documents, and one problem per bad badge', async () => {
    const collection = { type: 'BadgeLensCollection', collectedAt: '2026-01-01T00:00:00Z', documents: { 'https://issuer.example/l': {} }, badges: [{ input: 'a/1.png', live: ['https://issuer.example/l'] }, { input: 'x', typo: 1, also: 2 }] };
    const fetch = (async () => new Response(JSON.stringify(collection))) as typeof globalThis.fetch;
    const { entries, problems } = await gatherEntries([{ kind: 'url', url: 'https://me.example/cv/badges.json', shown: {}, element: document.body }], { fetch });
    expect(entries).toEqual([expect.objectContaining({ input: 'https://me.example/cv/a/1.png', shown: { image: 'https://me.example/cv/a/1.png' }, saved: { documents: collection.documents, live: ['https://issuer.example/l'], collectedAt: '2026-01-01T00:00:00Z' } })]);
    expect(problems).toEqual([{ source: 'https://me.example/cv/badges.json', message: '/badges/1/typo: unknown property "typo"; /badges/1/also: unknown property "also"' }]);
  });
  it('turns a source the page may not read into a badge the core will report on, not into an error', async () => {
    const fetch = (async () => { throw new TypeError('Failed to fetch'); }) as typeof globalThis.fetch;
    const { entries, problems } = await gatherEntries([{ kind: 'url', url: 'https://issuer.example/a/1', shown: { name: 'Robotics' }, element: document.body }], { fetch });
    expect(problems).toEqual([]);
    expect(entries).toEqual([expect.objectContaining({ input: 'https://issuer.example/a/1', link: 'https://issuer.example/a/1', shown: { name: 'Robotics' } })]);
  });
});

describe('language', () => {
  it('comes from the closest [lang], across shadow roots', async () => {
    document.body.innerHTML = '<div lang="fr-CA"><span id="host"></span></div>';
    const host = document.getElementById('host')!;
    const inner = host.attachShadow({ mode: 'open' });
    inner.innerHTML = '<b></b>';
    expect(closestLang(inner.querySelector('b')!)).toBe('fr-CA');
    const fr = await loadLocale('fr-CA');
    expect([fr.lang, fr.t('status.verified'), fr.t('toolbar.count', { shown: 2, total: 3 })]).toEqual(['fr', 'Vérifié', '2 badges sur 3']);
    expect((await loadLocale('xx')).t('status.blocked')).toBe("Couldn't check from this page");
  });
});

describe('arrange', () => {
  const view = (key: string, issuedOn: string | undefined, issuer: string, tags: string[]) =>
    badgeView({ key, input: key, tags, shown: { name: key, issuer: { name: issuer }, ...(issuedOn ? { issuedOn } : {}) } }, Number(key), undefined);
  const badges = [view('0', '2024-01-01', 'A', ['Web']), view('1', undefined, 'B', []), view('2', '2025-01-01', 'A', ['web'])];
  it('sorts by date either way, undated last, and filters by issuer and tag in any case', () => {
    expect(arrange(badges, { issuer: '', tag: '', sort: 'newest' }).map((b) => b.key)).toEqual(['2', '0', '1']);
    expect(arrange(badges, { issuer: '', tag: '', sort: 'oldest' }).map((b) => b.key)).toEqual(['0', '2', '1']);
    expect(arrange(badges, { issuer: 'A', tag: 'WEB', sort: 'listed' }).map((b) => b.key)).toEqual(['0', '2']);
  });
});
