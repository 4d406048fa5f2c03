import { h, render } from 'preact';

/**
 * `<open-badges src="badges.json" layout="grid|list|compact">`: an earner's collection, each badge
 * verified in the visitor's browser. Light-DOM children are the no-JavaScript fallback.
 */
export class OpenBadgesElement extends HTMLElement {
  static readonly tagName = 'open-badges';

  connectedCallback(): void {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    render(h('div', { part: 'collection' }, h('slot', null)), root);
  }
}
