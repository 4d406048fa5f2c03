import { CHECKING, stateOf } from '../badge-state.ts';
import { baseKey, type Candidate } from '../candidate.ts';
import type { BadgeStateMessage, ReportAnswer, UserInput } from '../messages.ts';
import { checkCandidate, type CheckWorld, type Outcome } from './check-candidate.ts';
import { base64Bytes, dataUrlBytes } from './data-url.ts';
import { createLimiter } from '../../../ui/limiter.ts';
import { mayReachPrivateNetwork, type Report, type VerifyCache, type VerifyOptions } from '../../../core/index.ts';
import { slimReport } from './slim-report.ts';
import { withBadge, type TabRecord, type TabRecords } from './tab-records.ts';
import { createTtlCache } from './ttl-cache.ts';

export interface ServiceWorld extends CheckWorld {
  readonly records: TabRecords;
  /** One cache of imported keys and JSON-LD contexts for every verification. */
  readonly verifyCache: VerifyCache;
  /** The viewer's identities for recipient matching. */
  identities(): Promise<readonly string[]>;
  /** Sends a badge's state to the content script of the tab's page. */
  notify(tabId: number, message: BadgeStateMessage): void;
  /** Shows what the tab's record says on the toolbar button (the number of badges). */
  toolbar(tabId: number, record: TabRecord | undefined): void;
  /** SHA-256 of inline data, hex: cached outcomes of page data are keyed by content, never by the page's word. */
  digest(text: string): Promise<string>;
  trustedViewUrl(tabId: number, key: string): string;
}

export interface ServiceOptions {
  /** Checks at once (fetch + unbake + verify). */
  readonly concurrency: number;
  /** How long a badge's outcome is reused without verifying again; opening its details always does. */
  readonly badgeTtlMs: number;
  /** How long "no badge in this image" is remembered. */
  readonly noneTtlMs: number;
  readonly maxEntries: number;
}

export const DEFAULT_SERVICE_OPTIONS: ServiceOptions = { concurrency: 6, badgeTtlMs: 10 * 60_000, noneTtlMs: 30 * 60_000, maxEntries: 5000 };

export interface BadgeService {
  pageStarted(tabId: number, url: string, scanning: boolean): Promise<void>;
  candidates(tabId: number, pageUrl: string, candidates: readonly Candidate[]): Promise<void>;
  report(tabId: number, key: string, refresh: boolean): Promise<ReportAnswer>;
  verifyInput(input: UserInput, pageUrl?: string): Promise<ReportAnswer>;
  /** Drops cached outcomes (the identities changed, so recipient matches would be stale). */
  forget(): void;
  tabClosed(tabId: number): Promise<void>;
}

/**
 * The background's work: each candidate checked once per TTL across all tabs (concurrent asks share one
 * check), at most `concurrency` at a time; results recorded per tab and sent to the page's marks.
 */
export function createBadgeService(world: ServiceWorld, options: ServiceOptions = DEFAULT_SERVICE_OPTIONS): BadgeService {
  const limiter = createLimiter(options.concurrency);
  const outcomes = createTtlCache<Promise<Outcome>>(options.maxEntries);

  async function verifyOptions(allowPrivateNetwork: boolean): Promise<VerifyOptions> {
    return { identities: [...(await world.identities())], cache: world.verifyCache, allowPrivateNetwork, fetch: world.fetch };
  }

  async function cacheKey(candidate: Candidate, allowPrivate: boolean): Promise<string> {
    const { source } = candidate;
    const what = source.kind === 'data' ? `data ${await world.digest(source.text)}` : `${source.kind} ${source.url}`;
    return `${allowPrivate ? 'private-ok ' : ''}${what}`;
  }

  async function outcomeOf(candidate: Candidate, allowPrivate: boolean, refresh: boolean, onFound?: () => void): Promise<Outcome> {
    const key = await cacheKey(candidate, allowPrivate);
    const cached = refresh ? undefined : outcomes.get(key);
    if (cached) return cached;
    const verify = await verifyOptions(allowPrivate);
    // The details the user opened, and what looks like a badge, go before the rest of the page.
    const pending = limiter.run(() => checkCandidate(candidate, world, { verify, refresh, ...(onFound ? { onFound } : {}) }), refresh || candidate.likely === true);
    outcomes.set(key, pending, options.badgeTtlMs);
    pending.then(
      (outcome) => outcomes.set(key, pending, outcome.kind === 'none' ? options.noneTtlMs : options.badgeTtlMs),
      () => outcomes.delete(key),
    );
    return pending;
  }

  /** Records a candidate's outcome for the page it came from, if that page is still the tab's page. */
  async function record(tabId: number, page: number, candidate: Candidate, order: number, outcome: Outcome | 'found', settled: boolean): Promise<void> {
    const items = outcome === 'found' ? [{ key: candidate.key, report: undefined }] : outcome.kind === 'badges' ? outcome.items : [];
    const updated = await world.records.update(tabId, (current) => {
      if (current === undefined || current.page !== page) return current;
      let next: TabRecord = settled ? { ...current, pending: Math.max(0, current.pending - 1) } : current;
      for (const { key, report } of items) {
        const known = next.badges.find((b) => b.key === key);
        if (report === undefined && known !== undefined) continue;
        next = withBadge(next, { key, order, source: candidate.source, ...(report ? { state: stateOf(report), report: slimReport(report) } : { state: CHECKING }) });
      }
      return next;
    });
    if (updated?.page !== page) return;
    world.toolbar(tabId, updated);
    for (const { key } of items) {
      const badge = updated.badges.find((b) => b.key === key);
      if (badge) world.notify(tabId, { type: 'badge-state', key, state: badge.state });
    }
  }

  async function check(tabId: number, page: number, allowPrivate: boolean, candidate: Candidate, order: number): Promise<void> {
    let outcome: Outcome;
    try {
      outcome = await outcomeOf(candidate, allowPrivate, false, () => void record(tabId, page, candidate, order, 'found', false));
    } catch (error) {
      // The core never throws for a bad badge; this is a bug, logged once with where it came from.
      console.error('Badge Lens: checking a candidate failed', candidate.source.kind, error);
      outcome = { kind: 'none' };
    }
    await record(tabId, page, candidate, order, outcome, true);
  }

  const answer = (tabId: number, key: string, report: Report | undefined): ReportAnswer => ({
    ...(report ? { report } : {}),
    trustedViewUrl: world.trustedViewUrl(tabId, key),
  });

  return {
    async pageStarted(tabId, url, scanning) {
      const tab = await world.records.update(tabId, (previous) => ({ url, page: (previous?.page ?? 0) + 1, scanning, candidates: 0, pending: 0, badges: [] }));
      world.toolbar(tabId, tab);
    },

    async candidates(tabId, pageUrl, candidates) {
      let first = 0;
      const tab = await world.records.update(tabId, (current) => {
        const base = current ?? { url: pageUrl, page: 1, scanning: true, candidates: 0, pending: 0, badges: [] };
        first = base.candidates;
        return { ...base, scanning: true, candidates: base.candidates + candidates.length, pending: base.pending + candidates.length };
      });
      if (tab === undefined) return;
      const allowPrivate = mayReachPrivateNetwork(tab.url);
      // Candidates arrive in page order; their number on the page keeps the list in that order, however
      // the checks finish.
      await Promise.all(candidates.map((candidate, i) => check(tabId, tab.page, allowPrivate, candidate, first + i)));
    },

    async report(tabId, key, refresh) {
      const tab = await world.records.get(tabId);
      const badge = tab?.badges.find((b) => b.key === key);
      if (tab === undefined || badge === undefined) return {};
      if (!refresh) return answer(tabId, key, badge.report);
      const candidate: Candidate = { key: baseKey(key), source: badge.source };
      const outcome = await outcomeOf(candidate, mayReachPrivateNetwork(tab.url), true);
      await record(tabId, tab.page, candidate, badge.order, outcome, false);
      const fresh = outcome.kind === 'badges' ? outcome.items.find((item) => item.key === key)?.report : undefined;
      return answer(tabId, key, fresh ? slimReport(fresh) : badge.report);
    },

    async verifyInput(input, pageUrl) {
      let report: Report;
      if (input.kind === 'bytes') {
        report = await world.verify(base64Bytes(input.base64), await verifyOptions(false));
      } else {
        const text = input.kind === 'url' ? input.url : input.text.trim();
        const bytes = text.startsWith('data:image/') ? dataUrlBytes(text) : undefined;
        // A page may reach private addresses only if it is served from one; a URL typed by the user, only if it is one.
        const allowPrivate = /^https?:\/\//i.test(text) ? mayReachPrivateNetwork(pageUrl ?? text) : false;
        report = await world.verify(bytes ?? text, await verifyOptions(allowPrivate));
      }
      return { report: slimReport(report) };
    },

    forget: () => outcomes.clear(),

    async tabClosed(tabId) {
      world.toolbar(tabId, undefined);
      await world.records.remove(tabId);
    },
  };
}
