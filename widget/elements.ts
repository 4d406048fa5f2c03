/** The element classes without registering them, for pages that choose their own tag names. */
export { OpenBadgeElement } from './open-badge-element.ts';
export { OpenBadgesElement } from './open-badges-element.ts';
