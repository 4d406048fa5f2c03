// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { SVG_ELEMENTS } from '../../../core/index.ts';
import { BADGE_ELEMENTS, svgBadgePayloads } from '../../../extension/lib/scan/inline-svg.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

function svgFrom(markup: string): Element {
  document.body.innerHTML = markup;
  return document.body.querySelector('svg')!;
}

describe('badge elements inside an inline SVG', () => {
  it('knows the same elements as the core (written out to keep the content script small)', () => {
    expect(BADGE_ELEMENTS).toEqual(Object.values(SVG_ELEMENTS));
  });

  it('finds an element in a real namespace, whatever its prefix (XHTML, or made by a script)', () => {
    const svg = document.createElementNS(SVG_NS, 'svg');
    const credential = document.createElementNS('https://purl.imsglobal.org/ob/v3p0', 'ob:credential');
    credential.textContent = ' {"type":["VerifiableCredential","OpenBadgeCredential"]} ';
    const assertion = document.createElementNS('http://openbadges.org', 'x:assertion');
    assertion.setAttribute('verify', 'https://issuer.example/assertions/1');
    svg.append(credential, assertion);
    expect(svgBadgePayloads(svg).sort()).toEqual(['https://issuer.example/assertions/1', '{"type":["VerifiableCredential","OpenBadgeCredential"]}']);
  });

  it('finds an element the HTML parser read with its prefix, resolving the prefix by hand', () => {
    const svg = svgFrom(`<svg xmlns="${SVG_NS}" xmlns:openbadges="http://openbadges.org" width="96" height="96">
      <openbadges:assertion verify="https://issuer.example/assertions/2"></openbadges:assertion><circle r="4"/></svg>`);
    expect(svgBadgePayloads(svg)).toEqual(['https://issuer.example/assertions/2']);
  });

  it('resolves a prefix declared on the element itself, and a CLR credential', () => {
    const svg = svgFrom(`<svg xmlns="${SVG_NS}"><g><clr:credential xmlns:clr="https://purl.imsglobal.org/clr/v2p0">eyJhbGciOiJFUzI1NiJ9.e30.c2ln</clr:credential></g></svg>`);
    expect(svgBadgePayloads(svg)).toEqual(['eyJhbGciOiJFUzI1NiJ9.e30.c2ln']);
  });

  it('ignores an element bound to another namespace, or to none', () => {
    expect(svgBadgePayloads(svgFrom(`<svg xmlns="${SVG_NS}" xmlns:openbadges="http://example.org/not-badges"><openbadges:assertion verify="x"></openbadges:assertion></svg>`))).toEqual([]);
    expect(svgBadgePayloads(svgFrom(`<svg xmlns="${SVG_NS}"><openbadges:assertion verify="x"></openbadges:assertion></svg>`))).toEqual([]);
    expect(svgBadgePayloads(svgFrom(`<svg xmlns="${SVG_NS}" xmlns:ob="https://purl.imsglobal.org/ob/v3p0"><ob:assertion>x</ob:assertion></svg>`))).toEqual([]);
  });

  it('skips an empty badge element', () => {
    expect(svgBadgePayloads(svgFrom(`<svg xmlns="${SVG_NS}" xmlns:ob="http://openbadges.org"><ob:assertion>  </ob:assertion></svg>`))).toEqual([]);
  });
});
