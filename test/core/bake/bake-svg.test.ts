import { describe, expect, it } from 'vitest';
import { bakeSvg, unbake, type Unbaked } from '../../../core/index.ts';
import { compactJws, ob1HostedAssertion, ob2HostedAssertion, ob3Credential } from '../../support/payloads.ts';
import { cdata, CLR_NS, OB2_NS, OB3_NS, svgDocument, utf8 } from '../../support/svg-factory.ts';

const credentialJson = JSON.stringify(ob3Credential);
const read = (svg: string): Unbaked => unbake(utf8(svg));

describe('bakeSvg', () => {
  it('bakes JSON into CDATA as the first child of <svg>, declaring the namespace', () => {
    const baked = bakeSvg(svgDocument(), credentialJson, 'credential');
    expect(baked).toMatch(new RegExp(`<svg [^>]*xmlns:openbadges="${OB3_NS}"[^>]*>\\n  <openbadges:credential><!\\[CDATA\\[`));
    expect(read(baked)).toMatchObject({ found: true, warnings: [], payloads: [{ kind: 'credential', source: 'cdata', payload: credentialJson }] });
  });

  it('survives a payload containing the CDATA terminator', () => {
    expect(credentialJson).toContain(']]>');
    const result = read(bakeSvg(svgDocument(), credentialJson, 'credential'));
    expect(result).toMatchObject({ found: true, payloads: [{ payload: credentialJson }] });
  });

  it('bakes a JWS into the verify attribute of a self-closing element', () => {
    const jws = compactJws(ob2HostedAssertion);
    const baked = bakeSvg(svgDocument(), jws, 'assertion');
    expect(baked).toContain(`<openbadges:assertion verify="${jws}"/>`);
    expect(read(baked)).toMatchObject({ found: true, payloads: [{ kind: 'assertion', source: 'verify', payload: jws }] });
  });

  it.each([
    ['2.0', ob2HostedAssertion, ob2HostedAssertion.id],
    ['1.x', ob1HostedAssertion, ob1HostedAssertion.verify.url],
  ])('puts an OB %s hosted assertion URL in verify and its JSON in the body', (_v, assertion, url) => {
    const result = read(bakeSvg(svgDocument(), JSON.stringify(assertion), 'assertion'));
    expect(result).toMatchObject({ found: true, payloads: [{ source: 'cdata', verify: url, payload: JSON.stringify(assertion) }] });
  });

  it('escapes what an attribute cannot hold', () => {
    const url = 'https://issuer.example/a?x=1&y="2"<3>';
    expect(read(bakeSvg(svgDocument(), url, 'assertion'))).toMatchObject({ found: true, payloads: [{ payload: url }] });
  });

  it('replaces existing badge elements of any kind instead of adding a second', () => {
    const old = svgDocument({
      rootAttributes: `xmlns:openbadges="${OB2_NS}" xmlns:clr="${CLR_NS}"`,
      children: `  <openbadges:assertion verify="https://issuer.example/old"/>\n  <g><clr:credential>${cdata('{"id":"old"}')}</clr:credential></g>`,
    });
    const baked = bakeSvg(old, credentialJson, 'credential');
    const result = read(baked);
    expect(result).toMatchObject({ found: true, warnings: [], payloads: [{ kind: 'credential', payload: credentialJson }] });
    expect(result.found && result.payloads).toHaveLength(1);
    expect(baked).not.toContain('old');
    // The OB 2.0 prefix 'openbadges' is taken, so the credential gets a prefix of its own.
    expect(baked).toContain(`xmlns:ob3="${OB3_NS}"`);
  });

  it('reuses a prefix already bound to the namespace', () => {
    const svg = svgDocument({ rootAttributes: `xmlns:ob="${OB3_NS}"` });
    const baked = bakeSvg(svg, credentialJson, 'credential');
    expect(baked).toContain('<ob:credential>');
    expect(baked.match(/xmlns:ob=/g)).toHaveLength(1);
  });

  it('bakes twice to the same single element', () => {
    const once = bakeSvg(svgDocument(), '{"id":"1"}', 'credential');
    const twice = bakeSvg(once, credentialJson, 'credential');
    expect(twice.match(/<openbadges:credential/g)).toHaveLength(1);
    expect(twice.match(/xmlns:openbadges=/g)).toHaveLength(1);
  });

  it('expands a self-closing <svg/> root', () => {
    const baked = bakeSvg('<svg xmlns="http://www.w3.org/2000/svg"/>', credentialJson, 'credential');
    expect(read(baked)).toMatchObject({ found: true, payloads: [{ payload: credentialJson }] });
    expect(baked.endsWith('</svg>')).toBe(true);
  });

  it('leaves the drawing untouched', () => {
    const svg = svgDocument({ paths: 20 });
    const baked = bakeSvg(svg, credentialJson, 'credential');
    const drawing = (s: string) => s.split('\n').filter((l) => l.includes('<path'));
    expect(drawing(baked)).toEqual(drawing(svg));
  });

  it('throws a coded error for documents that are not SVG', () => {
    expect(() => bakeSvg('<html></html>', credentialJson, 'credential')).toThrowError(expect.objectContaining({ code: 'invalid-image' }));
    expect(() => bakeSvg('<svg><g', credentialJson, 'credential')).toThrowError(expect.objectContaining({ code: 'invalid-image', message: expect.stringMatching(/incomplete/) }));
    expect(() => bakeSvg(svgDocument(), '', 'credential')).toThrowError(expect.objectContaining({ code: 'invalid-payload' }));
  });

  it('bakes a VC-JWT credential into verify', () => {
    const jwt = compactJws({ vc: ob3Credential }, { alg: 'EdDSA', typ: 'JWT' });
    expect(read(bakeSvg(svgDocument(), jwt, 'credential'))).toMatchObject({ found: true, payloads: [{ kind: 'credential', source: 'verify', payload: jwt }] });
  });
});
