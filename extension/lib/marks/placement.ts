/**
 * Where a mark's host goes in the page: right after what it marks, so that it scrolls with it and comes
 * right after it in the tab order and for screen readers. Never inside a link, button or label (a button
 * inside a link is invalid, and a click on the mark would follow the link); after a `<picture>` rather than
 * inside it. A script in `<head>` has no place in the page: its mark goes first in `<body>`.
 */
export function insertMarkHost(host: Element, anchor: Element): void {
  const document = anchor.ownerDocument;
  if (anchor.localName === 'script' && anchor.closest('head') !== null) {
    document.body?.prepend(host);
    return;
  }
  const interactive = anchor.closest('a[href], button, label, summary, select');
  const target = interactive ?? (anchor.parentElement?.localName === 'picture' ? anchor.parentElement : anchor);
  target.after(host);
}

/** A translation in CSS pixels. */
export interface Offset {
  readonly x: number;
  readonly y: number;
}

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The translation that brings a zero-sized, absolutely positioned host from where the page's layout put it
 * to the mark's spot: the anchor's top-right corner, inset by `gap`, moved left by one mark per `slot` when
 * several badges share an anchor. `host` is measured with its current translation `current` applied.
 */
export function overlayOffset(anchor: Box, host: Box, current: Offset, size: number, gap: number, slot: number): Offset {
  const x = Math.max(anchor.left, anchor.right - size - gap - slot * (size + gap));
  const y = anchor.top + gap;
  return { x: Math.round(x - (host.left - current.x)), y: Math.round(y - (host.top - current.y)) };
}
