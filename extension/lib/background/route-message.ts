import { parseBackgroundMessage } from '../messages.ts';
import type { BadgeService } from './badge-service.ts';
import { badgeViewPath } from './context-menu.ts';

/** Who sent a message, as the browser says (never as the message says). */
export interface Sender {
  readonly tab?: { readonly id?: number; readonly index?: number };
  readonly frameId?: number;
  readonly url?: string;
}

export interface RouteWorld {
  readonly service: BadgeService;
  /** `browser.runtime.getURL('/')`: messages from pages under it come from the extension itself. */
  readonly extensionOrigin: string;
  injectPopover(tabId: number, frameId: number): Promise<boolean>;
  openTab(path: string, after?: { readonly id?: number; readonly index?: number }): void;
}

/**
 * Answers one message: a promise for those that have an answer, undefined for anything dropped. Content
 * scripts speak only for their own tab's top frame (the page's address comes from the browser); asking to
 * verify arbitrary input, or to read another tab, is for the extension's own pages only.
 */
export function routeMessage(raw: unknown, sender: Sender, world: RouteWorld): Promise<unknown> | undefined {
  const message = parseBackgroundMessage(raw);
  if (message === undefined) return undefined;
  const fromExtension = sender.url?.startsWith(world.extensionOrigin) === true;
  const tabId = sender.tab?.id;
  const pageUrl = sender.url;
  const fromPage = !fromExtension && tabId !== undefined && sender.frameId === 0 && pageUrl !== undefined && /^https?:/i.test(pageUrl);

  switch (message.type) {
    case 'page-started':
      return fromPage ? world.service.pageStarted(tabId!, pageUrl!, message.scanning).then(() => ({ ok: true })) : undefined;
    case 'candidates':
      // Answered at once: results go to the page as they come, one badge at a time.
      if (!fromPage) return undefined;
      void world.service.candidates(tabId!, pageUrl!, message.candidates);
      return Promise.resolve({ ok: true });
    case 'load-popover':
      return fromPage ? world.injectPopover(tabId!, 0).then((ok) => ({ ok })) : undefined;
    case 'open-details':
      if (!fromPage) return undefined;
      world.openTab(badgeViewPath(tabId!, message.key), sender.tab);
      return Promise.resolve({ ok: true });
    case 'get-report': {
      const target = fromExtension ? message.tabId : fromPage ? tabId : undefined;
      return target === undefined ? undefined : world.service.report(target, message.key, message.refresh);
    }
    case 'verify-input':
      return fromExtension ? world.service.verifyInput(message.input, message.pageUrl) : undefined;
  }
}
