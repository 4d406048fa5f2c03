const SVG_NS = 'http://www.w3.org/2000/svg';
export const OB2_NS = 'http://openbadges.org';
export const OB3_NS = 'https://purl.imsglobal.org/ob/v3p0';
export const CLR_NS = 'https://purl.imsglobal.org/clr/v2p0';

/** An SVG with `paths` path elements of drawing, so tests see files shaped like real badge artwork. */
export function svgDocument(options: { rootAttributes?: string; children?: string; paths?: number; prolog?: string } = {}): string {
  const paths = Array.from({ length: options.paths ?? 3 }, (_, i) => `  <path fill="#${(i * 4099).toString(16).padStart(6, '0').slice(-6)}" d="M${i} 0 L${i + 10} 10 Z"/>`);
  return [
    options.prolog ?? '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="${SVG_NS}" viewBox="0 0 512 512"${options.rootAttributes ? ` ${options.rootAttributes}` : ''}>`,
    options.children ?? '',
    ...paths,
    '</svg>',
    '',
  ].join('\n');
}

export function cdata(text: string): string {
  return `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
