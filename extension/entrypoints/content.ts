import { browser, type Browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContent } from '../lib/content/content-app.ts';
import { PAGE_PORT, type PortMessage } from '../lib/messages.ts';
import { popoverIn } from '../lib/popover/popover-api.ts';

// Wiring only: the logic is in lib/content/content-app.ts, which takes the world as a parameter.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    if (ctx.isInvalid) return;
    // A call into a runtime that is gone (the extension was updated or removed) fails; reading
    // `ctx.isInvalid` then invalidates the context, which stops everything through `onStop`.
    const send = (message: unknown): Promise<unknown> => browser.runtime.sendMessage(message).catch(() => ctx.isInvalid);
    let port: Browser.runtime.Port | undefined;
    const connect = (): Browser.runtime.Port => {
      const opened = browser.runtime.connect({ name: PAGE_PORT });
      // The background's service worker may stop; the next message opens a new port.
      opened.onDisconnect.addListener(() => void (port === opened && (port = undefined)));
      return opened;
    };
    const post = (message: PortMessage): void => {
      for (let attempt = 0; attempt < 2 && !ctx.isInvalid; attempt++) {
        try {
          port ??= connect();
          port.postMessage(message);
          return;
        } catch {
          port = undefined;
        }
      }
    };
    ctx.onInvalidated(() => port?.disconnect());
    void startContent({
      window,
      document,
      MutationObserver,
      ResizeObserver: globalThis.ResizeObserver,
      IntersectionObserver: globalThis.IntersectionObserver,
      idle: (task) => void requestIdleCallback(task, { timeout: 1000 }),
      later: (task, ms) => void setTimeout(task, ms),
      soon: (callback) => void setTimeout(callback, 0),
      storage: browser.storage.local,
      post,
      listen(listener) {
        const receive = (message: unknown): undefined => void listener(message);
        browser.runtime.onMessage.addListener(receive);
        ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(receive));
      },
      onLocationChange: (callback) => ctx.addEventListener(window, 'wxt:locationchange', callback),
      async loadPopover() {
        if (!popoverIn(globalThis)) await send({ type: 'load-popover' });
        return popoverIn(globalThis);
      },
      onStop: (callback) => void ctx.onInvalidated(callback),
    });
  },
});
