import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createPopover } from '../lib/popover/create-popover.tsx';
import { POPOVER_GLOBAL, popoverIn } from '../lib/popover/popover-api.ts';

/**
 * The popover bundle (Preact and the details view). Not a content script: the background injects it into
 * the content script's isolated world the first time a mark is opened (see lib/background/inject-popover.ts),
 * so pages where nobody opens a mark never load it.
 */
export default defineUnlistedScript(() => {
  if (popoverIn(globalThis)) return;
  (globalThis as Record<string, unknown>)[POPOVER_GLOBAL] = createPopover({
    window,
    document,
    send: (message) => browser.runtime.sendMessage(message),
  });
});
