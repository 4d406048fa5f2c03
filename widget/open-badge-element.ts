import { h, render } from 'preact';

/**
 * `<open-badge src="badge.png">`: one badge, verified in the visitor's browser.
 *
 * Until the module loads (or without JavaScript), the element's light-DOM children — a link and an
 * image — are what shows; the shadow root keeps showing them through its slot.
 */
export class OpenBadgeElement extends HTMLElement {
  static readonly tagName = 'open-badge';

  connectedCallback(): void {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    render(h('div', { part: 'badge' }, h('slot', null)), root);
  }
}
