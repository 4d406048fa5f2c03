import type { Shown } from './preview.ts';

/** A source of badges the element's markup names. */
export type RawSource =
  /** A URL: a collection file, a baked image, an assertion or credential, or a JWS. */
  | { readonly kind: 'url'; readonly url: string; readonly shown: Shown; readonly element: Element }
  /** Inline JSON: a collection, a badge document, or a string (a JWS, a VC-JWT or a URL). */
  | { readonly kind: 'inline'; readonly value: unknown; readonly base: string; readonly shown: Shown; readonly element: Element }
  /** Inline JSON that does not parse. */
  | { readonly kind: 'broken'; readonly message: string; readonly element: Element };

const JSON_SCRIPT = 'script[type="application/json"], script[type="application/ld+json"]';

/**
 * The sources in an element's markup, in order: its `src`, its inline `<script type="application/json">`
 * children, then its child badge elements (each read the same way). A single badge element with neither
 * `src` nor a script uses the image its fallback markup shows. What the fallback says (the image's `alt`,
 * the link's text) is the preview until the badge itself is read.
 *
 * @example
 * readSources(element, (child) => child.localName === 'open-badge', { single: false })
 */
export function readSources(host: Element, isBadgeElement: (element: Element) => boolean, options: { readonly single: boolean }): RawSource[] {
  const base = host.ownerDocument.baseURI;
  const sources: RawSource[] = [];
  const src = host.getAttribute('src')?.trim();
  const shown = fallbackShown(host);
  if (src) sources.push({ kind: 'url', url: new URL(src, base).href, shown, element: host });
  for (const child of Array.from(host.children)) {
    if (child.matches(JSON_SCRIPT)) sources.push(inline(child, base, shown));
    else if (isBadgeElement(child)) sources.push(...readSources(child, isBadgeElement, { single: true }));
  }
  if (sources.length === 0 && options.single) {
    const image = host.querySelector('img[src]');
    if (image) sources.push({ kind: 'url', url: new URL(image.getAttribute('src')!, base).href, shown, element: host });
  }
  return sources;
}

function inline(script: Element, base: string, shown: Shown): RawSource {
  try {
    return { kind: 'inline', value: JSON.parse(script.textContent ?? ''), base, shown, element: script };
  } catch (error) {
    return { kind: 'broken', message: `inline JSON does not parse: ${(error as Error).message}`, element: script };
  }
}

/** What the no-JavaScript markup says about the badge: a name from the image's alt or the link's text. */
function fallbackShown(host: Element): Shown {
  const image = host.querySelector('img[src]');
  const link = host.querySelector('a[href]');
  const name = image?.getAttribute('alt')?.trim() || link?.textContent?.trim() || undefined;
  const src = image?.getAttribute('src');
  const url = src ? new URL(src, host.ownerDocument.baseURI).href : undefined;
  const href = link ? new URL(link.getAttribute('href')!, host.ownerDocument.baseURI).href : undefined;
  return { ...(name ? { name } : {}), ...(url ? { image: url } : {}), ...(href && /^https?:/i.test(href) ? { link: href } : {}) };
}
