import { BADGE_NAMESPACES, SVG_ELEMENTS, kindOfSvgElement, type BadgeKind } from './kinds.ts';
import { scanXml, type XmlElementHit } from './xml-scan.ts';
import { UnbakeLog, type BakedPayload, type Unbaked } from './unbaked.ts';

const BADGE_LOCAL_NAMES: ReadonlySet<string> = new Set(Object.values(SVG_ELEMENTS).map((e) => e.localName));
const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/**
 * Finds badge elements in an SVG document by namespace and local name, whatever their prefix.
 * OB 3.0 §5.3.2: the payload is the CDATA body (JSON) or the `verify` attribute (VC-JWT);
 * OB 2.0 Baking: the body holds the assertion JSON and `verify` its URL, or `verify` alone holds a JWS.
 */
export function unbakeSvg(bytes: Uint8Array): Unbaked {
  const log = new UnbakeLog();
  const scan = scanXml(bytes, BADGE_LOCAL_NAMES);
  if (scan.root === undefined || scan.root.localName !== 'svg') {
    const seen = scan.root === undefined ? 'no root element' : `a <${scan.root.qualifiedName}> root element`;
    return { found: false, format: null, reason: 'not-an-image', message: `This is not a PNG or SVG image (an XML document with ${seen}).`, warnings: [] };
  }
  if (scan.internalSubset) {
    log.warn('unexpanded-entity', 'The SVG has a DOCTYPE with declarations; they were ignored and no entity was expanded.');
  }
  if (scan.unexpanded.length > 0) {
    const names = [...new Set(scan.unexpanded)].slice(0, 3).map((n) => `&${n};`).join(', ');
    log.warn('unexpanded-entity', `Entity references (${names}) were left as written: only XML's predefined entities are expanded.`);
  }

  const payloads: BakedPayload[] = [];
  const seen = new Set<BadgeKind>();
  for (const hit of scan.hits) {
    const kind = kindOfSvgElement(hit.namespace, hit.localName);
    if (kind === undefined) {
      explainIgnored(hit, log);
      continue;
    }
    if (seen.has(kind)) {
      log.warn('duplicate', `A second <${hit.qualifiedName}> element was ignored: only the first one counts.`);
      continue;
    }
    const payload = payloadOf(hit, kind, log);
    if (payload === undefined) continue;
    seen.add(kind);
    payloads.push(payload);
  }
  if (scan.truncated) log.warn('truncated', 'The SVG ends inside markup; it may be truncated.');
  return log.result('svg', payloads, 'This SVG has no Open Badge baked into it.');
}

function payloadOf(hit: XmlElementHit, kind: BadgeKind, log: UnbakeLog): BakedPayload | undefined {
  const element = { qualifiedName: hit.qualifiedName, namespace: hit.namespace! };
  if (hit.body.text === undefined) {
    log.reject('corrupt', 'unreadable', `The text of <${hit.qualifiedName}> is not valid UTF-8.`);
    return undefined;
  }
  const body = hit.body.text.trim();
  const verify = hit.attributes.get('verify')?.trim();
  if (hit.level !== 1) {
    log.warn('placement', `<${hit.qualifiedName}> is not directly inside the <svg> element, where the specifications place it.`);
  }
  if (body !== '') {
    if (hit.body.hasBareText && body.startsWith('{')) {
      log.warn('placement', `The JSON in <${hit.qualifiedName}> is not wrapped in CDATA, as the specifications require.`);
    }
    if (hit.body.hasChildElements) {
      log.warn('placement', `<${hit.qualifiedName}> contains other elements; only its text was read.`);
    }
    const source = hit.body.hasBareText ? 'text' : 'cdata';
    return { kind, format: 'svg', source, element, payload: body, offset: hit.start, ...(verify ? { verify } : {}) };
  }
  if (verify) return { kind, format: 'svg', source: 'verify', element, payload: verify, offset: hit.start };
  log.reject('corrupt', 'unreadable', `<${hit.qualifiedName}> is empty: it has neither a body nor a verify attribute.`);
  return undefined;
}

function explainIgnored(hit: XmlElementHit, log: UnbakeLog): void {
  if (hit.namespace === undefined && hit.prefix !== '') {
    log.warn('wrong-namespace', `<${hit.qualifiedName}> was ignored: its prefix '${hit.prefix}' is not bound to any namespace.`);
    return;
  }
  const looksLikeBadge = hit.prefix !== '' || (hit.namespace !== undefined && BADGE_NAMESPACES.has(hit.namespace));
  if (!looksLikeBadge || hit.namespace === SVG_NAMESPACE) return;
  const expected = Object.values(SVG_ELEMENTS)
    .filter((e) => e.localName === hit.localName)
    .map((e) => e.namespace)
    .join(' or ');
  log.warn(
    'wrong-namespace',
    `<${hit.qualifiedName}> was ignored: it is bound to ${hit.namespace ?? 'no namespace'}, but a badge's <${hit.localName}> element belongs to ${expected}.`,
  );
}
