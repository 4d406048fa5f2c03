/**
 * DESIGN.md, security rules: everything in a badge is untrusted. Links may only be http(s) or mailto;
 * images only http(s) or data:image. Anything else (javascript:, data:text/html, vbscript:, relative
 * paths that would resolve against the page showing the badge) is dropped.
 */
export function safeHref(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^mailto:[^\s]+$/i.test(text)) return text;
  return /^https?:\/\//i.test(text) && parses(text) ? text : undefined;
}

const DATA_IMAGE = /^data:image\/(png|svg\+xml|jpeg|gif|webp)[;,]/i;

export function safeImageSrc(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (DATA_IMAGE.test(text)) return text;
  return /^https?:\/\//i.test(text) && parses(text) ? text : undefined;
}

/** Whether the URL parser accepts the text as an absolute URL. */
export function parses(url: string): boolean {
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}
