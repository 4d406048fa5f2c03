import type { Candidate } from '../candidate.ts';
import { MAX_CANDIDATES_PER_MESSAGE } from '../messages.ts';
import { MAX_LINK_CANDIDATES } from './document-link.ts';
import { CANDIDATE_SELECTOR, classify, type Found } from './find-candidates.ts';

/** What the scanner needs of the page and of the extension; tests pass their own. */
export interface ScannerWorld {
  readonly window: Window;
  readonly document: Document;
  readonly MutationObserver: typeof MutationObserver;
  /** Runs `task` when the page is idle (requestIdleCallback with a deadline, in the content script). */
  idle(task: (deadline: { timeRemaining(): number }) => void): void;
  /** Runs `task` after `ms` milliseconds (setTimeout). */
  later(task: () => void, ms: number): void;
  /** Hands new candidates to the background. */
  send(candidates: Candidate[]): void;
  /** Every found badge candidate, including repeats of a URL already sent (another element showing it). */
  found(found: Found): void;
}

export interface Scanner {
  start(): void;
  stop(): void;
  readonly running: boolean;
}

/**
 * Images that give no sign of being a badge, checked per page. Each is downloaded again by the background:
 * a gallery or a shop listing of thousands would cost the user that bandwidth for nothing, so past this
 * only images that say they are badges (and scripts, links, inline SVG) are checked.
 */
export const MAX_PLAIN_IMAGES = 2000;

// Work in slices that leave the page responsive: stop when the idle period is nearly over.
const SLICE_RESERVE_MS = 2;
// While the page loads, images still loading are looked at again, all at once: soon at first, then less
// often as the load drags on (each sweep reads every waiting image).
const FIRST_SWEEP_MS = 250;
const MAX_SWEEP_MS = 1000;

/**
 * Finds candidates in the page as it is and as it changes: one pass over the document when started, then
 * the subtrees a MutationObserver reports added (and images whose `src` a script changed).
 *
 * An image can be judged only once it has loaded (its size, the source a `srcset` chose). While the page is
 * still loading, many images are, and a listener called once per image costs more than looking at all of
 * them together now and then: so until the window's `load`, images still loading are swept, a few times a
 * second at first. After it, the few images that load late (lazy ones scrolled into view, ones a script
 * adds) are caught by one captured `load` listener. Each key (URL, or digest of inline data) is sent once
 * per page.
 */
export function createScanner(world: ScannerWorld): Scanner {
  const { document } = world;
  const sent = new Set<string>();
  let links = 0;
  let plainImages = 0;
  const roots: Element[] = [];
  // A queue in document order, so the top of the page (what the user sees first) is checked first.
  let work: Element[] = [];
  let next = 0;
  const outgoing: Candidate[] = [];
  const waiting = new Set<Element>();
  let scheduled = false;
  let sweepScheduled = false;
  let sweepMs = FIRST_SWEEP_MS;
  let running = false;
  let pageLoaded = false;

  const observer = new world.MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') roots.push(record.target as Element);
      else for (const node of record.addedNodes) if (node.nodeType === 1) roots.push(node as Element);
    }
    schedule();
  });

  // `load` does not bubble, but it can be captured: one listener sees every image on the page finish.
  const onLoad = (event: Event): void => {
    const target = event.target as Element | null;
    if (target?.localName !== 'img') return;
    waiting.delete(target);
    work.push(target);
    schedule();
  };

  const onPageLoad = (): void => {
    if (!running || pageLoaded) return;
    pageLoaded = true;
    document.addEventListener('load', onLoad, true);
    sweep();
  };

  function scheduleSweep(): void {
    if (sweepScheduled || pageLoaded || !running) return;
    sweepScheduled = true;
    world.later(() => {
      sweepScheduled = false;
      if (running) sweep();
    }, sweepMs);
    sweepMs = Math.min(MAX_SWEEP_MS, sweepMs * 2);
  }

  function sweep(): void {
    for (const image of waiting) {
      if (!(image as HTMLImageElement).complete) continue;
      waiting.delete(image);
      if (image.isConnected) work.push(image);
    }
    schedule();
    // After the page's `load`, images still loading are the `load` listener's.
    if (pageLoaded) waiting.clear();
    else if (waiting.size > 0) scheduleSweep();
  }

  function schedule(): void {
    if (scheduled || !running) return;
    scheduled = true;
    world.idle(slice);
  }

  function slice(deadline: { timeRemaining(): number }): void {
    scheduled = false;
    if (!running) return;
    while (hasWork() && deadline.timeRemaining() > SLICE_RESERVE_MS) {
      if (next === work.length) {
        work = [];
        next = 0;
        expand(roots.shift()!);
      } else {
        visit(work[next++]!);
      }
    }
    flush();
    if (hasWork()) schedule();
  }

  const hasWork = (): boolean => roots.length > 0 || next < work.length;

  function expand(root: Element): void {
    if (!root.isConnected) return;
    if (root.matches(CANDIDATE_SELECTOR)) work.push(root);
    if (root.firstElementChild === null) return;
    for (const element of root.querySelectorAll(CANDIDATE_SELECTOR)) work.push(element);
  }

  function visit(element: Element): void {
    const result = classify(element);
    if (result === 'wait') {
      // Looked at again by a sweep, or by its `load` event once the page has loaded.
      if (!pageLoaded) {
        waiting.add(element);
        scheduleSweep();
      }
      return;
    }
    for (const found of result) {
      const { key, source } = found.candidate;
      if (!sent.has(key)) {
        if (source.kind === 'document' && links >= MAX_LINK_CANDIDATES) continue;
        if (source.kind === 'document') links++;
        if (source.kind === 'image' && found.candidate.likely !== true) {
          if (plainImages >= MAX_PLAIN_IMAGES) continue;
          plainImages++;
        }
        sent.add(key);
        outgoing.push(found.candidate);
      }
      world.found(found);
    }
  }

  function flush(): void {
    while (outgoing.length > 0) world.send(outgoing.splice(0, MAX_CANDIDATES_PER_MESSAGE));
  }

  return {
    get running() {
      return running;
    },
    start() {
      if (running) return;
      running = true;
      // `src`/`srcset` changes: a lazy-loading script swapping a placeholder, a carousel.
      observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['src', 'srcset'] });
      roots.push(document.documentElement);
      schedule();
      if (document.readyState === 'complete') onPageLoad();
      else world.window.addEventListener('load', onPageLoad, { once: true });
    },
    stop() {
      running = false;
      observer.disconnect();
      document.removeEventListener('load', onLoad, true);
      world.window.removeEventListener('load', onPageLoad);
      waiting.clear();
      roots.length = 0;
      work = [];
      next = 0;
      outgoing.length = 0;
    },
  };
}
