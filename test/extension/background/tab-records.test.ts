import { describe, expect, it } from 'vitest';
import { memorySession } from '../../../extension/lib/background/memory-session.ts';
import { createTabRecords, parseTabRecord, tabKey, WRITE_DELAY_MS, withBadge, type TabRecord } from '../../../extension/lib/background/tab-records.ts';

const page = (url = 'https://earner.example/'): TabRecord => ({ url, page: 1, scanning: true, candidates: 0, pending: 0, badges: [] });

function manualScheduler() {
  const pending: (() => void)[] = [];
  return { setTimeout: (callback: () => void, ms: number) => void (ms === WRITE_DELAY_MS && pending.push(callback)), flush: () => pending.splice(0).forEach((f) => f()) };
}

describe('per-tab records', () => {
  it('apply changes one at a time per tab, and write them to session storage in one go', async () => {
    const area = memorySession();
    const writes: unknown[] = [];
    const counted = { ...area, set: async (items: Record<string, unknown>) => void (writes.push(items), await area.set(items)) };
    const scheduler = manualScheduler();
    const records = createTabRecords(counted, scheduler);
    await records.update(1, () => page());
    await Promise.all(Array.from({ length: 100 }, () => records.update(1, (r) => ({ ...r!, candidates: r!.candidates + 1 }))));
    expect((await records.get(1))?.candidates).toBe(100);
    expect(writes).toEqual([]);
    scheduler.flush();
    await records.get(1);
    expect(writes).toHaveLength(1);
    expect(parseTabRecord((await area.get(tabKey(1)))[tabKey(1)])?.candidates).toBe(100);
  });

  it('read a record a stopped service worker left in storage', async () => {
    const area = memorySession();
    await area.set({ [tabKey(3)]: { ...page(), candidates: 4 } });
    expect((await createTabRecords(area).get(3))?.candidates).toBe(4);
  });

  it('forget a closed tab', async () => {
    const area = memorySession();
    const records = createTabRecords(area, manualScheduler());
    await records.update(2, () => page());
    await records.remove(2);
    expect(await records.get(2)).toBeUndefined();
    expect(await area.get(tabKey(2))).toEqual({});
  });

  it('read stored records defensively', () => {
    expect(parseTabRecord({ url: 'x', badges: [{ key: 'k', state: { status: 'verified' }, source: { kind: 'image', url: 'u' } }, { key: 'bad', state: { status: 'nope' } }] })?.badges).toHaveLength(1);
    expect(parseTabRecord({ url: 7, badges: [] })).toBeUndefined();
    expect(parseTabRecord(null)).toBeUndefined();
  });

  it('add a badge in page order, or replace the one with the same key in place', () => {
    const source = { kind: 'image' as const, url: 'u' };
    let record = withBadge(page(), { key: 'b', order: 5, state: { status: 'checking' }, source });
    record = withBadge(record, { key: 'a', order: 2, state: { status: 'checking' }, source });
    record = withBadge(record, { key: 'a', order: 2, state: { status: 'verified' }, source });
    expect(record.badges.map((b) => [b.key, b.state.status])).toEqual([
      ['a', 'verified'],
      ['b', 'checking'],
    ]);
  });
});
