import type { Report, Status } from '../core/index.ts';
import type { How, ShownStatus } from './verify/outcome.ts';

/** `badge-lens-verified`: one badge has been checked. */
export interface BadgeLensVerifiedDetail {
  /** Unique within the element. */
  readonly key: string;
  /** The badge's place among the element's badges, in source order. */
  readonly index: number;
  /** The core's report; `status` is never `verified` unless a signature, proof or hosted copy proved it. */
  readonly report: Report;
  /** What the card says: the report's status, or `blocked` when this page could not make the check. */
  readonly status: ShownStatus;
  /** Which checks ran live and which rest on the collection file's saved documents. */
  readonly how: How;
}

/** `badge-lens-load`: every badge has been checked (an element without badges fires it too). */
export interface BadgeLensLoadDetail {
  readonly total: number;
  /** How many badges ended in each status. */
  readonly counts: Readonly<Partial<Record<Status | 'blocked', number>>>;
}

/** `badge-lens-error`: a source could not be read or used (bad collection file, unreadable `src`, broken JSON). */
export interface BadgeLensErrorDetail {
  /** A URL, or `inline script`. */
  readonly source: string;
  readonly message: string;
}

export type BadgeLensVerifiedEvent = CustomEvent<BadgeLensVerifiedDetail>;
export type BadgeLensLoadEvent = CustomEvent<BadgeLensLoadDetail>;
export type BadgeLensErrorEvent = CustomEvent<BadgeLensErrorDetail>;

declare global {
  interface HTMLElementEventMap {
    'badge-lens-verified': BadgeLensVerifiedEvent;
    'badge-lens-load': BadgeLensLoadEvent;
    'badge-lens-error': BadgeLensErrorEvent;
  }
}

type Details = { 'badge-lens-verified': BadgeLensVerifiedDetail; 'badge-lens-load': BadgeLensLoadDetail; 'badge-lens-error': BadgeLensErrorDetail };

/** Fires a widget event: bubbling and composed, so a listener on the page hears it through any shadow root. */
export function fire<K extends keyof Details>(target: EventTarget, type: K, detail: Details[K]): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
