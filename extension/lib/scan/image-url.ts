/** Images too small to be a badge (icons, spacers, tracking pixels) are not worth a check. */
export const MIN_BADGE_SIZE = 32;

// Badges are baked only into PNG and SVG (OB 2.0 Baking, OB 3.0 §5.3). A URL that names another image
// format is skipped; one that names none (`/image?id=3`, a CDN hash) may be either, so it is checked.
const OTHER_FORMATS = /\.(jpe?g|jfif|pjpeg|gif|webp|avif|bmp|ico|cur|tiff?|heic|heif|jxl)$/i;
const BADGE_DATA_URL = /^data:image\/(png|svg\+xml)[;,]/i;

/**
 * Whether an image URL may hold a baked badge: http(s) not naming another format, or a PNG or SVG
 * `data:` URL. `blob:` and other schemes belong to the page and are never fetched.
 */
export function mayHoldBadge(url: string): boolean {
  if (BADGE_DATA_URL.test(url)) return true;
  // `img.currentSrc` is already absolute and parsed: the path is what comes before any query or fragment
  // (no URL object: this runs for every image on the page).
  return /^https?:\/\//i.test(url) && !OTHER_FORMATS.test(pathOf(url));
}

function pathOf(url: string): string {
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

/** Whether a URL or a `type` attribute says SVG (for `<object>` and `<embed>`, which also hold PDFs, video…). */
export function saysSvg(url: string, type: string | null): boolean {
  if (type !== null && type.trim() !== '') return /^image\/svg\+xml\b/i.test(type.trim());
  if (/^data:image\/svg\+xml[;,]/i.test(url)) return true;
  return /^https?:\/\//i.test(url) && /\.svgz?$/i.test(pathOf(url));
}
