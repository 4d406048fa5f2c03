import { looksLikeCollection, readCollection } from '../../ui/collection/validate-collection.ts';
import type { BadgeEntry } from './entry.ts';
import { loadSource, type Loaded } from './load-source.ts';
import { previewOf, type Shown } from './preview.ts';
import type { RawSource } from './read-sources.ts';

/** Something in the sources that could not be used, said for the publisher (events and the console). */
export interface SourceProblem {
  readonly source: string;
  readonly message: string;
}

export interface Gathered {
  readonly entries: readonly BadgeEntry[];
  readonly problems: readonly SourceProblem[];
  /** A collection's title, when one names it. */
  readonly title?: string;
}

export interface GatherOptions {
  readonly fetch: typeof fetch;
  /** The element whose own `src` must be a readable collection or badge (`<open-badges>`); a failure there is a problem, not a badge. */
  readonly collectionHost?: Element;
}

const JWS = /^eyJ[\w-]*\.[\w-]*\.[\w-]*$/;
const IMAGE_URL = /\.(png|svg)([?#]|$)/i;

/**
 * Reads every source (in parallel, results in markup order) into badge entries: collection files give
 * their badges with their saved documents, anything else gives one badge. A source the page may not read
 * (another site without CORS) still gives a badge, whose check then says it could not be made from here.
 *
 * @example
 * const { entries, problems } = await gatherEntries(readSources(element, isBadge, { single: false }), { fetch });
 */
export async function gatherEntries(sources: readonly RawSource[], options: GatherOptions): Promise<Gathered> {
  const parts = await Promise.all(sources.map((source, index) => gatherOne(source, String(index), options)));
  return {
    entries: parts.flatMap((p) => p.entries),
    problems: parts.flatMap((p) => p.problems),
    ...(parts.find((p) => p.title)?.title ? { title: parts.find((p) => p.title)!.title! } : {}),
  };
}

async function gatherOne(source: RawSource, key: string, options: GatherOptions): Promise<Gathered> {
  if (source.kind === 'broken') return { entries: [], problems: [{ source: 'inline script', message: source.message }] };
  if (source.kind === 'inline') return fromValue(source.value, source.base, key, source.shown, 'inline script');
  const loaded = await loadSource(source.url, { fetch: options.fetch });
  return fromLoaded(loaded, key, source.shown, source.element === options.collectionHost);
}

/** What one loaded URL gives. */
export function fromLoaded(loaded: Loaded, key: string, shown: Shown, mustBeReadable: boolean): Gathered {
  const { url } = loaded;
  switch (loaded.kind) {
    case 'json':
      return fromValue(loaded.value, url, key, shown, url, url);
    case 'image':
      return one({ key, input: loaded.bytes, shown: { ...shown, image: url }, tags: [], ...(shown.link ? { link: shown.link } : {}) });
    case 'text':
      return one({ key, input: url, shown: { ...shown, ...previewOf(loaded.text) }, tags: [], link: url });
    case 'unreadable': {
      if (mustBeReadable) return { entries: [], problems: [{ source: url, message: loaded.message }] };
      // The core tries again through its own fetch and reports why it cannot read the badge.
      const image = IMAGE_URL.test(url);
      const link = image ? shown.link : url;
      return one({ key, input: url, shown: { ...shown, ...(image && !shown.image ? { image: url } : {}) }, tags: [], ...(link ? { link } : {}) });
    }
  }
}

/** A parsed JSON value: a collection, a badge document, or a string (JWS, VC-JWT, URL). */
export function fromValue(value: unknown, base: string, key: string, shown: Shown, where: string, link?: string): Gathered {
  if (looksLikeCollection(value)) return fromCollection(value, base, key, where);
  if (typeof value === 'string') {
    const input = JWS.test(value.trim()) ? value.trim() : absolute(value, base);
    if (input === undefined) return { entries: [], problems: [{ source: where, message: 'the text is neither a URL nor a JWS' }] };
    return one({ key, input, shown: { ...shown, ...previewOf(value) }, tags: [], ...(input.startsWith('http') ? { link: input } : {}) });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { entries: [], problems: [{ source: where, message: 'this JSON is neither a collection nor a badge' }] };
  }
  // A badge document fetched from a URL is verified by its URL, so a hosted assertion is checked where it lives.
  const input = link ?? (value as Record<string, unknown>);
  return one({ key, input, shown: { ...shown, ...previewOf(value) }, tags: [], ...(link ? { link } : {}) });
}

function fromCollection(value: unknown, base: string, key: string, where: string): Gathered {
  const reading = readCollection(value);
  // One problem a badge (or one for the file), however many rules it breaks: one event, one warning.
  const grouped = new Map<string, string[]>();
  for (const p of reading.problems) {
    const at = /^\/badges\/\d+/.exec(p.path)?.[0] ?? '/';
    grouped.set(at, [...(grouped.get(at) ?? []), `${p.path || '/'}: ${p.message}`]);
  }
  const problems = [...grouped.values()].map((messages) => ({ source: where, message: messages.join('; ') }));
  if (!reading.ok) return { entries: [], problems };
  const { collection } = reading;
  const documents = collection.documents ?? {};
  const entries: BadgeEntry[] = [];
  collection.badges.forEach((badge, index) => {
    const raw = badge.input;
    const input = typeof raw !== 'string' ? raw : JWS.test(raw.trim()) ? raw.trim() : absolute(raw, base);
    if (input === undefined) return void problems.push({ source: where, message: `/badges/${index}/input: not a URL or a JWS` });
    const given = badge.image === undefined ? undefined : /^data:/i.test(badge.image) ? badge.image : absolute(badge.image, base);
    const image = given ?? (typeof input === 'string' && IMAGE_URL.test(input) ? input : undefined);
    const link = [badge.source, typeof input === 'string' ? input : undefined].find((u) => u !== undefined && /^https?:\/\//i.test(u) && !IMAGE_URL.test(u));
    const saved = Object.keys(documents).length > 0 || badge.collected !== undefined;
    const collectedAt = collection.collectedAt ?? badge.collected?.checkedAt;
    entries.push({
      key: `${key}.${index}`,
      input,
      // `collect` writes the preview and the picture; reading the badge itself is for files made by hand.
      shown: { ...(badge.preview && image ? {} : typeof input === 'string' && !JWS.test(input) ? {} : previewOf(input)), ...badge.preview, ...(image ? { image } : {}) },
      tags: badge.tags ?? [],
      ...(link ? { link } : {}),
      ...(saved ? { saved: { documents, live: badge.live ?? [], ...(collectedAt ? { collectedAt } : {}), ...(badge.collected ? { collected: badge.collected } : {}) } } : {}),
    });
  });
  return { entries, problems, ...(collection.title ? { title: collection.title } : {}) };
}

function one(entry: BadgeEntry): Gathered {
  return { entries: [entry], problems: [] };
}

function absolute(url: string, base: string): string | undefined {
  try {
    const resolved = new URL(url.trim(), base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}
