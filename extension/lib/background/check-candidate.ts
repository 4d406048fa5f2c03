import type { BadgeInput, Report, Unbaked, VerifyOptions } from '../../../core/index.ts';
import { itemKey, type Candidate } from '../candidate.ts';
import { capturingFetch } from './capture-fetch.ts';
import { dataUrlBytes, MAX_DATA_URL_BYTES } from './data-url.ts';

/** What a candidate turned out to be: nothing worth a mark, or one or more badges with their reports. */
export type Outcome = { readonly kind: 'none' } | { readonly kind: 'badges'; readonly items: readonly { readonly key: string; readonly report: Report }[] };

export const NONE: Outcome = { kind: 'none' };

export interface CheckWorld {
  readonly verify: (input: BadgeInput, options: VerifyOptions) => Promise<Report>;
  readonly unbake: (bytes: Uint8Array) => Unbaked;
  readonly fetch: typeof fetch;
}

export interface CheckOptions {
  /** identities, cache, allowPrivateNetwork, limits: passed to every verify call. */
  readonly verify: VerifyOptions;
  /** Verify again from the network (revalidating the browser cache): the user opened the details. */
  readonly refresh: boolean;
  /** Called as soon as a candidate is known to hold a badge, before its verification ends. */
  readonly onFound?: () => void;
}

// A JSON-LD array or @graph holds a few credentials at most; a page listing more is not one person's badges.
const MAX_ITEMS = 20;

/**
 * Checks one candidate through the core. An image is a badge when something is baked into it (or a badge
 * chunk is there but damaged: a tampered badge is shown as one); a linked document or inline data when the
 * core recognised an Open Badges version in it. Everything else is `none` and gets no mark.
 */
export async function checkCandidate(candidate: Candidate, world: CheckWorld, options: CheckOptions): Promise<Outcome> {
  const { source } = candidate;
  if (source.kind === 'data') return checkData(candidate.key, source.text, world, options);
  if (source.url.startsWith('data:')) {
    const bytes = dataUrlBytes(source.url);
    if (bytes === undefined || !holdsBadge(world.unbake(bytes))) return NONE;
    options.onFound?.();
    return badge(candidate.key, await world.verify(bytes, options.verify));
  }

  const maxBytes = options.verify.limits?.maxImageBytes ?? MAX_DATA_URL_BYTES;
  let unbaked: Unbaked | undefined;
  // Say "found" as soon as the candidate's own bytes are read, while the issuer is still being asked.
  const onBody = (bytes: Uint8Array): void => {
    unbaked = world.unbake(bytes);
    if (source.kind === 'image' && holdsBadge(unbaked)) options.onFound?.();
  };
  const capture = capturingFetch(world.fetch, { url: source.url, refresh: options.refresh, maxBytes, onBody, image: source.kind === 'image' });
  const report = await world.verify(source.url, { ...options.verify, fetch: capture.fetch });
  await capture.captured();

  if (source.kind === 'image') return unbaked !== undefined && holdsBadge(unbaked) ? badge(candidate.key, report) : NONE;
  // A link: the document is a badge the core recognised, or the issuer's answer that it is gone (HTTP 410).
  return report.version !== undefined || report.status === 'revoked' ? badge(candidate.key, report) : NONE;
}

function holdsBadge(unbaked: Unbaked): boolean {
  return unbaked.found || unbaked.reason === 'corrupt';
}

function badge(key: string, report: Report): Outcome {
  return { kind: 'badges', items: [{ key, report }] };
}

/** JSON-LD from a script (an object, an array, or an `@graph`), or an inline SVG payload (JSON, JWS or URL). */
async function checkData(key: string, text: string, world: CheckWorld, options: CheckOptions): Promise<Outcome> {
  const items = dataItems(text);
  const reports = await Promise.all(items.map((item) => world.verify(item, options.verify)));
  const found = reports.flatMap((report, i) => (report.version !== undefined ? [{ key: items.length === 1 ? key : itemKey(key, i), report }] : []));
  return found.length === 0 ? NONE : { kind: 'badges', items: found };
}

function dataItems(text: string): BadgeInput[] {
  const trimmed = text.trim();
  if (!trimmed.startsWith('[') && !trimmed.startsWith('{')) return [trimmed];
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    return [trimmed];
  }
  const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
  if (Array.isArray(parsed)) return parsed.filter(isObject).slice(0, MAX_ITEMS);
  if (isObject(parsed) && Array.isArray(parsed['@graph'])) {
    const context = parsed['@context'];
    // Members of a graph inherit the document's context (JSON-LD 1.1 §4.9).
    return parsed['@graph']
      .filter(isObject)
      .slice(0, MAX_ITEMS)
      .map((item) => ('@context' in item || context === undefined ? item : { '@context': context, ...item }));
  }
  return isObject(parsed) ? [parsed] : [trimmed];
}
