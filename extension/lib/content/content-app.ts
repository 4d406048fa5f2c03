import { CHECKING, type BadgeState } from '../badge-state.ts';
import { baseKey } from '../candidate.ts';
import { createMarkLayer } from '../marks/mark-layer.ts';
import type { Mark } from '../marks/mark.ts';
import { candidatesMessage, parseContentMessage, type PortMessage } from '../messages.ts';
import type { PopoverApi } from '../popover/popover-api.ts';
import type { Found, Placement } from '../scan/find-candidates.ts';
import { createScanner, type Scanner } from '../scan/scanner.ts';
import { DEFAULT_SETTINGS, loadSettings, scanModeFor, type StorageArea } from '../settings.ts';

/** Everything the content script touches, passed in so tests can run it on happy-dom with fakes. */
export interface ContentWorld {
  readonly window: Window;
  readonly document: Document;
  readonly MutationObserver: typeof MutationObserver;
  readonly ResizeObserver: typeof ResizeObserver | undefined;
  readonly IntersectionObserver: typeof IntersectionObserver | undefined;
  idle(task: (deadline: { timeRemaining(): number }) => void): void;
  later(task: () => void, ms: number): void;
  /** Runs `callback` in a task of its own, soon (see LayerWorld.soon). */
  soon(callback: () => void): void;
  /** `browser.storage.local`, for the scanning settings only. */
  readonly storage: StorageArea;
  /** Posts on the page's port to the background (see PAGE_PORT). */
  post(message: PortMessage): void;
  /** Registers the listener for messages from the background and the popup. */
  listen(listener: (message: unknown) => void): void;
  /** Calls back when the page's URL changes without a load (history API). */
  onLocationChange(callback: () => void): void;
  /** The popover, injected on first use. */
  loadPopover(): Promise<PopoverApi | undefined>;
  /** Calls back when the content script must stop (the extension was updated, reloaded or removed). */
  onStop(callback: () => void): void;
}

/**
 * The content script: reads whether this site is scanned on its own, scans (now, or when the popup asks),
 * hands candidates to the background, and marks the ones the background reports as badges.
 */
export async function startContent(world: ContentWorld): Promise<void> {
  const { document } = world;
  const founds = new Map<string, Found[]>();
  const states = new Map<string, BadgeState>();
  let stopped = false;
  let popover: PopoverApi | undefined;

  const layer = createMarkLayer(world, (key, mark) => void toggleDetails(key, mark));

  const newScanner = (): Scanner =>
    createScanner({
      window: world.window,
      document,
      MutationObserver: world.MutationObserver,
      idle: world.idle,
      later: world.later,
      send: (candidates) => world.post(candidatesMessage(candidates)),
      found,
    });
  let scanner = newScanner();

  function found(item: Found): void {
    const { key } = item.candidate;
    const list = founds.get(key) ?? [];
    if (list.some((f) => f.anchor === item.anchor)) return;
    list.push(item);
    founds.set(key, list);
    const state = states.get(key);
    if (state) show(key, item, state);
  }

  function show(key: string, item: Found, state: BadgeState): void {
    // Data in a script has no place of its own on the page; its mark waits for the badge image, if shown.
    if (item.anchor.localName === 'script' && state.status === 'checking') return;
    const place = placeOf(item, state);
    layer.show(key, place.anchor, place.placement, state);
  }

  /** A script's credential is marked on the page's copy of its image when there is one, else after the script. */
  function placeOf(item: Found, state: BadgeState): { anchor: Element; placement: Placement } {
    if (item.anchor.localName !== 'script' || !state.image) return item;
    const image = [...document.images].find((img) => img.currentSrc === state.image || img.src === state.image);
    return image ? { anchor: image, placement: 'overlay' } : item;
  }

  function onState(key: string, state: BadgeState): void {
    states.set(key, state);
    for (const item of founds.get(key) ?? founds.get(baseKey(key)) ?? []) show(key, item, state);
  }

  async function toggleDetails(key: string, mark: Mark): Promise<void> {
    popover ??= await world.loadPopover();
    if (popover === undefined || stopped) return;
    if (popover.openKey === key) {
      popover.close();
      return;
    }
    popover.close();
    mark.setExpanded(true);
    popover.open({ key, state: states.get(key) ?? CHECKING, anchor: mark.button, onClose: () => mark.setExpanded(false) });
  }

  function startScanning(): void {
    if (!stopped) scanner.start();
  }

  world.listen((raw) => {
    const message = parseContentMessage(raw);
    if (message === undefined || stopped) return;
    if (message.type === 'scan-now') startScanning();
    else onState(message.key, message.state);
  });

  world.onStop(() => {
    stopped = true;
    scanner.stop();
    popover?.close();
    layer.clear();
  });

  const settings = await loadSettings(world.storage).catch(() => DEFAULT_SETTINGS);
  if (stopped) return;
  const automatic = scanModeFor(settings, world.window.location.hostname) === 'automatic';
  world.post({ type: 'page-started', url: world.window.location.href, scanning: automatic });
  if (automatic) startScanning();

  // A single-page app that changes its URL shows a new page without loading one: start that page afresh.
  world.onLocationChange(() => {
    if (stopped) return;
    scanner.stop();
    popover?.close();
    layer.clear();
    founds.clear();
    states.clear();
    scanner = newScanner();
    world.post({ type: 'page-started', url: world.window.location.href, scanning: automatic });
    if (automatic) startScanning();
  });
}
