import { createVerifyCache, verify, type Report, type VerifyOptions } from '../../core/index.ts';
import { COLLECTION_TYPE, COLLECTION_VERSION, type Collection, type CollectionBadge, type Preview } from '../../ui/collection/collection-format.ts';
import { liveUrls } from '../../ui/collection/live-urls.ts';
import { capturingFetch } from './capture-fetch.ts';
import { bakedPayload, storedText, type ReadSource } from './read-source.ts';

/** One thing to collect: a URL, or a source already read from a file (see read-source.ts). */
export type CollectSource = { readonly kind: 'url'; readonly url: string; readonly tags?: readonly string[] } | ({ readonly kind: 'read'; readonly tags?: readonly string[] } & ReadSource);

export interface CollectOptions {
  /** Passed to every verification: fetch, now, allowPrivateNetwork, resolveHost. */
  readonly verify: VerifyOptions;
  readonly title?: string;
  /** Written as the file's `generator`. */
  readonly generator: string;
  /** When the collection is made; default now. */
  readonly now?: Date;
  /** Told about each badge as it is verified. */
  readonly onBadge?: (source: string, report: Report) => void;
}

export interface Collected {
  readonly collection: Collection;
  readonly reports: readonly { readonly source: string; readonly report: Report }[];
}

/** A data: URL is kept for a picture only up to this size: the file is read by every visitor's browser. */
const MAX_INLINE_IMAGE = 256 * 1024;

/**
 * Verifies each source once and writes down what it takes to verify it again anywhere: its input, every
 * document the verification used (shared between badges), which of those to recheck live, a preview to
 * show before verifying, and the dated record of this verification.
 *
 * @example
 * const { collection } = await collectBadges([{ kind: 'url', url: 'https://issuer.example/a/1' }], { verify: {}, generator: 'badge-lens' });
 */
export async function collectBadges(sources: readonly CollectSource[], options: CollectOptions): Promise<Collected> {
  const documents: Record<string, unknown> = {};
  const badges: CollectionBadge[] = [];
  const reports: { source: string; report: Report }[] = [];
  // One cache for the run: keys are imported once however many badges an issuer signed.
  const cache = options.verify.cache ?? createVerifyCache();
  for (const source of sources) {
    const { report, entry } = source.kind === 'url' ? await collectUrl(source.url, { ...options.verify, cache }) : await collectRead(source, { ...options.verify, cache });
    for (const [url, document] of Object.entries(report.documents)) if (!Object.hasOwn(documents, url)) documents[url] = document;
    const tags = source.tags && source.tags.length > 0 ? { tags: [...source.tags] } : {};
    badges.push({ ...entry, ...tags, preview: previewOf(report), live: liveUrls([decoded(entry.input)], report), collected: recordOf(report) });
    reports.push({ source: entry.source ?? '', report });
    options.onBadge?.(entry.source ?? '', report);
  }
  const collection: Collection = {
    type: COLLECTION_TYPE,
    version: COLLECTION_VERSION,
    ...(options.title ? { title: options.title } : {}),
    collectedAt: (options.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    generator: options.generator,
    documents,
    badges: badges.map(withoutEmptyLive),
  };
  return { collection, reports };
}

type Entry = Pick<CollectionBadge, 'input' | 'source' | 'image'>;

async function collectUrl(url: string, options: VerifyOptions): Promise<{ report: Report; entry: Entry }> {
  const capture = capturingFetch(options.fetch ?? globalThis.fetch.bind(globalThis), url);
  const report = await verify(url, { ...options, fetch: capture.fetch });
  const bytes = await capture.captured();
  const baked = bytes ? bakedPayload(bytes) : undefined;
  if (baked) return { report, entry: { input: storedText(baked.payload), source: url, image: url } };
  // A JWS or VC-JWT at a URL is kept as the text (the core keeps JSON documents only); JSON is kept by URL,
  // its document being among the saved ones, so a hosted assertion is still checked at its own address.
  const text = bytes ? new TextDecoder().decode(bytes).trim() : '';
  const input = /^eyJ[\w-]*\.[\w-]*\.[\w-]*$/.test(text) ? text : url;
  return { report, entry: { input, source: url, ...imageOf(report) } };
}

async function collectRead(source: ReadSource, options: VerifyOptions): Promise<{ report: Report; entry: Entry }> {
  const report = await verify(source.input, options);
  const stored = source.stored ?? '';
  const own = imageOf(report);
  const inline = source.imageBytes && source.imageBytes.length <= MAX_INLINE_IMAGE ? { image: `data:${source.imageType};base64,${Buffer.from(source.imageBytes).toString('base64')}` } : {};
  return { report, entry: { input: stored, source: source.source, ...('image' in own ? own : inline) } };
}

/** The badge's own picture, when it is one a page may show. */
function imageOf(report: Report): { image?: string } {
  const image = report.badge?.image;
  return image && /^(https?:\/\/|data:image\/)/i.test(image) ? { image } : {};
}

function previewOf(report: Report): Preview {
  const badge = report.badge;
  if (badge === undefined) return {};
  const issuer = Object.fromEntries(Object.entries({ name: badge.issuer.name, url: badge.issuer.url, id: badge.issuer.id }).filter(([, v]) => typeof v === 'string' && v !== ''));
  return {
    ...(badge.name ? { name: badge.name } : {}),
    ...(badge.description ? { description: badge.description.slice(0, 2000) } : {}),
    ...(Object.keys(issuer).length > 0 ? { issuer } : {}),
    ...(badge.issuedOn ? { issuedOn: badge.issuedOn } : {}),
    ...(badge.expires ? { expires: badge.expires } : {}),
    ...(badge.tags.length > 0 ? { tags: [...badge.tags] } : {}),
  };
}

function recordOf(report: Report): CollectionBadge['collected'] {
  return { checkedAt: report.checkedAt, status: report.status, summary: report.summary, checks: report.checks.map(({ id, status, message }) => ({ id, status, message })) };
}

/** The stored input as a document to look for status entries in: JSON as it is, a JWS's payload decoded. */
function decoded(input: CollectionBadge['input']): unknown {
  if (typeof input !== 'string') return input;
  const payload = /^eyJ[\w-]*\.([\w-]*)\.[\w-]*$/.exec(input)?.[1];
  if (payload === undefined) return undefined;
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

function withoutEmptyLive(badge: CollectionBadge): CollectionBadge {
  if (badge.live && badge.live.length > 0) return badge;
  const { live: _live, ...rest } = badge;
  return rest;
}
