/**
 * Something on a page that may be a badge, as the content script hands it to the background. The content
 * script only finds; whether it is a badge is decided by the background, which fetches and unbakes.
 */
export type CandidateSource =
  /** An image (`<img>`, `<picture>`, SVG in `<object>`/`<embed>`) whose bytes may hold a baked badge. */
  | { readonly kind: 'image'; readonly url: string }
  /** A link that looks like it points at an assertion or credential document. */
  | { readonly kind: 'document'; readonly url: string }
  /** Badge data written into the page: JSON-LD from a script, or the payload of an inline SVG's badge element. */
  | { readonly kind: 'data'; readonly text: string };

export interface Candidate {
  /** Names the candidate within one page: its URL, or `data:` and a digest of its text. */
  readonly key: string;
  readonly source: CandidateSource;
  /** Looks like a badge (its address, alt text or class says so): checked before the others. Only an order. */
  readonly likely?: boolean;
}

/** Largest text a page may hand over as inline badge data; real credentials are a few kilobytes. */
export const MAX_DATA_TEXT = 1024 * 1024;

/** Largest URL accepted (a `data:` image URL carries the whole image). */
export const MAX_URL_LENGTH = 8 * 1024 * 1024;

/** A page-local key for inline data: FNV-1a of the text and its length. The background never trusts it. */
export function dataKey(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `data:${(hash >>> 0).toString(36)}.${text.length.toString(36)}`;
}

/** The URL without its fragment: `badge.png#a` and `badge.png#b` are the same image. */
export function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/**
 * The key of one badge among several in one piece of inline data (a JSON-LD array or `@graph`), and back.
 * Only `data:` keys of the form `dataKey` makes are ever split.
 */
export function itemKey(key: string, index: number): string {
  return `${key}~${index}`;
}

const ITEM_KEY = /^(data:[0-9a-z]+\.[0-9a-z]+)~\d+$/;

export function baseKey(key: string): string {
  return ITEM_KEY.exec(key)?.[1] ?? key;
}
