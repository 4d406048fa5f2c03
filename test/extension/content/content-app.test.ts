// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { startContent, type ContentWorld } from '../../../extension/lib/content/content-app.ts';
import { MARK_TAG } from '../../../extension/lib/marks/mark.ts';
import { parseBackgroundMessage, type PortMessage } from '../../../extension/lib/messages.ts';
import type { PopoverApi, PopoverRequest } from '../../../extension/lib/popover/popover-api.ts';
import { fakeScheduler, settle, type FakeScheduler } from '../support/fake-timers.ts';
import { image } from '../support/images.ts';
import { recordShadowRoots } from '../support/shadow-roots.ts';

interface Harness {
  readonly world: ContentWorld;
  readonly posted: PortMessage[];
  readonly scheduler: FakeScheduler;
  receive(message: unknown): void;
  changeLocation(): void;
  stop(): void;
  readonly opened: PopoverRequest[];
  readonly popoverLoads: number;
}

function harness(settings: unknown = undefined): Harness {
  const scheduler = fakeScheduler();
  const posted: PortMessage[] = [];
  const opened: PopoverRequest[] = [];
  let listener: (message: unknown) => void = () => undefined;
  let onLocation: () => void = () => undefined;
  const stops: (() => void)[] = [];
  let loads = 0;
  let openKey: string | undefined;
  const popover: PopoverApi = {
    open: (request) => void (opened.push(request), (openKey = request.key)),
    close: () => void (openKey = undefined),
    get openKey() {
      return openKey;
    },
  };
  const world: ContentWorld = {
    window,
    document,
    MutationObserver,
    ResizeObserver: undefined,
    IntersectionObserver: undefined,
    idle: scheduler.idle,
    later: scheduler.later,
    soon: scheduler.soon,
    storage: { get: async () => ({ settings }), set: async () => undefined },
    post: (message) => void posted.push(message),
    listen: (l) => void (listener = l),
    onLocationChange: (callback) => void (onLocation = callback),
    loadPopover: async () => (loads++, popover),
    onStop: (callback) => void stops.push(callback),
  };
  return {
    world,
    posted,
    scheduler,
    opened,
    receive: (message) => listener(message),
    changeLocation: () => onLocation(),
    stop: () => stops.forEach((s) => s()),
    get popoverLoads() {
      return loads;
    },
  };
}

const candidateKeys = (posted: readonly PortMessage[]): string[] =>
  posted.flatMap((m) => {
    const parsed = m.type === 'candidates' ? parseBackgroundMessage(m) : undefined;
    return parsed?.type === 'candidates' ? parsed.candidates.map((c) => c.key) : [];
  });

beforeEach(() => {
  document.body.innerHTML = '';
  Object.defineProperty(document, 'readyState', { value: 'complete', configurable: true });
});

describe('the content script', () => {
  it('says the page started, scans it, and marks what the background reports as badges', async () => {
    image('https://cdn.example/badge.png');
    image('https://cdn.example/photo.png');
    const h = harness();
    await startContent(h.world);
    h.scheduler.runIdle();
    expect(h.posted[0]).toEqual({ type: 'page-started', url: location.href, scanning: true });
    expect(candidateKeys(h.posted)).toEqual(['https://cdn.example/badge.png', 'https://cdn.example/photo.png']);
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(0);

    h.receive({ type: 'badge-state', key: 'https://cdn.example/badge.png', state: { status: 'checking' } });
    h.receive({ type: 'badge-state', key: 'https://cdn.example/badge.png', state: { status: 'verified', name: 'Robotics' } });
    const marks = document.querySelectorAll<HTMLElement>(MARK_TAG);
    expect([...marks].map((m) => [m.previousElementSibling?.getAttribute('src'), m.dataset.status])).toEqual([['https://cdn.example/badge.png', 'verified']]);
    // Messages that are not the background's are ignored.
    h.receive({ type: 'badge-state', key: 'https://cdn.example/photo.png', state: { status: 'owned' } });
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(1);
  });

  it('on a site scanned on click only, waits for the popup to ask', async () => {
    image('https://cdn.example/badge.png');
    const h = harness({ scanning: 'automatic', sites: { [location.hostname]: 'on-click' } });
    await startContent(h.world);
    h.scheduler.runIdle();
    expect(h.posted).toEqual([{ type: 'page-started', url: location.href, scanning: false }]);
    h.receive({ type: 'scan-now' });
    h.scheduler.runIdle();
    expect(candidateKeys(h.posted)).toEqual(['https://cdn.example/badge.png']);
  });

  it('opens the popover on a mark, loading it once, and a second activation closes it', async () => {
    const shadows = recordShadowRoots();
    try {
      image('https://cdn.example/badge.png');
      const h = harness();
      await startContent(h.world);
      h.scheduler.runIdle();
      h.receive({ type: 'badge-state', key: 'https://cdn.example/badge.png', state: { status: 'verified', name: 'Robotics' } });
      const button = shadows.rootOf(document.querySelector(MARK_TAG)!).querySelector('button')!;
      button.click();
      await settle();
      expect(h.opened.map((r) => [r.key, r.state.name, r.anchor === button])).toEqual([['https://cdn.example/badge.png', 'Robotics', true]]);
      expect(button.getAttribute('aria-expanded')).toBe('true');
      button.click();
      await settle();
      expect(h.opened).toHaveLength(1);
      expect(h.popoverLoads).toBe(1);
    } finally {
      shadows.restore();
    }
  });

  it('stops cleanly when the extension is updated or removed: no marks, no scanning', async () => {
    image('https://cdn.example/badge.png');
    const h = harness();
    await startContent(h.world);
    h.scheduler.runIdle();
    h.receive({ type: 'badge-state', key: 'https://cdn.example/badge.png', state: { status: 'verified' } });
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(1);
    h.stop();
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(0);
    const before = h.posted.length;
    image('https://cdn.example/later.png');
    await settle();
    h.scheduler.runIdle();
    h.receive({ type: 'badge-state', key: 'https://cdn.example/later.png', state: { status: 'verified' } });
    expect(h.posted).toHaveLength(before);
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(0);
  });

  it('starts afresh when a single-page app changes its address', async () => {
    image('https://cdn.example/badge.png');
    const h = harness();
    await startContent(h.world);
    h.scheduler.runIdle();
    h.receive({ type: 'badge-state', key: 'https://cdn.example/badge.png', state: { status: 'verified' } });
    h.changeLocation();
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(0);
    h.scheduler.runIdle();
    expect(h.posted.filter((m) => m.type === 'page-started')).toHaveLength(2);
    // The same image is a candidate of the new page again.
    expect(candidateKeys(h.posted)).toEqual(['https://cdn.example/badge.png', 'https://cdn.example/badge.png']);
  });
});
