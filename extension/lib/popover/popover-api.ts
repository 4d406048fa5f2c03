import type { BadgeState } from '../badge-state.ts';

/**
 * The contract between the content script and the popover bundle. The popover (Preact and the details
 * view) is too big for the content script's budget, so the background injects it into the content script's
 * isolated world only when a mark is first opened; both then share that world's global object, which the
 * page cannot see.
 */
export const POPOVER_GLOBAL = '__badgeLensPopover';

export interface PopoverRequest {
  /** The badge's key on this page, for the background's report. */
  readonly key: string;
  /** What the mark shows now; the popover shows it until the full report arrives. */
  readonly state: BadgeState;
  /** The mark's button: the popover sits next to it, and focus returns to it on close. */
  readonly anchor: HTMLElement;
  /** Called once when the popover closes (Escape, the close button, a click elsewhere). */
  onClose(): void;
}

export interface PopoverApi {
  open(request: PopoverRequest): void;
  close(): void;
  /** The key of the badge shown, if open. */
  readonly openKey: string | undefined;
}

/** The popover in this world, once injected. */
export function popoverIn(world: object): PopoverApi | undefined {
  const api = (world as Record<string, unknown>)[POPOVER_GLOBAL];
  return typeof api === 'object' && api !== null && typeof (api as PopoverApi).open === 'function' ? (api as PopoverApi) : undefined;
}
