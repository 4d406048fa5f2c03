import { PNG_KEYWORDS, SVG_ELEMENTS, type BadgeKind } from '../../../core/index.ts';

/**
 * How many badges of a kind an image holds, counted without `unbake` (which reports only the first of each
 * kind): every tEXt/zTXt/iTXt chunk with the kind's keyword, or every element of the kind's local name
 * whose prefix the document binds to the kind's namespace.
 */
export function countBadges(image: Uint8Array, format: 'png' | 'svg', kind: BadgeKind): number {
  return format === 'png' ? countPngChunks(image, PNG_KEYWORDS[kind]) : countSvgElements(new TextDecoder().decode(image), kind);
}

function countPngChunks(png: Uint8Array, keyword: string): number {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const wanted = Buffer.from(`${keyword}\0`, 'latin1');
  let count = 0;
  for (let p = 8; p + 12 <= png.length; p += 12 + view.getUint32(p)) {
    const type = Buffer.from(png.subarray(p + 4, p + 8)).toString('latin1');
    const data = png.subarray(p + 8, p + 8 + wanted.length);
    if ((type === 'tEXt' || type === 'zTXt' || type === 'iTXt') && Buffer.from(data).equals(wanted)) count++;
    if (type === 'IEND') break;
  }
  return count;
}

function countSvgElements(svg: string, kind: BadgeKind): number {
  const { namespace, localName } = SVG_ELEMENTS[kind];
  const bound = new Set<string>();
  for (const m of svg.matchAll(/xmlns(?::([\w.-]+))?\s*=\s*["']([^"']*)["']/g)) {
    if (m[2] === namespace) bound.add(m[1] ?? '');
  }
  let count = 0;
  for (const m of svg.matchAll(new RegExp(`<(?:([\\w.-]+):)?${localName}[\\s/>]`, 'g'))) {
    if (bound.has(m[1] ?? '')) count++;
  }
  return count;
}
