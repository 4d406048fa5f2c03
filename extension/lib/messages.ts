import type { Report } from '../../core/index.ts';
import { MAX_DATA_TEXT, MAX_URL_LENGTH, type Candidate, type CandidateSource } from './candidate.ts';
import { parseBadgeState, type BadgeState } from './badge-state.ts';

/**
 * Messages between the content script, the background, the popover and the popup. Extension messages cross
 * a trust boundary (a content script runs beside untrusted page code, and its data comes from the page), so
 * every message is parsed on arrival: anything malformed is dropped, never half-used.
 */

/** Content → background: a page began (or was reloaded); `scanning` says whether it scans on its own. */
export interface PageStarted {
  readonly type: 'page-started';
  readonly url: string;
  readonly scanning: boolean;
}

/**
 * Content → background: things on the page that may be badges, each to check once. Sent as JSON text:
 * the browser's message serialiser walks an object tree value by value, which for a thousand candidates
 * costs the page tens of milliseconds, while one string crosses as it is.
 */
export interface CheckCandidates {
  readonly type: 'candidates';
  /** `JSON.stringify` of the candidates; see `candidatesMessage`. */
  readonly batch: string;
}

/** The message for a batch of candidates. */
export function candidatesMessage(candidates: readonly Candidate[]): CheckCandidates {
  return { type: 'candidates', batch: JSON.stringify(candidates) };
}

/** Content → background: inject the popover bundle into this frame (the content script stays small). */
export interface LoadPopover {
  readonly type: 'load-popover';
}

/**
 * Content, popover or popup → background: the full report of a badge of a tab (the sender's tab, or
 * `tabId` from an extension page); `refresh` verifies again, since status can change (revocation, expiry).
 */
export interface GetReport {
  readonly type: 'get-report';
  readonly key: string;
  readonly refresh: boolean;
  readonly tabId?: number;
}

/** The background's answer to `get-report` and `verify-input`. */
export interface ReportAnswer {
  /** Absent when the badge is unknown (the page changed, the tab closed) or still being checked. */
  readonly report?: Report;
  /** The trusted view of this badge: the extension's own page, which a page cannot imitate. */
  readonly trustedViewUrl?: string;
}

/** Popover → background: open the trusted view (the extension's own page) on this badge. */
export interface OpenDetails {
  readonly type: 'open-details';
  readonly key: string;
}

/** Something the user gave the popup to verify. */
export type UserInput =
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'bytes'; readonly base64: string };

/** Popup → background: verify a dropped or picked file, a pasted URL or JWS, or an image from the context menu. */
export interface VerifyInput {
  readonly type: 'verify-input';
  readonly input: UserInput;
  /** The page the input came from (context menu), which decides whether private addresses may be reached. */
  readonly pageUrl?: string;
}

/** A batch of candidates as the background takes it, parsed and checked. */
export interface ParsedCandidates {
  readonly type: 'candidates';
  readonly candidates: readonly Candidate[];
}

export type BackgroundMessage = PageStarted | ParsedCandidates | LoadPopover | GetReport | OpenDetails | VerifyInput;
export type OutgoingMessage = Exclude<BackgroundMessage, ParsedCandidates> | CheckCandidates;

/**
 * The content script's long-lived port to the background, for what it says without waiting for an answer
 * (`page-started`, then `candidates`): one port keeps them in order, and posting on it costs the page less
 * than `sendMessage`, which opens and closes a channel for each message.
 */
export const PAGE_PORT = 'badge-lens-page';
export type PortMessage = PageStarted | CheckCandidates;

/** Background → content: the state of a candidate that turned out to be a badge. */
export interface BadgeStateMessage {
  readonly type: 'badge-state';
  readonly key: string;
  readonly state: BadgeState;
}

/** Popup → content: scan this page now (scanning "on click only"). */
export interface ScanNow {
  readonly type: 'scan-now';
}

export type ContentMessage = BadgeStateMessage | ScanNow;

/** At most this many candidates per message; the content script sends more in further messages. */
export const MAX_CANDIDATES_PER_MESSAGE = 500;
const MAX_KEY = 4096;
/** A batch's text: the candidates and their URLs, which for `data:` images hold the image. */
const MAX_BATCH_TEXT = 64 * 1024 * 1024;
const MAX_BYTES_BASE64 = Math.ceil((10 * 1024 * 1024 * 4) / 3) + 4;

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown, max: number): value is string => typeof value === 'string' && value.length > 0 && value.length <= max;
const isTabId = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/** http(s) for links and images, or a `data:image/` URL for images written into the page. */
function isCandidateUrl(value: unknown, kind: 'image' | 'document'): value is string {
  if (!isString(value, kind === 'image' ? MAX_URL_LENGTH : MAX_KEY)) return false;
  return /^https?:\/\//i.test(value) || (kind === 'image' && /^data:image\//i.test(value));
}

export function parseCandidate(value: unknown): Candidate | undefined {
  if (!isObject(value) || !isObject(value.source)) return undefined;
  const { key } = value;
  const source = value.source as Fields;
  let parsed: CandidateSource | undefined;
  if ((source.kind === 'image' || source.kind === 'document') && isCandidateUrl(source.url, source.kind)) {
    parsed = { kind: source.kind, url: source.url };
  } else if (source.kind === 'data' && isString(source.text, MAX_DATA_TEXT)) {
    parsed = { kind: 'data', text: source.text };
  }
  if (parsed === undefined) return undefined;
  const keyMax = parsed.kind === 'image' ? MAX_URL_LENGTH : MAX_KEY;
  if (!isString(key, keyMax)) return undefined;
  return value.likely === true ? { key, source: parsed, likely: true } : { key, source: parsed };
}

function parseInput(value: unknown): UserInput | undefined {
  if (!isObject(value)) return undefined;
  if (value.kind === 'url' && isString(value.url, MAX_URL_LENGTH) && /^(https?:|data:image\/)/i.test(value.url)) return { kind: 'url', url: value.url };
  if (value.kind === 'text' && isString(value.text, MAX_DATA_TEXT)) return { kind: 'text', text: value.text };
  if (value.kind === 'bytes' && isString(value.base64, MAX_BYTES_BASE64) && /^[A-Za-z0-9+/]*={0,2}$/.test(value.base64)) return { kind: 'bytes', base64: value.base64 };
  return undefined;
}

/** The background's view of an incoming message; undefined for anything it does not know or that is malformed. */
export function parseBackgroundMessage(value: unknown): BackgroundMessage | undefined {
  if (!isObject(value)) return undefined;
  switch (value.type) {
    case 'page-started':
      return isString(value.url, MAX_KEY) && typeof value.scanning === 'boolean' ? { type: 'page-started', url: value.url, scanning: value.scanning } : undefined;
    case 'candidates': {
      if (typeof value.batch !== 'string' || value.batch.length > MAX_BATCH_TEXT) return undefined;
      let list: unknown;
      try {
        list = JSON.parse(value.batch);
      } catch {
        return undefined;
      }
      if (!Array.isArray(list) || list.length > MAX_CANDIDATES_PER_MESSAGE) return undefined;
      const candidates = list.map(parseCandidate);
      return candidates.every((c) => c !== undefined) ? { type: 'candidates', candidates: candidates as Candidate[] } : undefined;
    }
    case 'load-popover':
      return { type: 'load-popover' };
    case 'get-report':
      if (!isString(value.key, MAX_URL_LENGTH) || typeof value.refresh !== 'boolean') return undefined;
      if (value.tabId !== undefined && !isTabId(value.tabId)) return undefined;
      return { type: 'get-report', key: value.key, refresh: value.refresh, ...(value.tabId !== undefined ? { tabId: value.tabId as number } : {}) };
    case 'open-details':
      return isString(value.key, MAX_URL_LENGTH) ? { type: 'open-details', key: value.key } : undefined;
    case 'verify-input': {
      const input = parseInput(value.input);
      if (input === undefined) return undefined;
      if (value.pageUrl !== undefined && !isString(value.pageUrl, MAX_KEY)) return undefined;
      return { type: 'verify-input', input, ...(value.pageUrl !== undefined ? { pageUrl: value.pageUrl as string } : {}) };
    }
    default:
      return undefined;
  }
}

/** The content script's view of an incoming message. */
export function parseContentMessage(value: unknown): ContentMessage | undefined {
  if (!isObject(value)) return undefined;
  if (value.type === 'scan-now') return { type: 'scan-now' };
  if (value.type === 'badge-state' && isString(value.key, MAX_URL_LENGTH)) {
    const state = parseBadgeState(value.state);
    return state ? { type: 'badge-state', key: value.key, state } : undefined;
  }
  return undefined;
}
