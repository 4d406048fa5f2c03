import type { Report, VerifyCache, VerifyOptions } from '../../core/index.ts';
import type { BadgeEntry } from '../sources/entry.ts';
import { NO_ANSWER, type How, type Outcome } from './outcome.ts';

export interface CheckWorld {
  readonly verify: (input: BadgeEntry['input'], options: VerifyOptions) => Promise<Report>;
  readonly cache: VerifyCache;
  readonly fetch?: typeof fetch;
  readonly allowPrivateNetwork: boolean;
  /** Never touch the network: verify from saved documents only. */
  readonly offline: boolean;
}

/**
 * Verifies one badge in the visitor's browser. A badge read from its source is verified live. A badge
 * from a collection file is verified with the file's saved documents (signatures and keys need no
 * network), while the documents that say whether it still stands (its `live` URLs) are fetched afresh;
 * when the page cannot reach them, it is verified again from the saved copies and says so, with their date.
 *
 * @example
 * const outcome = await checkEntry(entry, { verify, cache, allowPrivateNetwork: false, offline: false });
 * if ('report' in outcome) outcome.how.revocation; // 'live' | 'saved' | 'offline' | 'none' | undefined
 */
export async function checkEntry(entry: BadgeEntry, world: CheckWorld): Promise<Outcome> {
  const base: VerifyOptions = {
    cache: world.cache,
    allowPrivateNetwork: world.allowPrivateNetwork,
    offline: world.offline,
    // The card shows the image already; fetching it again to check its format costs every visitor a request.
    checkImage: false,
    ...(world.fetch ? { fetch: world.fetch } : {}),
  };
  const saved = entry.saved;
  if (saved === undefined) {
    const report = await world.verify(entry.input, base);
    return { report, how: how(report, { unreachable: [] }) };
  }
  const extra = { ...(saved.collectedAt ? { savedOn: saved.collectedAt } : {}), ...(saved.collected ? { collected: saved.collected } : {}) };
  if (world.offline || saved.live.length === 0) {
    const report = await world.verify(entry.input, { ...base, documents: saved.documents });
    return { report, how: how(report, { ...extra, unreachable: [], revocation: saved.live.length === 0 ? 'none' : 'offline' }) };
  }
  const stale = new Set(saved.live);
  const fresh = Object.fromEntries(Object.entries(saved.documents).filter(([url]) => !stale.has(url)));
  const live = await world.verify(entry.input, { ...base, documents: fresh });
  const unreachable = saved.live.filter((url) => live.fetches.some((f) => f.url === url && NO_ANSWER.has(f.outcome)));
  if (unreachable.length === 0) return { report: live, how: how(live, { ...extra, unreachable, revocation: 'live', rechecked: saved.live }) };
  const fallback = await world.verify(entry.input, { ...base, documents: saved.documents });
  return { report: fallback, how: how(fallback, { ...extra, unreachable, revocation: 'saved' }) };
}

function how(report: Report, rest: Omit<How, 'checkedAt' | 'fromFile' | 'live'>): How {
  const urls = (source: string) => [...new Set(report.fetches.filter((f) => f.source === source && f.outcome === 'ok').map((f) => f.url))];
  const fromFile = urls('documents');
  const { savedOn, ...others } = rest;
  return { checkedAt: report.checkedAt, fromFile, live: urls('network'), ...(fromFile.length > 0 && savedOn ? { savedOn } : {}), ...others };
}
