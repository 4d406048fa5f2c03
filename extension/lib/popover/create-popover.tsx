import { render } from 'preact';
import { DETAILS_CSS } from '../../../ui/styles.ts';
import type { GetReport, OpenDetails, ReportAnswer } from '../messages.ts';
import { styleShadowRoot } from '../marks/shadow-style.ts';
import { POPOVER_CSS, POPOVER_HOST_STYLE } from './popover-css.ts';
import type { PopoverApi, PopoverRequest } from './popover-api.ts';
import { PopoverView } from './popover-view.tsx';

export interface PopoverWorld {
  readonly window: Window;
  readonly document: Document;
  /** `browser.runtime.sendMessage`. */
  send(message: GetReport | OpenDetails): Promise<unknown>;
}

export const POPOVER_TAG = 'badge-lens-popover';
const MAX_WIDTH = 400;
const MARGIN = 8;

/**
 * The in-page details of one badge at a time: a non-modal dialog in a closed shadow root next to its
 * mark. Escape or the close button closes it and puts focus back on the mark; a click elsewhere closes it
 * and leaves focus where the click put it.
 */
export function createPopover(world: PopoverWorld): PopoverApi {
  const { window, document } = world;
  let current: { request: PopoverRequest; host: HTMLElement; container: HTMLElement; cleanup: () => void } | undefined;

  function close(returnFocus: boolean): void {
    if (current === undefined) return;
    const { request, host, container, cleanup } = current;
    current = undefined;
    cleanup();
    render(null, container);
    host.remove();
    request.onClose();
    if (returnFocus) request.anchor.focus();
  }

  function place(host: HTMLElement, anchor: HTMLElement, panel: HTMLElement | null): void {
    const box = anchor.getBoundingClientRect();
    const viewWidth = document.documentElement.clientWidth || window.innerWidth;
    const width = Math.min(MAX_WIDTH, viewWidth - 2 * MARGIN);
    const below = window.innerHeight - box.bottom - 2 * MARGIN;
    const above = box.top - 2 * MARGIN;
    const downward = below >= 320 || below >= above;
    const maxHeight = Math.max(160, Math.min(560, downward ? below : above));
    const left = Math.min(Math.max(box.left, MARGIN), viewWidth - width - MARGIN) + window.scrollX;
    if (panel) {
      panel.style.width = `${width}px`;
      panel.style.maxHeight = `${maxHeight}px`;
    }
    const height = panel?.getBoundingClientRect().height ?? 0;
    const top = downward ? box.bottom + 6 + window.scrollY : box.top - 6 - height + window.scrollY;
    host.style.setProperty('left', `${Math.round(left)}px`, 'important');
    host.style.setProperty('top', `${Math.round(Math.max(top, window.scrollY + MARGIN))}px`, 'important');
  }

  function open(request: PopoverRequest): void {
    close(false);
    const host = document.createElement(POPOVER_TAG);
    host.style.cssText = POPOVER_HOST_STYLE;
    const root = host.attachShadow({ mode: 'closed' });
    styleShadowRoot(root, DETAILS_CSS + POPOVER_CSS);
    const container = document.createElement('div');
    root.append(container);
    document.documentElement.append(host);

    const load = async (refresh: boolean): Promise<ReportAnswer | undefined> => {
      const answer = await world.send({ type: 'get-report', key: request.key, refresh }).catch(() => undefined);
      return typeof answer === 'object' && answer !== null ? (answer as ReportAnswer) : undefined;
    };
    const panel = (): HTMLElement | null => container.querySelector('.bl-popover');
    render(
      <PopoverView
        state={request.state}
        load={load}
        onClose={() => close(true)}
        onOpenTrustedView={() => void world.send({ type: 'open-details', key: request.key })}
      />,
      container,
    );

    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      event.preventDefault();
      close(true);
    };
    // The mark lives in its own closed shadow root: seen from the document, an event on it comes from its host.
    const anchorRoot = request.anchor.getRootNode();
    const markHost = anchorRoot instanceof ShadowRoot ? anchorRoot.host : request.anchor;
    const onPointer = (event: Event): void => {
      const path = event.composedPath();
      if (!path.includes(host) && !path.includes(markHost)) close(false);
    };
    const onResize = (): void => place(host, request.anchor, panel());
    // The content grows as the report arrives; keep the panel within the window as it does.
    const growth = typeof ResizeObserver === 'function' ? new ResizeObserver(onResize) : undefined;
    root.addEventListener('keydown', onKey as EventListener);
    // Escape from the mark too, after Shift+Tab back to it.
    request.anchor.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer, true);
    window.addEventListener('resize', onResize);
    current = {
      request,
      host,
      container,
      cleanup() {
        root.removeEventListener('keydown', onKey as EventListener);
        request.anchor.removeEventListener('keydown', onKey);
        document.removeEventListener('pointerdown', onPointer, true);
        window.removeEventListener('resize', onResize);
        growth?.disconnect();
      },
    };
    place(host, request.anchor, panel());
    const dialog = panel();
    if (dialog) growth?.observe(dialog);
    dialog?.focus({ preventScroll: true });
  }

  return {
    open,
    close: () => close(false),
    get openKey() {
      return current?.request.key;
    },
  };
}
