import { STATUS_LABEL } from '../../../ui/status-label.ts';
import type { BadgeState } from '../badge-state.ts';
import type { Placement } from '../scan/find-candidates.ts';
import { HOST_STYLE, MARK_CSS, MARK_GAP, MARK_SIZE } from './mark-style.ts';
import { styleShadowRoot } from './shadow-style.ts';
import { insertMarkHost, overlayOffset, type Box, type Offset } from './placement.ts';

/** The element name of a mark's host; the page sees this element and its `data-status`, nothing inside. */
export const MARK_TAG = 'badge-lens-mark';

export interface Mark {
  readonly anchor: Element;
  readonly placement: Placement;
  readonly host: HTMLElement;
  /** The focusable button inside the closed shadow root. */
  readonly button: HTMLButtonElement;
  set(state: BadgeState): void;
  /**
   * Places an overlay mark, given where its anchor and its host are now (from an IntersectionObserver entry
   * or getBoundingClientRect); `slot` counts the marks before it on the same anchor.
   */
  place(anchor: Box, host: Box, slot: number): void;
  setExpanded(expanded: boolean): void;
  remove(): void;
}

/** Words for the button's accessible name and tooltip: the status always in words, never only a colour. */
export function markLabel(state: BadgeState): string {
  if (state.status === 'checking') return 'Badge Lens is checking this badge';
  const name = state.name ? `“${state.name}”` : 'Badge';
  return `${name}: ${STATUS_LABEL[state.status].text} (Badge Lens). Show details`;
}

/**
 * A small status mark: a button in a closed shadow root, so page scripts cannot read or restyle it and page
 * CSS cannot reach it. Overlay marks sit on the anchor's top-right corner; inline marks follow it in the text.
 */
export function createMark(anchor: Element, placement: Placement, onActivate: (mark: Mark) => void): Mark {
  const document = anchor.ownerDocument;
  const host = document.createElement(MARK_TAG);
  // Through CSSOM, which a page's Content Security Policy does not govern (a `style` attribute it may block).
  host.style.cssText = HOST_STYLE[placement];
  const root = host.attachShadow({ mode: 'closed' });
  styleShadowRoot(root, MARK_CSS);
  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', 'false');
  const symbol = document.createElement('span');
  symbol.setAttribute('aria-hidden', 'true');
  button.append(symbol);
  root.append(button);

  let offset: Offset = { x: 0, y: 0 };
  const mark: Mark = {
    anchor,
    placement,
    host,
    button,
    set(state) {
      const label = markLabel(state);
      symbol.textContent = STATUS_LABEL[state.status].symbol;
      button.dataset.status = state.status;
      button.setAttribute('aria-label', label);
      button.title = label;
      host.dataset.status = state.status;
    },
    place(box, hostBox, slot) {
      if (placement === 'inline') return;
      // An anchor that is not rendered (display: none, detached) shows no mark.
      if (box.width === 0 && box.height === 0) {
        host.style.setProperty('visibility', 'hidden', 'important');
        return;
      }
      host.style.setProperty('visibility', 'visible', 'important');
      const next = overlayOffset(box, hostBox, offset, MARK_SIZE, MARK_GAP, slot);
      if (next.x === offset.x && next.y === offset.y) return;
      offset = next;
      host.style.setProperty('transform', `translate(${next.x}px,${next.y}px)`, 'important');
    },
    setExpanded(expanded) {
      button.setAttribute('aria-expanded', String(expanded));
    },
    remove() {
      host.remove();
    },
  };

  // The click must not reach the page: not a link around the badge, not a lightbox script.
  button.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    onActivate(mark);
  });
  for (const type of ['mousedown', 'pointerdown', 'mouseup', 'pointerup']) button.addEventListener(type, (event) => event.stopPropagation());
  insertMarkHost(host, anchor);
  return mark;
}
