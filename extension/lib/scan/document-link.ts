import { withoutFragment } from '../candidate.ts';

/**
 * Which links point at an assertion or credential document. Following a link contacts its host, so the
 * rules are narrow; each matches how issuers really publish:
 *
 * 1. the link says what it points at: `type="application/ld+json"` (or `json`, `vc+ld+json`, `vc+jwt`, `jwt`);
 * 2. the path has an `assertions` segment followed by an id (`/public/assertions/ID` on Badgr,
 *    `/obi/v2/badge_assertions/ID` on Credly, `/assertions/ID.json` in the OB 2.0 examples), and does not end
 *    in an HTML page;
 * 3. the path ends in `.jws` or `.jwt`, or in `.json`/`.jsonld` with a badge word in it
 *    (`badge`, `assertion`, `credential`, `achievement`, `openbadge`, `ob3`, `clr`).
 *
 * Links to images are left out: images the page shows are candidates on their own.
 */
const DOCUMENT_TYPE = /^application\/(ld\+json|json|vc\+ld\+json|vc\+jwt|vc|jwt)\s*(;|$)/i;
const ASSERTION_SEGMENT = /\/(assertions|badge[_-]assertions)\/[^/]+/i;
const PAGE = /\.(html?|php|aspx?|jsp|cfm)$/i;
const SIGNED = /\.(jws|jwt)$/i;
const JSON_FILE = /\.(json|jsonld)$/i;
const BADGE_WORD = /(badge|assertion|credential|achievement|openbadge|ob3|obv3|clr)/i;

/** Most links a page may have followed: a page listing more is not a profile of one person's badges. */
export const MAX_LINK_CANDIDATES = 50;

/** The document URL a link points at (without its fragment), or undefined when it does not look like one. */
export function badgeDocumentUrl(href: string, type: string | null): string | undefined {
  if (!/^https?:\/\//i.test(href)) return undefined;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  const path = decodePath(url.pathname);
  const declared = type !== null && DOCUMENT_TYPE.test(type.trim());
  const looksLikeDocument =
    declared ||
    (ASSERTION_SEGMENT.test(path) && !PAGE.test(path)) ||
    SIGNED.test(path) ||
    (JSON_FILE.test(path) && BADGE_WORD.test(path));
  return looksLikeDocument ? withoutFragment(url.href) : undefined;
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
