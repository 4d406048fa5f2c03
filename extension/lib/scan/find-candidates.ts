import { dataKey, MAX_DATA_TEXT, withoutFragment, type Candidate } from '../candidate.ts';
import { badgeDocumentUrl } from './document-link.ts';
import { MIN_BADGE_SIZE, mayHoldBadge, saysSvg } from './image-url.ts';
import { svgBadgePayloads } from './inline-svg.ts';

/**
 * Where a found badge's mark goes: over the corner of what shows it (an image, an SVG), or in the text
 * flow right after it (a link, a script), so that no mark ever covers text.
 */
export type Placement = 'overlay' | 'inline';

export interface Found {
  readonly candidate: Candidate;
  /** The element the mark is anchored to. */
  readonly anchor: Element;
  readonly placement: Placement;
}

/** Every element that may be or hold a candidate; `picture` is covered by the `img` it must contain. */
export const CANDIDATE_SELECTOR = 'img, object, embed, svg, script[type], a[href]';

// OB 3.0 and CLR 2.0 credential types, the OB 2.0 context, and 1EdTech's context hosts: a cheap test on the
// text before the background parses it, since most JSON-LD on the web is schema.org markup for search engines.
const BADGE_JSON = /OpenBadgeCredential|AchievementCredential|ClrCredential|EndorsementCredential|w3id\.org\/openbadges|purl\.imsglobal\.org\/spec\/(ob|clr)|"Assertion"/;

// Words that badge images carry in their address, alt text or title, and the hosts of the big
// issuing platforms. Only the order of checks depends on it: every candidate is checked.
const BADGE_HINT = /badge|credential|certif|achievement|award|micro-?credential|credly|badgr|accredible|acclaim|openbadge/i;

function looksLikeBadge(element: Element, url: string): boolean {
  return BADGE_HINT.test(url.startsWith('data:') ? url.slice(0, 64) : url.slice(0, 2048)) || BADGE_HINT.test(element.getAttribute('alt') ?? '') || BADGE_HINT.test(element.getAttribute('title') ?? '');
}

/**
 * What an element offers: found candidates (none for most elements), or `'wait'` for an image that has not
 * loaded yet, whose size and final URL are not known until it does.
 */
export function classify(element: Element): readonly Found[] | 'wait' {
  switch (element.localName) {
    case 'img':
      return fromImage(element as HTMLImageElement);
    case 'object':
    case 'embed':
      return fromEmbedded(element as HTMLObjectElement | HTMLEmbedElement);
    case 'svg':
      return element.namespaceURI === 'http://www.w3.org/2000/svg' && !element.parentElement?.closest('svg') ? fromInlineSvg(element) : [];
    case 'script':
      return fromScript(element as HTMLScriptElement);
    case 'a':
      return fromLink(element as HTMLAnchorElement);
    default:
      return [];
  }
}

function fromImage(img: HTMLImageElement): readonly Found[] | 'wait' {
  if (!img.complete) return saysItIsABadge(img) ?? 'wait';
  const url = img.currentSrc || img.src;
  if (!url || !mayHoldBadge(url)) return [];
  // An SVG without intrinsic dimensions has no natural size; only then is its rendered size read (a layout).
  const width = img.naturalWidth || (saysSvg(url, null) ? img.width : 0);
  const height = img.naturalHeight || (saysSvg(url, null) ? img.height : 0);
  if (width < MIN_BADGE_SIZE || height < MIN_BADGE_SIZE) return [];
  return [{ candidate: imageCandidate(img, url), anchor: img, placement: 'overlay' }];
}

/**
 * An image still loading that says it is a badge (address, alt text, title) is checked now, not after the
 * page's thousand other images: its bytes are fetched by the background anyway. Not when the page defers it
 * (`loading="lazy"`: fetched when scrolled to, as the page wants), when a `srcset` has yet to choose the
 * source, nor when the markup gives it an icon's size (then its loaded size decides).
 */
function saysItIsABadge(img: HTMLImageElement): readonly Found[] | undefined {
  // Most images say nothing of the kind: the markup as written answers that before any URL is resolved.
  if (!looksLikeBadge(img, img.getAttribute('src') ?? '')) return undefined;
  if (img.getAttribute('loading')?.toLowerCase() === 'lazy' || img.hasAttribute('srcset') || img.parentElement?.localName === 'picture') return undefined;
  const url = img.src;
  if (!url || !mayHoldBadge(url)) return undefined;
  const declared = ['width', 'height'].map((name) => Number.parseFloat(img.getAttribute(name) ?? ''));
  if (declared.some((size) => size < MIN_BADGE_SIZE)) return undefined;
  return [{ candidate: imageCandidate(img, url), anchor: img, placement: 'overlay' }];
}

function imageCandidate(element: Element, url: string): Candidate {
  const key = url.startsWith('data:') ? url : withoutFragment(url);
  return looksLikeBadge(element, url) ? { key, source: { kind: 'image', url: key }, likely: true } : { key, source: { kind: 'image', url: key } };
}

function fromEmbedded(element: HTMLObjectElement | HTMLEmbedElement): readonly Found[] {
  const url = element.localName === 'object' ? (element as HTMLObjectElement).data : (element as HTMLEmbedElement).src;
  if (!url || !mayHoldBadge(url) || !saysSvg(url, element.getAttribute('type'))) return [];
  const box = element.getBoundingClientRect();
  if (box.width < MIN_BADGE_SIZE || box.height < MIN_BADGE_SIZE) return [];
  return [{ candidate: imageCandidate(element, url), anchor: element, placement: 'overlay' }];
}

function fromInlineSvg(svg: Element): readonly Found[] {
  return svgBadgePayloads(svg)
    .filter((text) => text.length <= MAX_DATA_TEXT)
    .map((text) => ({ candidate: { key: dataKey(text), source: { kind: 'data', text }, likely: true }, anchor: svg, placement: 'overlay' as const }));
}

function fromScript(script: HTMLScriptElement): readonly Found[] {
  if (script.type.trim().toLowerCase() !== 'application/ld+json') return [];
  const text = script.text.trim();
  if (text === '' || text.length > MAX_DATA_TEXT || !BADGE_JSON.test(text)) return [];
  return [{ candidate: { key: dataKey(text), source: { kind: 'data', text }, likely: true }, anchor: script, placement: 'inline' }];
}

function fromLink(link: HTMLAnchorElement): readonly Found[] {
  const url = badgeDocumentUrl(link.href, link.getAttribute('type'));
  return url === undefined ? [] : [{ candidate: { key: url, source: { kind: 'document', url }, likely: true }, anchor: link, placement: 'inline' }];
}
