/** The samples' artwork: a round badge with a ribbon, a glyph and the title, drawn as SVG. */
export interface Artwork {
  readonly slug: string;
  readonly title: string;
  readonly colour: string;
  readonly accent: string;
  readonly glyph: keyof typeof GLYPHS;
  readonly description: string;
  readonly criteria: string;
  readonly tags: readonly string[];
}

const GLYPHS = {
  chart: '<path d="M-34 26V-6M-12 26V-26M10 26V4M32 26V-16" stroke-width="12" stroke-linecap="round"/>',
  people: '<circle cx="-18" cy="-12" r="13"/><circle cx="20" cy="-12" r="13"/><path d="M-44 30a26 22 0 0 1 52 0M-6 30a26 22 0 0 1 52 0" stroke-width="9" fill="none"/>',
  eye: '<path d="M-46 0C-28-26 28-26 46 0C28 26-28 26-46 0Z" stroke-width="9" fill="none"/><circle r="12"/>',
  cross: '<path d="M0-34V34M-34 0H34" stroke-width="18" stroke-linecap="round"/>',
  gear: '<circle r="26" stroke-width="10" fill="none"/><path d="M0-44V-30M0 30V44M-44 0H-30M30 0H44M-31-31l10 10M21 21l10 10M31-31l-10 10M-21 21l-10 10" stroke-width="9" stroke-linecap="round"/>',
  branch: '<circle cx="-22" cy="-30" r="9"/><circle cx="-22" cy="30" r="9"/><circle cx="24" cy="-14" r="9"/><path d="M-22-20V20M24-4c0 20-46 12-46 30" stroke-width="8" fill="none"/>',
  shield: '<path d="M0-40L34-26V2C34 24 0 40 0 40S-34 24-34 2V-26Z" stroke-width="9" fill="none"/>',
} as const;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function artworkSvg(art: Artwork, size: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 256 256" role="img" aria-label="${escapeXml(art.title)}">
<title>${escapeXml(art.title)}</title>
<defs><linearGradient id="g-${art.slug}" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${art.accent}"/><stop offset="1" stop-color="${art.colour}"/></linearGradient></defs>
<path d="M78 196l-22 52 30-12 18 22 18-50zM178 196l22 52-30-12-18 22-18-50z" fill="${art.colour}" opacity=".85"/>
<circle cx="128" cy="116" r="104" fill="url(#g-${art.slug})"/>
<circle cx="128" cy="116" r="88" fill="none" stroke="#ffffff" stroke-opacity=".7" stroke-width="4"/>
<g transform="translate(128 100)" fill="#ffffff" stroke="#ffffff">${GLYPHS[art.glyph]}</g>
<text x="128" y="172" text-anchor="middle" font-family="system-ui, sans-serif" font-size="17" font-weight="700" fill="#ffffff">${escapeXml(art.title)}</text>
</svg>`;
}
