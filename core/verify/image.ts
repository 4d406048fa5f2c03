import { unbake } from '../bake/unbake.ts';
import type { Check } from '../model/report.ts';
import { isHttpUrl, isRecord, str } from '../util/json.ts';
import { fail, pass, skip, warn } from './checks.ts';
import { host } from './load-node.ts';
import type { Session } from './session.ts';

const DATA_IMAGE = /^data:image\/(png|svg\+xml)[;,]/i;

/** The URL an image property holds: a string, or an Image object's `id` (OB 2.0 §Image). */
export function imageUrl(value: unknown): string | undefined {
  return typeof value === 'string' ? str(value) : isRecord(value) ? str(value.id) : undefined;
}

/**
 * OB 2.0 §Image: a badge image is a PNG or an SVG, at a web address or (for a BadgeClass, not an assertion)
 * as a data: URI. The image is evidence of nothing, so a missing or unreadable image warns; only forms
 * the specification rules out fail.
 */
export async function imageChecks(session: Session, badgeImage: unknown, assertionImage: unknown, alreadySeen: boolean, version: string): Promise<Check[]> {
  const checks: Check[] = [];
  const assertionUrl = imageUrl(assertionImage);
  // OB 2.0 §Assertion: image is an IRI; OB 1.0 allowed a data URL there.
  if (version === '2.0' && assertionUrl?.startsWith('data:')) checks.push(fail('image', 'The assertion carries its image as a data: URI, which Open Badges 2.0 does not allow there.'));
  const url = imageUrl(badgeImage) ?? assertionUrl;
  // OB 2.0 requires a BadgeClass image; OB 3.0 makes the image optional.
  if (url === undefined) return [...checks, version === '3.0' || version === 'clr-2.0' ? skip('image', 'The credential has no image.') : warn('image', 'The badge has no image.')];
  if (url.startsWith('data:')) {
    return [...checks, DATA_IMAGE.test(url) ? pass('image', 'The image is embedded as a PNG or SVG.') : warn('image', 'The embedded image is not a PNG or SVG.')];
  }
  if (!isHttpUrl(url)) return [...checks, warn('image', 'The image is not at a web address.')];
  if (alreadySeen || session.options.checkImage === false) return [...checks, pass('image', 'The image is at a web address.')];
  const fetched = await session.net.resource(url, 'image');
  if (!fetched.ok) return [...checks, warn('image', `The image could not be fetched: ${fetched.message}`)];
  const kind = unbake(fetched.bytes).format;
  checks.push(kind === 'png' || kind === 'svg' ? pass('image', `The image at ${host(url)} is a ${kind.toUpperCase()}.`) : warn('image', `The image at ${host(url)} is not a PNG or SVG.`));
  return checks;
}
