/** Registers `<open-badges>` and `<open-badge>`; importing this module twice is harmless. */
import { OpenBadgeElement, OpenBadgesElement } from './elements.ts';

for (const element of [OpenBadgesElement, OpenBadgeElement]) {
  if (!customElements.get(element.tagName)) customElements.define(element.tagName, element);
}

export { OpenBadgeElement, OpenBadgesElement };
