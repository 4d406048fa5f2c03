import type { BadgeState } from '../badge-state.ts';
import type { Placement } from '../scan/find-candidates.ts';
import { createMark, type Mark } from './mark.ts';

export interface LayerWorld {
  readonly window: Window;
  readonly ResizeObserver: typeof ResizeObserver | undefined;
  readonly IntersectionObserver: typeof IntersectionObserver | undefined;
  /**
   * Runs `callback` in a task of its own, soon (setTimeout 0 in the content script): not inside the page's
   * rendering, whose frames on a page still painting a thousand images are long enough already.
   */
  soon(callback: () => void): void;
}

export interface MarkLayer {
  /** Shows `state` for `key` on `anchor`, making the mark on first sight of that anchor. */
  show(key: string, anchor: Element, placement: Placement, state: BadgeState): Mark;
  /** Updates every mark of `key`. */
  update(key: string, state: BadgeState): void;
  marksOf(key: string): readonly Mark[];
  /** Places overlay marks again shortly (after the page changed): those of `anchor`, or all. */
  reposition(anchor?: Element): void;
  clear(): void;
}

/**
 * Every mark on the page. Overlay marks are placed after layout changes: a resize of the window, of an
 * anchor or of the document, and a scroll (of the page or of any scrolling box, for anchors whose mark does
 * not share their scroll container). A page without badges gets no listener at all.
 *
 * Positions are read from IntersectionObserver entries rather than getBoundingClientRect: observing an
 * element again makes the browser report its box after its next layout, so the mark never forces a layout
 * of its own (on a page still loading a thousand images, each forced layout costs milliseconds).
 */
export function createMarkLayer(world: LayerWorld, onActivate: (key: string, mark: Mark) => void): MarkLayer {
  const byKey = new Map<string, Mark[]>();
  const byAnchor = new Map<Element, Mark[]>();
  let pending = false;
  // What the next measurement covers: the anchors that changed, or all of them after the window changed.
  let dirty: Set<Element> | 'all' = new Set();
  let watching = false;
  // Made with the first overlay mark: a page without badges creates no observer at all.
  let resizes: ResizeObserver | undefined;
  let measurer: IntersectionObserver | undefined;
  const onLayout = (): void => reposition();

  // A mark's host follows its anchor in the flow, so the page moving the anchor (content inserted above,
  // a reflow) moves the host alike; only a change of the anchor's own size, of the window, or a scroll
  // between different scrolling boxes needs the mark placed again.
  function watch(): void {
    if (watching) return;
    watching = true;
    // Only the anchor that changed size: a new mark does not make every other mark measured again.
    resizes = world.ResizeObserver ? new world.ResizeObserver((entries) => entries.forEach((entry) => reposition(entry.target))) : undefined;
    measurer = world.IntersectionObserver ? new world.IntersectionObserver((entries) => placeAll(new Map(entries.map((e) => [e.target, e.boundingClientRect])))) : undefined;
    world.window.addEventListener('resize', onLayout, { passive: true });
    world.window.addEventListener('scroll', onLayout, { passive: true, capture: true });
  }

  function reposition(anchor?: Element): void {
    if (anchor === undefined) dirty = 'all';
    else if (dirty !== 'all') dirty.add(anchor);
    if (pending) return;
    pending = true;
    world.soon(measure);
  }

  function measure(): void {
    pending = false;
    const anchors = dirty === 'all' ? [...byAnchor.keys()] : [...dirty].filter((anchor) => byAnchor.has(anchor));
    dirty = new Set();
    if (measurer === undefined) {
      // Without IntersectionObserver: read every box (one layout), then write.
      const boxes = new Map<Element, DOMRectReadOnly>();
      for (const anchor of anchors) {
        if (!anchor.isConnected) continue;
        boxes.set(anchor, anchor.getBoundingClientRect());
        for (const mark of byAnchor.get(anchor) ?? []) boxes.set(mark.host, mark.host.getBoundingClientRect());
      }
      placeAll(boxes);
      return;
    }
    for (const anchor of anchors) {
      const marks = byAnchor.get(anchor) ?? [];
      for (const element of [anchor, ...marks.map((m) => m.host)]) {
        measurer.unobserve(element);
        measurer.observe(element);
      }
    }
  }

  function placeAll(boxes: ReadonlyMap<Element, DOMRectReadOnly>): void {
    for (const [anchor, marks] of byAnchor) {
      if (!anchor.isConnected) {
        forget(anchor, marks);
        continue;
      }
      const box = boxes.get(anchor);
      if (box === undefined) continue;
      marks.forEach((mark, slot) => {
        const hostBox = boxes.get(mark.host);
        if (hostBox) mark.place(box, hostBox, slot);
      });
    }
  }

  function forget(anchor: Element, marks: readonly Mark[]): void {
    byAnchor.delete(anchor);
    resizes?.unobserve(anchor);
    measurer?.unobserve(anchor);
    for (const mark of marks) {
      measurer?.unobserve(mark.host);
      mark.remove();
      for (const [key, list] of byKey) {
        const left = list.filter((m) => m !== mark);
        if (left.length === 0) byKey.delete(key);
        else if (left.length !== list.length) byKey.set(key, left);
      }
    }
  }

  return {
    show(key, anchor, placement, state) {
      const existing = byKey.get(key)?.find((m) => m.anchor === anchor);
      if (existing) {
        existing.set(state);
        return existing;
      }
      const mark = createMark(anchor, placement, (m) => onActivate(key, m));
      mark.set(state);
      byKey.set(key, [...(byKey.get(key) ?? []), mark]);
      byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), mark]);
      if (placement === 'overlay') {
        watch();
        resizes?.observe(anchor);
        reposition(anchor);
      }
      return mark;
    },
    update(key, state) {
      for (const mark of byKey.get(key) ?? []) mark.set(state);
    },
    marksOf: (key) => byKey.get(key) ?? [],
    reposition,
    clear() {
      dirty = new Set();
      for (const marks of byAnchor.values()) for (const mark of marks) mark.remove();
      byKey.clear();
      byAnchor.clear();
      resizes?.disconnect();
      measurer?.disconnect();
      resizes = undefined;
      measurer = undefined;
      world.window.removeEventListener('resize', onLayout);
      world.window.removeEventListener('scroll', onLayout, { capture: true });
      watching = false;
    },
  };
}
