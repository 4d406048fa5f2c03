/** The element classes without registering them, for pages that choose their own tag names. */
export { OpenBadgeElement } from './open-badge-element.ts';
export { OpenBadgesElement } from './open-badges-element.ts';
export type { BadgeLensErrorDetail, BadgeLensErrorEvent, BadgeLensLoadDetail, BadgeLensLoadEvent, BadgeLensVerifiedDetail, BadgeLensVerifiedEvent } from './events.ts';
export type { How, ShownStatus } from './verify/outcome.ts';
