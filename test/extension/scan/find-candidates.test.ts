// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { classify, type Found } from '../../../extension/lib/scan/find-candidates.ts';
import { image, setImageState } from '../support/images.ts';

/** What was found, for an element that did not ask to wait. */
function found(element: Element): readonly Found[] {
  const result = classify(element);
  if (result === 'wait') throw new Error('expected a verdict, not "wait"');
  return result;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('what an element offers as a candidate', () => {
  it('an image of badge size that may be a PNG or SVG, keyed by its URL without fragment', () => {
    const img = image('https://cdn.example/robotics.png#x');
    expect(classify(img)).toEqual([{ candidate: { key: 'https://cdn.example/robotics.png', source: { kind: 'image', url: 'https://cdn.example/robotics.png' } }, anchor: img, placement: 'overlay' }]);
  });

  it.each([
    ['too narrow', { width: 31, height: 64 }],
    ['too short', { width: 64, height: 31 }],
    ['a tracking pixel', { width: 1, height: 1 }],
    ['broken (loaded, no size)', { width: 0, height: 0 }],
  ])('no image that is %s', (_what, state) => {
    expect(classify(image('https://badges.example/b.png', state))).toEqual([]);
  });

  it('no JPEG, GIF or WebP, whatever its size', () => {
    expect(classify(image('https://cdn.example/photo.jpg', { width: 400, height: 300 }))).toEqual([]);
  });

  it('goes by the source the browser chose (srcset, <picture>)', () => {
    const img = image('https://cdn.example/fallback.jpg', { width: 96, height: 96, currentSrc: 'https://badges.example/chosen.png' });
    expect(found(img)[0]?.candidate.key).toBe('https://badges.example/chosen.png');
  });

  it('asks to wait for an image still loading', () => {
    expect(classify(image('https://cdn.example/b.png', { complete: false }))).toBe('wait');
  });

  it('does not wait for an image still loading that says it is a badge, unless its size or source is yet unknown', () => {
    const loading = (src: string, attributes: Record<string, string> = {}): readonly Found[] | 'wait' => classify(image(src, { complete: false }, attributes));
    const keys = (result: readonly Found[] | 'wait'): string[] | 'wait' => (result === 'wait' ? result : result.map((f) => f.candidate.key));
    expect(keys(loading('https://cdn.example/1.png', { alt: 'Open Badge: Robotics', width: '96', height: '96' }))).toEqual(['https://cdn.example/1.png']);
    expect(keys(loading('https://badges.example/credential-2.svg'))).toEqual(['https://badges.example/credential-2.svg']);
    expect(loading('https://cdn.example/3.png', { alt: 'Open Badge' })).not.toBe('wait');
    // Deferred by the page, an icon by its markup, a source a srcset has yet to choose, another format, no badge words: wait for the load.
    expect(loading('https://cdn.example/badge.png', { loading: 'lazy' })).toBe('wait');
    expect(loading('https://cdn.example/badge-icon.png', { width: '16', height: '16' })).toBe('wait');
    expect(loading('https://cdn.example/badge.png', { srcset: 'https://cdn.example/badge-2x.png 2x' })).toBe('wait');
    expect(loading('https://cdn.example/badge.jpg')).toBe('wait');
    expect(loading('https://cdn.example/team.png', { alt: 'Team photo' })).toBe('wait');
  });

  it('marks as likely what says it is a badge, in its address, alt text or title', () => {
    const likely = (src: string, attributes: Record<string, string> = {}): boolean | undefined =>
      found(image(src, { width: 64, height: 64 }, attributes))[0]?.candidate.likely;
    expect(likely('https://images.credly.com/size/340x340/images/abc/image.png')).toBe(true);
    expect(likely('https://cdn.example/1.png', { alt: 'Open Badge: Robotics' })).toBe(true);
    expect(likely('https://cdn.example/2.png', { title: 'Certificate of completion' })).toBe(true);
    expect(likely('https://cdn.example/3.png', { alt: 'Team photo' })).toBeUndefined();
  });

  it('an SVG in <object> or <embed> of badge size', () => {
    document.body.innerHTML = '<object type="image/svg+xml" data="https://badges.example/a.svg"></object><embed src="https://badges.example/b.svg"><object data="https://example.org/doc.pdf" type="application/pdf"></object>';
    for (const element of document.body.children) (element as HTMLElement).getBoundingClientRect = () => ({ width: 96, height: 96 }) as DOMRect;
    const [object, embed, pdf] = [...document.body.children];
    expect(found(object!).map((f) => f.candidate.key)).toEqual(['https://badges.example/a.svg']);
    expect(found(embed!).map((f) => f.candidate.key)).toEqual(['https://badges.example/b.svg']);
    expect(classify(pdf!)).toEqual([]);
  });

  it('JSON-LD that holds a badge, marked after the script; schema.org markup is not', () => {
    document.body.innerHTML = `<script type="application/ld+json">{"@context":["https://www.w3.org/ns/credentials/v2"],"type":["VerifiableCredential","OpenBadgeCredential"]}</script>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"Ada"}</script>
      <script>var x = "OpenBadgeCredential";</script>`;
    const [credential, person, plain] = [...document.querySelectorAll('script')];
    expect(found(credential!).map((f) => [f.candidate.source.kind, f.placement, f.candidate.key.startsWith('data:')])).toEqual([['data', 'inline', true]]);
    expect(classify(person!)).toEqual([]);
    expect(classify(plain!)).toEqual([]);
  });

  it('a link to an assertion, marked after the link', () => {
    document.body.innerHTML = '<a href="https://issuer.example/assertions/7.json">My badge</a><a href="https://example.org/about">About</a>';
    const [assertion, about] = [...document.querySelectorAll('a')];
    expect(classify(assertion!)).toEqual([{ candidate: { key: 'https://issuer.example/assertions/7.json', source: { kind: 'document', url: 'https://issuer.example/assertions/7.json' }, likely: true }, anchor: assertion, placement: 'inline' }]);
    expect(classify(about!)).toEqual([]);
  });

  it('an outermost inline SVG with a badge element; nested SVGs are part of it', () => {
    document.body.innerHTML = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:ob="http://openbadges.org"><ob:assertion verify="https://issuer.example/assertions/1"></ob:assertion><svg id="inner"></svg></svg>`;
    const outer = document.querySelector('svg')!;
    expect(found(outer).map((f) => f.candidate.source)).toEqual([{ kind: 'data', text: 'https://issuer.example/assertions/1' }]);
    expect(classify(document.getElementById('inner')!)).toEqual([]);
  });

  it('nothing from other elements', () => {
    document.body.innerHTML = '<p>text</p><div></div>';
    expect(classify(document.querySelector('p')!)).toEqual([]);
    expect(classify(setImageState(document.createElement('img'), { width: 64, height: 64 }))).toEqual([]);
  });
});
