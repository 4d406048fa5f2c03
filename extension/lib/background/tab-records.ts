import type { Report } from '../../../core/index.ts';
import { parseBadgeState, type BadgeState } from '../badge-state.ts';
import type { CandidateSource } from '../candidate.ts';

/** One badge found on a tab's page. */
export interface TabBadge {
  readonly key: string;
  /** The candidate's number on the page: the list is in page order, whatever order the checks finish in. */
  readonly order: number;
  readonly state: BadgeState;
  /** What the content script handed over, to verify it again on demand. */
  readonly source: CandidateSource;
  /** The latest report, without its documents; absent while the first check runs. */
  readonly report?: Report;
}

/** What the background knows about the page in a tab; the popup reads it from session storage. */
export interface TabRecord {
  readonly url: string;
  /** Increases with each page load in the tab, so that late results for an old page are dropped. */
  readonly page: number;
  /** Whether the page scans on its own (else it waits for a click on the Badge Lens button). */
  readonly scanning: boolean;
  /** Candidates received, and how many of them are still being checked. */
  readonly candidates: number;
  readonly pending: number;
  readonly badges: readonly TabBadge[];
}

/** What the code here needs of `browser.storage.session`. */
export interface SessionArea {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
}

export const tabKey = (tabId: number): string => `tab:${tabId}`;

export interface TabRecords {
  get(tabId: number): Promise<TabRecord | undefined>;
  /** Applies `change` to the tab's record, one change at a time per tab, and stores the result. */
  update(tabId: number, change: (record: TabRecord | undefined) => TabRecord | undefined): Promise<TabRecord | undefined>;
  remove(tabId: number): Promise<void>;
}

/** How long changes to a record gather in memory before one write to session storage. */
export const WRITE_DELAY_MS = 150;

export interface Scheduler {
  setTimeout(callback: () => void, ms: number): unknown;
}

/**
 * Per-tab records in memory, written to session storage: the service worker may be stopped at any time,
 * and the popup reads the records from storage (and hears of changes through `storage.onChanged`). A page
 * of a thousand images changes its record a thousand times in a few seconds, so changes are gathered and
 * written at most once per `WRITE_DELAY_MS` per tab.
 */
export function createTabRecords(area: SessionArea, scheduler: Scheduler = globalThis): TabRecords {
  const memory = new Map<number, TabRecord | undefined>();
  const queues = new Map<number, Promise<unknown>>();
  const dirty = new Set<number>();

  async function get(tabId: number): Promise<TabRecord | undefined> {
    if (!memory.has(tabId)) memory.set(tabId, parseTabRecord((await area.get(tabKey(tabId)))[tabKey(tabId)]));
    return memory.get(tabId);
  }

  function serial<T>(tabId: number, task: () => Promise<T>): Promise<T> {
    const run = (queues.get(tabId) ?? Promise.resolve()).then(task, task);
    queues.set(
      tabId,
      run.catch(() => undefined),
    );
    return run;
  }

  function write(tabId: number): void {
    if (dirty.has(tabId)) return;
    dirty.add(tabId);
    scheduler.setTimeout(() => {
      void serial(tabId, async () => {
        dirty.delete(tabId);
        if (!memory.has(tabId)) return;
        const record = memory.get(tabId);
        if (record === undefined) await area.remove(tabKey(tabId));
        else await area.set({ [tabKey(tabId)]: record });
      }).catch((error: unknown) => console.error('Badge Lens: a tab record could not be stored', error));
    }, WRITE_DELAY_MS);
  }

  return {
    get: (tabId) => serial(tabId, () => get(tabId)),
    update: (tabId, change) =>
      serial(tabId, async () => {
        const before = await get(tabId);
        const next = change(before);
        memory.set(tabId, next);
        if (next !== before) write(tabId);
        return next;
      }),
    remove: (tabId) =>
      serial(tabId, async () => {
        memory.set(tabId, undefined);
        await area.remove(tabKey(tabId));
        memory.delete(tabId);
      }),
  };
}

/** A stored record, read back defensively (storage outlives versions of this code). */
export function parseTabRecord(value: unknown): TabRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const count = (n: unknown): number => (Number.isInteger(n) && (n as number) >= 0 ? (n as number) : 0);
  if (typeof v.url !== 'string' || !Array.isArray(v.badges)) return undefined;
  const badges: TabBadge[] = [];
  for (const item of v.badges) {
    if (typeof item !== 'object' || item === null) continue;
    const b = item as Record<string, unknown>;
    const state = parseBadgeState(b.state);
    const source = b.source as CandidateSource | undefined;
    if (typeof b.key !== 'string' || state === undefined || typeof source !== 'object' || source === null) continue;
    badges.push({ key: b.key, order: count(b.order), state, source, ...(typeof b.report === 'object' && b.report !== null ? { report: b.report as Report } : {}) });
  }
  return { url: v.url, page: count(v.page), scanning: v.scanning !== false, candidates: count(v.candidates), pending: count(v.pending), badges };
}

/** The record with one badge added or replaced (by key), kept in page order. */
export function withBadge(record: TabRecord, badge: TabBadge): TabRecord {
  const index = record.badges.findIndex((b) => b.key === badge.key);
  const badges = index === -1 ? [...record.badges, badge].sort((a, b) => a.order - b.order) : record.badges.map((b, i) => (i === index ? badge : b));
  return { ...record, badges };
}
