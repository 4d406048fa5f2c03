import { describe, expect, it } from 'vitest';
import { unbake, type Unbaked } from '../../../core/index.ts';
import { compactJws, ob2HostedAssertion, ob3Credential } from '../../support/payloads.ts';
import { cdata, CLR_NS, OB2_NS, OB3_NS, svgDocument, utf8 } from '../../support/svg-factory.ts';

const credentialJson = JSON.stringify(ob3Credential);
const read = (svg: string): Unbaked => unbake(utf8(svg));
const codes = (result: Unbaked): string[] => result.warnings.map((w) => w.code);

function found(result: Unbaked) {
  if (!result.found) throw new Error(`expected a badge, got: ${result.message}`);
  return result;
}

describe('unbake on SVG', () => {
  it('reads an OB 3.0 credential from CDATA', () => {
    const svg = svgDocument({ rootAttributes: `xmlns:openbadges="${OB3_NS}"`, children: `  <openbadges:credential>\n    ${cdata(credentialJson)}\n  </openbadges:credential>` });
    const result = found(read(svg));
    expect(result.format).toBe('svg');
    expect(result.payloads).toEqual([
      { kind: 'credential', format: 'svg', source: 'cdata', element: { qualifiedName: 'openbadges:credential', namespace: OB3_NS }, payload: credentialJson, offset: Buffer.from(svg).indexOf('<openbadges:credential') },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('finds the element under any prefix bound to the namespace', () => {
    const svg = svgDocument({ rootAttributes: `xmlns:x="${OB3_NS}"`, children: `<x:credential>${cdata(credentialJson)}</x:credential>` });
    expect(found(read(svg)).payloads[0]).toMatchObject({ kind: 'credential', element: { qualifiedName: 'x:credential' } });
  });

  it('resolves a default namespace declared on the element itself', () => {
    const svg = svgDocument({ children: `<credential xmlns="${OB3_NS}">${cdata(credentialJson)}</credential>` });
    expect(found(read(svg)).payloads[0]).toMatchObject({ kind: 'credential', payload: credentialJson });
  });

  it('uses the innermost binding of a prefix', () => {
    const svg = svgDocument({
      rootAttributes: `xmlns:ob="${OB2_NS}"`,
      children: `<g xmlns:ob="${OB3_NS}"><ob:credential>${cdata(credentialJson)}</ob:credential></g><ob:credential>${cdata('{"id":"other"}')}</ob:credential>`,
    });
    const result = found(read(svg));
    expect(result.payloads).toHaveLength(1);
    expect(result.payloads[0]!.payload).toBe(credentialJson);
    expect(codes(result)).toEqual(['placement', 'wrong-namespace']);
  });

  it('lets a binding go out of scope when its element closes', () => {
    const svg = svgDocument({ children: `<g xmlns:ob="${OB3_NS}"></g><ob:credential>${cdata(credentialJson)}</ob:credential>` });
    const result = read(svg);
    expect(result).toMatchObject({ found: false, reason: 'no-badge' });
    expect(result.warnings[0]!.message).toMatch(/prefix 'ob' is not bound/);
  });

  it('reads a VC-JWT from the verify attribute of a self-closing element', () => {
    const jwt = compactJws({ vc: ob3Credential });
    const svg = svgDocument({ rootAttributes: `xmlns:openbadges="${OB3_NS}"`, children: `<openbadges:credential verify="${jwt}"/>` });
    expect(found(read(svg)).payloads[0]).toMatchObject({ kind: 'credential', source: 'verify', payload: jwt });
  });

  it('reads an OB 2.0 hosted assertion: JSON in the body, URL in verify', () => {
    const svg = svgDocument({
      rootAttributes: `xmlns:openbadges="${OB2_NS}"`,
      children: `<openbadges:assertion verify="${ob2HostedAssertion.id}">${cdata(JSON.stringify(ob2HostedAssertion))}</openbadges:assertion>`,
    });
    expect(found(read(svg)).payloads[0]).toMatchObject({ kind: 'assertion', source: 'cdata', verify: ob2HostedAssertion.id, payload: JSON.stringify(ob2HostedAssertion) });
  });

  it('falls back to verify when the body is an empty CDATA section', () => {
    const svg = svgDocument({ rootAttributes: `xmlns:openbadges="${OB2_NS}"`, children: `<openbadges:assertion verify="https://issuer.example/a/1">\n  <![CDATA[]]>\n</openbadges:assertion>` });
    expect(found(read(svg)).payloads[0]).toMatchObject({ source: 'verify', payload: 'https://issuer.example/a/1' });
  });

  it('reads a CLR 2.0 credential', () => {
    const svg = svgDocument({ rootAttributes: `xmlns:clr="${CLR_NS}"`, children: `<clr:credential>${cdata('{"type":["ClrCredential"]}')}</clr:credential>` });
    expect(found(read(svg)).payloads[0]).toMatchObject({ kind: 'clr' });
  });

  it('decodes escaped JSON text but warns that it is not in CDATA', () => {
    const escaped = credentialJson.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');
    const svg = svgDocument({ rootAttributes: `xmlns:openbadges="${OB3_NS}"`, children: `<openbadges:credential>${escaped}</openbadges:credential>` });
    const result = found(read(svg));
    expect(result.payloads[0]).toMatchObject({ source: 'text', payload: credentialJson });
    expect(codes(result)).toEqual(['placement']);
  });

  it('decodes entity and character references in the verify attribute', () => {
    const svg = svgDocument({ rootAttributes: `xmlns:openbadges="${OB2_NS}"`, children: `<openbadges:assertion verify="https://issuer.example/a?x=1&amp;y=&#50;&#x33;"/>` });
    expect(found(read(svg)).payloads[0]!.payload).toBe('https://issuer.example/a?x=1&y=23');
  });

  it('reads attribute values that contain > and quotes of the other kind', () => {
    const svg = svgDocument({
      rootAttributes: `xmlns:openbadges="${OB3_NS}" data-note='a > b "quoted"'`,
      children: `<path d="M0 0" title="x>y"/><openbadges:credential>${cdata(credentialJson)}</openbadges:credential>`,
    });
    expect(found(read(svg)).payloads[0]!.payload).toBe(credentialJson);
  });

  it('is not fooled by badge markup inside comments or CDATA elsewhere', () => {
    const fake = `<openbadges:credential>${cdata('{"id":"fake"}')}</openbadges:credential>`;
    const svg = svgDocument({ rootAttributes: `xmlns:openbadges="${OB3_NS}"`, children: `<!-- ${fake} --><style>${cdata(fake)}</style>` });
    expect(read(svg)).toMatchObject({ found: false, reason: 'no-badge' });
  });

  it('ignores a badge-named element in the wrong namespace and says what it saw', () => {
    const svg = svgDocument({ rootAttributes: `xmlns:openbadges="${OB2_NS}"`, children: `<openbadges:credential>${cdata(credentialJson)}</openbadges:credential>` });
    const result = read(svg);
    expect(result).toMatchObject({ found: false, reason: 'no-badge' });
    expect(codes(result)).toEqual(['wrong-namespace']);
    expect(result.warnings[0]!.message).toContain(`bound to ${OB2_NS}`);
  });

  it('does not mistake an SVG-namespace element named credential for a badge', () => {
    const svg = svgDocument({ children: '<credential>not a badge</credential>' });
    expect(read(svg)).toEqual({ found: false, format: 'svg', reason: 'no-badge', message: 'This SVG has no Open Badge baked into it.', warnings: [] });
  });

  it('keeps the first element and reports the duplicate', () => {
    const svg = svgDocument({
      rootAttributes: `xmlns:openbadges="${OB3_NS}"`,
      children: `<openbadges:credential>${cdata(credentialJson)}</openbadges:credential><openbadges:credential>${cdata('{"id":"second"}')}</openbadges:credential>`,
    });
    const result = found(read(svg));
    expect(result.payloads.map((p) => p.payload)).toEqual([credentialJson]);
    expect(codes(result)).toEqual(['duplicate']);
  });

  it('finds badges placed after a large drawing, and a duplicate at the very end', () => {
    const svg = svgDocument({ rootAttributes: `xmlns:ob="${OB3_NS}"`, paths: 2000 }).replace(
      '</svg>',
      `<ob:credential>${cdata(credentialJson)}</ob:credential>\n<ob:credential verify="a.b.c"/></svg>`,
    );
    const result = found(read(svg));
    expect(result.payloads.map((p) => p.payload)).toEqual([credentialJson]);
    expect(codes(result)).toEqual(['duplicate']);
  });

  it('warns when the element is not directly inside <svg>', () => {
    const svg = svgDocument({ rootAttributes: `xmlns:openbadges="${OB3_NS}"`, children: `<g><openbadges:credential>${cdata(credentialJson)}</openbadges:credential></g>` });
    const result = found(read(svg));
    expect(codes(result)).toEqual(['placement']);
  });

  it('rejects an empty element with a reason', () => {
    const svg = svgDocument({ rootAttributes: `xmlns:openbadges="${OB3_NS}"`, children: '<openbadges:credential></openbadges:credential>' });
    expect(read(svg)).toMatchObject({ found: false, reason: 'corrupt', message: expect.stringMatching(/is empty/) });
  });

  it('accepts a byte-order mark and a DOCTYPE without declarations', () => {
    const svg = '\ufeff' + svgDocument({
      prolog: '<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">',
      rootAttributes: `xmlns:openbadges="${OB3_NS}"`,
      children: `<openbadges:credential>${cdata(credentialJson)}</openbadges:credential>`,
    });
    const result = found(read(svg));
    expect(result.warnings).toEqual([]);
  });

  it('refuses UTF-16, and a badge whose text is not UTF-8', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(svgDocument(), 'utf16le')]);
    expect(unbake(utf16)).toMatchObject({ found: false, reason: 'unsupported', message: expect.stringMatching(/UTF-16/) });
    const broken = (where: 'badge' | 'drawing') =>
      Buffer.concat([
        Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="${OB3_NS}"><openbadges:credential><![CDATA[{"name":"`),
        where === 'badge' ? Buffer.from([0xc3, 0x28]) : Buffer.from('ok'),
        Buffer.from('"}]]></openbadges:credential><desc>'),
        where === 'drawing' ? Buffer.from([0xc3, 0x28]) : Buffer.from('ok'),
        Buffer.from('</desc></svg>'),
      ]);
    expect(unbake(broken('badge'))).toMatchObject({ found: false, reason: 'corrupt', message: expect.stringMatching(/not valid UTF-8/) });
    // Bytes outside the badge are never decoded, so they cannot spoil it.
    expect(unbake(broken('drawing'))).toMatchObject({ found: true, payloads: [{ payload: '{"name":"ok"}' }] });
  });

  it('reports byte offsets, multi-byte text before the badge included', () => {
    const svg = svgDocument({ rootAttributes: `xmlns:openbadges="${OB3_NS}" aria-label="Médaille — 日本"`, children: `<openbadges:credential>${cdata(credentialJson)}</openbadges:credential>` });
    const bytes = utf8(svg);
    const { offset } = found(unbake(bytes)).payloads[0]!;
    expect(Buffer.from(bytes.subarray(offset, offset + 22)).toString()).toBe('<openbadges:credential');
  });
});
