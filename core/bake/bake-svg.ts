import { BadgeLensError } from '../errors.ts';
import { SVG_ELEMENTS, isBadgeKind, kindOfSvgElement, type BadgeKind } from './kinds.ts';
import { escapeXml } from './xml-entities.ts';
import { scanXml, type XmlRoot } from './xml-scan.ts';

const BADGE_LOCAL_NAMES: ReadonlySet<string> = new Set(Object.values(SVG_ELEMENTS).map((e) => e.localName));
const PREFERRED_PREFIXES: Readonly<Record<BadgeKind, readonly string[]>> = {
  assertion: ['openbadges', 'ob2'],
  credential: ['openbadges', 'ob3'],
  clr: ['clr', 'clrcredential'],
};

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Returns the SVG with `payload` baked in as the first child of `<svg>` (OB 2.0 Baking, OB 3.0 §5.3.2):
 * JSON goes in a CDATA body, a JWS, VC-JWT or URL in the `verify` attribute. Badge elements already in the
 * image, of any kind, are removed, so the result holds exactly one badge.
 * Throws `BadgeLensError` ('invalid-image') when the text is not an SVG document.
 *
 * @example
 * const baked = bakeSvg(svgText, compactJws, 'credential');
 */
export function bakeSvg(svg: string, payload: string, kind: BadgeKind = 'assertion'): string {
  if (!isBadgeKind(kind)) throw new BadgeLensError('invalid-argument', `Unknown badge kind '${String(kind)}'.`);
  const text = payload.trim();
  if (text === '') throw new BadgeLensError('invalid-payload', 'There is nothing to bake: the payload is empty.');
  const bytes = new TextEncoder().encode(svg);
  const scan = scanXml(bytes, BADGE_LOCAL_NAMES, { whole: true });
  const root = scan.root;
  if (root === undefined || root.localName !== 'svg') throw new BadgeLensError('invalid-image', 'The image is not an SVG document.');
  if (scan.truncated) throw new BadgeLensError('invalid-image', 'The SVG ends inside markup: it is incomplete.');

  const edits: Edit[] = scan.hits
    .filter((hit) => kindOfSvgElement(hit.namespace, hit.localName) !== undefined)
    .map((hit) => ({ start: withLeadingSpace(bytes, hit.start), end: hit.end, text: '' }));

  const { namespace, localName } = SVG_ELEMENTS[kind];
  const prefix = prefixFor(root, kind, namespace);
  const declaration = root.attributes.get(`xmlns:${prefix}`) === namespace ? '' : ` xmlns:${prefix}="${namespace}"`;
  const element = badgeElement(`${prefix}:${localName}`, text, kind);
  const tagEnd = root.selfClosing ? root.startTagEnd - 1 : root.startTagEnd;
  const closing = root.selfClosing ? `>${element}\n</${root.qualifiedName}>` : `>${element}`;
  edits.push({ start: tagEnd, end: root.startTagEnd + 1, text: `${declaration}${closing}` });

  // Offsets are in bytes and every edit sits between ASCII markup, so each kept slice is whole UTF-8.
  const decoder = new TextDecoder();
  let out = '';
  let at = 0;
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    out += decoder.decode(bytes.subarray(at, edit.start)) + edit.text;
    at = edit.end;
  }
  return out + decoder.decode(bytes.subarray(at));
}

function prefixFor(root: XmlRoot, kind: BadgeKind, namespace: string): string {
  for (const [name, value] of root.attributes) {
    if (name.startsWith('xmlns:') && value === namespace) return name.slice(6);
  }
  const free = (p: string): boolean => !root.attributes.has(`xmlns:${p}`);
  return PREFERRED_PREFIXES[kind].find(free) ?? firstFree(free);
}

function firstFree(free: (prefix: string) => boolean): string {
  for (let n = 2; ; n++) if (free(`openbadges${n}`)) return `openbadges${n}`;
}

function badgeElement(name: string, payload: string, kind: BadgeKind): string {
  if (!payload.startsWith('{')) return `\n  <${name} verify="${escapeXml(payload)}"/>`;
  const url = kind === 'assertion' ? hostedUrl(payload) : undefined;
  const verify = url === undefined ? '' : ` verify="${escapeXml(url)}"`;
  // A CDATA section cannot contain ']]>': split it across two sections.
  const cdata = payload.replaceAll(']]>', ']]]]><![CDATA[>');
  return `\n  <${name}${verify}><![CDATA[${cdata}]]></${name}>`;
}

/** OB 2.0 Baking: a hosted assertion's SVG carries its URL in `verify` (1.x: `verify.url`; 2.0: `id`). */
function hostedUrl(json: string): string | undefined {
  try {
    const doc: unknown = JSON.parse(json);
    if (typeof doc !== 'object' || doc === null) return undefined;
    const record = doc as { id?: unknown; verify?: { url?: unknown; type?: unknown }; verification?: { type?: unknown } };
    const signed = /signed/i.test(String(record.verify?.type ?? record.verification?.type ?? ''));
    const candidate = record.verify?.url ?? (signed ? undefined : record.id);
    return typeof candidate === 'string' && /^https?:\/\//i.test(candidate) ? candidate : undefined;
  } catch {
    return undefined;
  }
}

/** Extends a removal back over the white space that indented the element. */
function withLeadingSpace(bytes: Uint8Array, start: number): number {
  let s = start;
  while (s > 0 && (bytes[s - 1] === 0x20 || bytes[s - 1] === 0x09 || bytes[s - 1] === 0x0a || bytes[s - 1] === 0x0d)) s--;
  return s;
}
