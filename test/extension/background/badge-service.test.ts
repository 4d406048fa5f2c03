import { describe, expect, it } from 'vitest';
import { createVerifyCache, type BadgeInput, type Report, type Unbaked, type VerifyOptions } from '../../../core/index.ts';
import { createBadgeService, DEFAULT_SERVICE_OPTIONS } from '../../../extension/lib/background/badge-service.ts';
import { memorySession } from '../../../extension/lib/background/memory-session.ts';
import { createTabRecords, WRITE_DELAY_MS } from '../../../extension/lib/background/tab-records.ts';
import type { Candidate } from '../../../extension/lib/candidate.ts';
import type { BadgeStateMessage } from '../../../extension/lib/messages.ts';

const BADGE = new Uint8Array([1]);
const PLAIN = new Uint8Array([0]);

function report(name: string, status: Report['status'] = 'verified'): Report {
  return {
    status,
    summary: 's',
    version: '2.0',
    recipientMatch: 'not-checked',
    checks: [],
    documents: { 'https://issuer.example/a': { big: 'x'.repeat(100) } },
    fetches: [],
    checkedAt: '2025-01-01T00:00:00Z',
    badge: { name, issuer: { name: 'Guild' }, recipient: { hashed: false }, evidence: [], alignments: [], tags: [], endorsements: [] },
  };
}

/**
 * A world whose "network" serves BADGE bytes for URLs with "badge" in them and PLAIN bytes otherwise, and
 * whose verify fetches the URL it is given (as the core does) and answers with a report named after it.
 */
function fakeWorld(options: { gate?: Promise<void>; status?: Report['status'] } = {}) {
  const verified: { input: BadgeInput; options: VerifyOptions }[] = [];
  const notified: [number, BadgeStateMessage][] = [];
  let active = 0;
  let peak = 0;
  const records = createTabRecords(memorySession(), { setTimeout: (f: () => void, ms: number) => ms === WRITE_DELAY_MS && setTimeout(f, 0) });
  const world = {
    records,
    verifyCache: createVerifyCache(),
    identities: async () => ['me@example.org'],
    notify: (tabId: number, message: BadgeStateMessage) => void notified.push([tabId, message]),
    toolbar: () => undefined,
    digest: async (text: string) => `sha:${text.length}`,
    trustedViewUrl: (tabId: number, key: string) => `ext://popup.html?tab=${tabId}&badge=${key}`,
    fetch: (async (input: RequestInfo | URL) => new Response(String(input).includes('badge') ? BADGE : PLAIN)) as typeof fetch,
    unbake: (bytes: Uint8Array): Unbaked => (bytes[0] === 1 ? { found: true, format: 'png', payloads: [], warnings: [] } : { found: false, format: 'png', reason: 'no-badge', message: 'none', warnings: [] }),
    async verify(input: BadgeInput, verifyOptions: VerifyOptions): Promise<Report> {
      verified.push({ input, options: verifyOptions });
      active++;
      peak = Math.max(peak, active);
      try {
        if (typeof input === 'string' && /^https?:/.test(input)) await (await verifyOptions.fetch!(input)).arrayBuffer();
        await options.gate;
        return report(typeof input === 'string' ? input : 'bytes', options.status);
      } finally {
        active--;
      }
    },
  };
  return { world, verified, notified, peak: () => peak };
}

const image = (url: string, likely?: true): Candidate => ({ key: url, source: { kind: 'image', url }, ...(likely ? { likely } : {}) });
const settle = (): Promise<void> => new Promise((done) => setTimeout(done, 5));

describe('the badge service', () => {
  it('records the badges of a page, tells the page checking then verified, and keeps no documents', async () => {
    const { world, notified } = fakeWorld();
    const service = createBadgeService(world);
    await service.pageStarted(1, 'https://earner.example/', true);
    await service.candidates(1, 'https://earner.example/', [image('https://cdn.example/badge.png'), image('https://cdn.example/photo.png')]);
    const record = await world.records.get(1);
    expect(record).toMatchObject({ url: 'https://earner.example/', candidates: 2, pending: 0, scanning: true });
    expect(record!.badges.map((b) => [b.key, b.state])).toEqual([['https://cdn.example/badge.png', { status: 'verified', name: 'https://cdn.example/badge.png', issuer: 'Guild' }]]);
    expect(record!.badges[0]!.report!.documents).toEqual({});
    expect(notified.map(([tab, m]) => [tab, m.key, m.state.status])).toEqual([
      [1, 'https://cdn.example/badge.png', 'checking'],
      [1, 'https://cdn.example/badge.png', 'verified'],
    ]);
  });

  it('checks a URL once across tabs while its outcome is fresh, and again after its TTL', async () => {
    const { world, verified } = fakeWorld();
    const service = createBadgeService(world);
    for (const tab of [1, 2]) {
      await service.pageStarted(tab, 'https://earner.example/', true);
      await service.candidates(tab, 'https://earner.example/', [image('https://cdn.example/badge.png'), image('https://cdn.example/photo.png')]);
    }
    expect(verified).toHaveLength(2);
    expect((await world.records.get(2))!.badges).toHaveLength(1);
  });

  it('verifies again after the TTL', async () => {
    const { world, verified } = fakeWorld();
    const service = createBadgeService(world, { ...DEFAULT_SERVICE_OPTIONS, badgeTtlMs: 0, noneTtlMs: 0 });
    await service.pageStarted(1, 'https://earner.example/', true);
    await service.candidates(1, 'https://earner.example/', [image('https://cdn.example/badge.png')]);
    await service.candidates(1, 'https://earner.example/', [image('https://cdn.example/badge.png')]);
    expect(verified).toHaveLength(2);
  });

  it('checks again, ahead of the queue, when the details are opened, and updates the page', async () => {
    const { world, verified, notified } = fakeWorld();
    const service = createBadgeService(world);
    await service.pageStarted(1, 'https://earner.example/', true);
    await service.candidates(1, 'https://earner.example/', [image('https://cdn.example/badge.png')]);
    const stored = await service.report(1, 'https://cdn.example/badge.png', false);
    expect(stored.report?.badge?.name).toBe('https://cdn.example/badge.png');
    expect(stored.trustedViewUrl).toBe('ext://popup.html?tab=1&badge=https://cdn.example/badge.png');
    expect(verified).toHaveLength(1);
    const fresh = await service.report(1, 'https://cdn.example/badge.png', true);
    expect(fresh.report?.status).toBe('verified');
    expect(verified).toHaveLength(2);
    expect(notified.at(-1)![1].state.status).toBe('verified');
    expect(await service.report(1, 'https://cdn.example/unknown.png', true)).toEqual({});
  });

  it('drops the late results of a page the tab has left', async () => {
    let open!: () => void;
    const { world } = fakeWorld({ gate: new Promise<void>((done) => (open = done)) });
    const service = createBadgeService(world);
    await service.pageStarted(1, 'https://earner.example/old', true);
    const checking = service.candidates(1, 'https://earner.example/old', [image('https://cdn.example/badge.png')]);
    await settle();
    await service.pageStarted(1, 'https://earner.example/new', true);
    open();
    await checking;
    expect(await world.records.get(1)).toMatchObject({ url: 'https://earner.example/new', page: 2, badges: [] });
  });

  it('lets a page on a private address reach private addresses, and a public page not', async () => {
    const { world, verified } = fakeWorld();
    const service = createBadgeService(world);
    await service.pageStarted(1, 'http://127.0.0.1:8080/', true);
    await service.candidates(1, 'http://127.0.0.1:8080/', [image('http://127.0.0.1:8080/badge.png')]);
    await service.pageStarted(2, 'https://earner.example/', true);
    await service.candidates(2, 'https://earner.example/', [image('http://127.0.0.1:8080/badge.png')]);
    expect(verified.map((v) => v.options.allowPrivateNetwork)).toEqual([true, false]);
    expect(verified[0]!.options.identities).toEqual(['me@example.org']);
  });

  it('checks at most `concurrency` candidates at once', async () => {
    const { world, peak } = fakeWorld();
    const service = createBadgeService(world, { ...DEFAULT_SERVICE_OPTIONS, concurrency: 3 });
    await service.pageStarted(1, 'https://earner.example/', true);
    await service.candidates(1, 'https://earner.example/', Array.from({ length: 20 }, (_, i) => image(`https://cdn.example/${i}-badge.png`)));
    expect(peak()).toBe(3);
    expect((await world.records.get(1))!.badges).toHaveLength(20);
  });

  it('verifies what the user brings: bytes, a URL (private only if it is one), text', async () => {
    const { world, verified } = fakeWorld();
    const service = createBadgeService(world);
    expect((await service.verifyInput({ kind: 'bytes', base64: 'AQ==' })).report?.status).toBe('verified');
    await service.verifyInput({ kind: 'url', url: 'http://localhost:3000/badge.png' });
    await service.verifyInput({ kind: 'url', url: 'http://localhost:3000/badge.png' }, 'https://earner.example/');
    await service.verifyInput({ kind: 'text', text: ' eyJhbGciOiJSUzI1NiJ9.e30.c2ln ' });
    expect(verified[0]!.input).toEqual(new Uint8Array([1]));
    expect(verified.slice(1).map((v) => [v.input, v.options.allowPrivateNetwork])).toEqual([
      ['http://localhost:3000/badge.png', true],
      ['http://localhost:3000/badge.png', false],
      ['eyJhbGciOiJSUzI1NiJ9.e30.c2ln', false],
    ]);
  });

  it('forgets outcomes when the identities change, and a closed tab', async () => {
    const { world, verified } = fakeWorld();
    const service = createBadgeService(world);
    await service.pageStarted(1, 'https://earner.example/', true);
    await service.candidates(1, 'https://earner.example/', [image('https://cdn.example/badge.png')]);
    service.forget();
    await service.candidates(1, 'https://earner.example/', [image('https://cdn.example/badge.png')]);
    expect(verified).toHaveLength(2);
    await service.tabClosed(1);
    expect(await world.records.get(1)).toBeUndefined();
  });
});
