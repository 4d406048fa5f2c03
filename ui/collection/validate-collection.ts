import { parses } from '../safe-url.ts';
import { COLLECTION_TYPE, COLLECTION_VERSION, MAX_BADGES, STATUSES, type Collection, type CollectionBadge } from './collection-format.ts';

/** One rule a collection file breaks, with where (a JSON Pointer, as JSON Schema validators report). */
export interface CollectionProblem {
  readonly path: string;
  readonly message: string;
}

export type CollectionReading =
  /** Badges that break a rule are left out and listed in `problems`; the others are shown. */
  | { readonly ok: true; readonly collection: Collection; readonly problems: readonly CollectionProblem[] }
  | { readonly ok: false; readonly problems: readonly CollectionProblem[] };

const TOP_KEYS = new Set(['$schema', 'type', 'version', 'title', 'collectedAt', 'generator', 'documents', 'badges']);
const BADGE_KEYS = new Set(['input', 'source', 'image', 'preview', 'tags', 'live', 'collected']);
const PREVIEW_KEYS = new Set(['name', 'description', 'issuer', 'issuedOn', 'expires', 'tags']);
const RECORD_KEYS = new Set(['checkedAt', 'status', 'summary', 'checks']);
const MAX_TEXT = 2000;

type Json = { readonly [key: string]: unknown };
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isHttp = (value: unknown): boolean => typeof value === 'string' && /^https?:\/\/[^\s]+$/i.test(value) && parses(value);
const isDate = (value: unknown): boolean => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value));
const isText = (value: unknown, max = MAX_TEXT): boolean => typeof value === 'string' && value.length <= max;

/** Whether a parsed JSON value is meant as a collection (rather than a badge): it says so in `type`. */
export function looksLikeCollection(value: unknown): boolean {
  return isObject(value) && value.type === COLLECTION_TYPE;
}

/**
 * Checks a parsed collection file against the format's rules (the same as the JSON Schema's, plus what a
 * schema cannot say: a `live` URL must name a saved document). Reads, never throws.
 *
 * @example
 * const reading = readCollection(JSON.parse(text));
 * if (!reading.ok) console.warn(reading.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
 */
export function readCollection(value: unknown): CollectionReading {
  const problems: CollectionProblem[] = [];
  const problem = (path: string, message: string): void => void problems.push({ path, message });
  if (!isObject(value)) return { ok: false, problems: [{ path: '', message: 'a collection is a JSON object' }] };
  for (const key of Object.keys(value)) if (!TOP_KEYS.has(key)) problem(`/${escape(key)}`, `unknown property "${key}"`);
  if (value.type !== COLLECTION_TYPE) problem('/type', `must be "${COLLECTION_TYPE}"`);
  if (value.version !== undefined && value.version !== COLLECTION_VERSION) problem('/version', `this reader knows version ${COLLECTION_VERSION} only`);
  if (value.title !== undefined && !isText(value.title, 200)) problem('/title', 'must be text of at most 200 characters');
  if (value.generator !== undefined && !isText(value.generator, 200)) problem('/generator', 'must be text of at most 200 characters');
  if (value.collectedAt !== undefined && !isDate(value.collectedAt)) problem('/collectedAt', 'must be an ISO 8601 date');
  if (value.documents !== undefined) {
    if (!isObject(value.documents)) problem('/documents', 'must be an object from URL to document');
    else for (const url of Object.keys(value.documents)) if (!isHttp(url) && !/^did:[a-z0-9]+:\S+$/.test(url)) problem(`/documents/${escape(url)}`, 'a document is named by its http(s) URL or its DID');
  }
  if (!Array.isArray(value.badges)) problem('/badges', 'must be a list of badges');
  else if (value.badges.length > MAX_BADGES) problem('/badges', `holds ${value.badges.length} badges; at most ${MAX_BADGES} are read`);
  if (problems.length > 0) return { ok: false, problems };

  const documents = (value.documents ?? {}) as Json;
  const badges: CollectionBadge[] = [];
  (value.badges as unknown[]).forEach((badge, index) => {
    const found = badgeProblems(badge, `/badges/${index}`, documents);
    if (found.length === 0) badges.push(badge as CollectionBadge);
    problems.push(...found);
  });
  return { ok: true, collection: { ...(value as unknown as Collection), badges }, problems };
}

function badgeProblems(badge: unknown, at: string, documents: Json): CollectionProblem[] {
  const problems: CollectionProblem[] = [];
  const problem = (path: string, message: string): void => void problems.push({ path: `${at}${path}`, message });
  if (!isObject(badge)) return [{ path: at, message: 'a badge is a JSON object' }];
  for (const key of Object.keys(badge)) if (!BADGE_KEYS.has(key)) problem(`/${escape(key)}`, `unknown property "${key}"`);
  const input = badge.input;
  if (!(isObject(input) || (typeof input === 'string' && input.trim() !== '' && input.length <= 1_000_000))) {
    problem('/input', 'must be a URL, a compact JWS or VC-JWT, or the badge as a JSON object');
  }
  if (badge.source !== undefined && !isText(badge.source)) problem('/source', 'must be text');
  if (badge.image !== undefined && !(isText(badge.image, 2_000_000) && !/^\s*(javascript|vbscript|data:(?!image\/))/i.test(badge.image as string))) {
    problem('/image', 'must be an http(s), relative or data:image/ URL');
  }
  if (badge.tags !== undefined && !isTextList(badge.tags)) problem('/tags', 'must be a list of short texts');
  if (badge.live !== undefined) {
    if (!Array.isArray(badge.live) || !badge.live.every(isHttp)) problem('/live', 'must be a list of http(s) URLs');
    else badge.live.forEach((url, i) => Object.hasOwn(documents, url as string) || problem(`/live/${i}`, 'names no document saved in the collection'));
  }
  if (badge.preview !== undefined) problems.push(...previewProblems(badge.preview, `${at}/preview`));
  if (badge.collected !== undefined) problems.push(...recordProblems(badge.collected, `${at}/collected`));
  return problems;
}

function previewProblems(preview: unknown, at: string): CollectionProblem[] {
  if (!isObject(preview)) return [{ path: at, message: 'must be an object' }];
  const problems: CollectionProblem[] = [];
  const problem = (path: string, message: string): void => void problems.push({ path: `${at}${path}`, message });
  for (const key of Object.keys(preview)) if (!PREVIEW_KEYS.has(key)) problem(`/${escape(key)}`, `unknown property "${key}"`);
  for (const key of ['name', 'description'] as const) if (preview[key] !== undefined && !isText(preview[key])) problem(`/${key}`, 'must be text');
  for (const key of ['issuedOn', 'expires'] as const) if (preview[key] !== undefined && !isDate(preview[key])) problem(`/${key}`, 'must be an ISO 8601 date');
  if (preview.tags !== undefined && !isTextList(preview.tags)) problem('/tags', 'must be a list of short texts');
  const issuer = preview.issuer;
  if (issuer !== undefined && !(isObject(issuer) && ['name', 'url', 'id'].every((k) => issuer[k] === undefined || isText(issuer[k])))) {
    problem('/issuer', 'must be an object with text name, url and id');
  }
  return problems;
}

function recordProblems(record: unknown, at: string): CollectionProblem[] {
  if (!isObject(record)) return [{ path: at, message: 'must be an object' }];
  const problems: CollectionProblem[] = [];
  const problem = (path: string, message: string): void => void problems.push({ path: `${at}${path}`, message });
  for (const key of Object.keys(record)) if (!RECORD_KEYS.has(key)) problem(`/${escape(key)}`, `unknown property "${key}"`);
  if (!isDate(record.checkedAt)) problem('/checkedAt', 'must be an ISO 8601 date');
  if (!(STATUSES as readonly unknown[]).includes(record.status)) problem('/status', `must be one of ${STATUSES.join(', ')}`);
  if (!isText(record.summary)) problem('/summary', 'must be text');
  if (record.checks !== undefined) {
    const good = Array.isArray(record.checks) && record.checks.every((c) => isObject(c) && isText(c.id, 100) && isText(c.status, 20) && isText(c.message));
    if (!good) problem('/checks', 'must be a list of { id, status, message }');
  }
  return problems;
}

function isTextList(value: unknown): boolean {
  return Array.isArray(value) && value.length <= 100 && value.every((v) => isText(v, 200));
}

/** RFC 6901: `~` and `/` in a key. */
function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
