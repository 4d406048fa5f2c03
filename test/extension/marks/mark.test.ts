// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createMarkLayer } from '../../../extension/lib/marks/mark-layer.ts';
import { createMark, MARK_TAG, markLabel } from '../../../extension/lib/marks/mark.ts';
import { overlayOffset } from '../../../extension/lib/marks/placement.ts';
import { fakeScheduler } from '../support/fake-timers.ts';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('a mark', () => {
  it('follows its badge in the page, after any link around it, and says its status in words', () => {
    document.body.innerHTML = '<p><a href="https://issuer.example/b"><img id="badge" src="https://cdn.example/b.png"></a> text</p>';
    const img = document.getElementById('badge')!;
    const mark = createMark(img, 'overlay', () => undefined);
    mark.set({ status: 'revoked', name: 'Robotics' });
    expect(mark.host.localName).toBe(MARK_TAG);
    expect(mark.host.previousElementSibling?.localName).toBe('a');
    expect(mark.host.dataset.status).toBe('revoked');
    expect(mark.button.getAttribute('aria-label')).toBe('“Robotics”: Revoked (Badge Lens). Show details');
    expect(mark.button.textContent).toBe('✗');
    // Closed: the page cannot reach inside.
    expect(mark.host.shadowRoot).toBeNull();
  });

  it('goes after a <picture>, and first in <body> for a script in <head>', () => {
    document.body.innerHTML = '<picture id="pic"><img id="inside" src="x.png"></picture>';
    expect(createMark(document.getElementById('inside')!, 'overlay', () => undefined).host.previousElementSibling?.id).toBe('pic');
    const script = document.createElement('script');
    document.head.append(script);
    expect(createMark(script, 'inline', () => undefined).host).toBe(document.body.firstElementChild);
    script.remove();
  });

  it('words for every status, and while checking', () => {
    expect(markLabel({ status: 'checking' })).toBe('Badge Lens is checking this badge');
    expect(markLabel({ status: 'verified' })).toBe('Badge: Verified (Badge Lens). Show details');
    expect(markLabel({ status: 'unverified', name: 'X' })).toBe('“X”: Could not be verified (Badge Lens). Show details');
  });

  it('a click opens it and never reaches the page (no link followed, no page handler run)', () => {
    document.body.innerHTML = '<a id="link" href="https://issuer.example/b"><img id="badge"></a>';
    let pageSaw = 0;
    document.body.addEventListener('click', () => pageSaw++);
    let opened = 0;
    const mark = createMark(document.getElementById('badge')!, 'overlay', () => opened++);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    mark.button.dispatchEvent(click);
    expect(opened).toBe(1);
    expect(pageSaw).toBe(0);
    expect(click.defaultPrevented).toBe(true);
  });

  it('sits on the top-right corner of its anchor, inside it, one mark further left per slot', () => {
    const anchor = { left: 100, top: 50, right: 196, width: 96, height: 96 };
    // The host's layout position (before any translation) is right after the image.
    const host = { left: 196, top: 146, right: 196, width: 0, height: 0 };
    expect(overlayOffset(anchor, host, { x: 0, y: 0 }, 20, 2, 0)).toEqual({ x: -22, y: -94 });
    expect(overlayOffset(anchor, host, { x: 0, y: 0 }, 20, 2, 1)).toEqual({ x: -44, y: -94 });
    // Measured with its translation applied, the host's layout position is what it was.
    expect(overlayOffset(anchor, { ...host, left: 174, top: 52 }, { x: -22, y: -94 }, 20, 2, 0)).toEqual({ x: -22, y: -94 });
    // A narrow anchor: never left of its own left edge.
    expect(overlayOffset({ ...anchor, right: 110, width: 10 }, host, { x: 0, y: 0 }, 20, 2, 3).x).toBe(100 - 196);
  });
});

describe('the mark layer', () => {
  it('makes one mark per badge and anchor, updates them all, and places them after layout', () => {
    document.body.innerHTML = '<img id="a"><img id="b">';
    const [a, b] = [document.getElementById('a')!, document.getElementById('b')!];
    a.getBoundingClientRect = () => ({ left: 0, top: 0, right: 96, width: 96, height: 96 }) as DOMRect;
    const scheduler = fakeScheduler();
    const layer = createMarkLayer({ window, ResizeObserver: undefined, IntersectionObserver: undefined, soon: scheduler.soon }, () => undefined);
    layer.show('k', a, 'overlay', { status: 'checking' });
    layer.show('k', a, 'overlay', { status: 'checking' });
    layer.show('k', b, 'overlay', { status: 'checking' });
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(2);
    layer.update('k', { status: 'verified', name: 'R' });
    expect([...document.querySelectorAll(MARK_TAG)].map((m) => (m as HTMLElement).dataset.status)).toEqual(['verified', 'verified']);
    scheduler.runSoon();
    const [markA, markB] = layer.marksOf('k');
    expect(markA!.host.style.getPropertyValue('transform')).toMatch(/^translate\(/);
    // b has no box (not rendered): its mark is hidden, not left floating.
    expect(markB!.host.style.getPropertyValue('visibility')).toBe('hidden');
  });

  it('measures a new mark alone; a change of the window measures them all', () => {
    document.body.innerHTML = '<img id="a"><img id="b">';
    const reads = new Map<string, number>();
    for (const img of document.querySelectorAll('img')) {
      img.getBoundingClientRect = () => {
        reads.set(img.id, (reads.get(img.id) ?? 0) + 1);
        return { left: 0, top: 0, right: 96, width: 96, height: 96 } as DOMRect;
      };
    }
    const scheduler = fakeScheduler();
    const layer = createMarkLayer({ window, ResizeObserver: undefined, IntersectionObserver: undefined, soon: scheduler.soon }, () => undefined);
    layer.show('a', document.getElementById('a')!, 'overlay', { status: 'verified' });
    scheduler.runSoon();
    layer.show('b', document.getElementById('b')!, 'overlay', { status: 'verified' });
    scheduler.runSoon();
    expect(Object.fromEntries(reads)).toEqual({ a: 1, b: 1 });
    window.dispatchEvent(new Event('resize'));
    scheduler.runSoon();
    expect(Object.fromEntries(reads)).toEqual({ a: 2, b: 2 });
  });

  it('forgets the marks of anchors that left the page, and clears everything', () => {
    document.body.innerHTML = '<img id="a"><img id="b">';
    const scheduler = fakeScheduler();
    const layer = createMarkLayer({ window, ResizeObserver: undefined, IntersectionObserver: undefined, soon: scheduler.soon }, () => undefined);
    layer.show('a', document.getElementById('a')!, 'overlay', { status: 'verified' });
    layer.show('b', document.getElementById('b')!, 'overlay', { status: 'verified' });
    document.getElementById('a')!.remove();
    layer.reposition();
    scheduler.runSoon();
    expect(layer.marksOf('a')).toEqual([]);
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(1);
    layer.clear();
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(0);
  });
});
