import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createVerifyCache, unbake, verify } from '../../core/index.ts';
import { createBadgeService } from '../lib/background/badge-service.ts';
import { badgeViewPath, createImageMenu, MENU_ID, verifyViewPath } from '../lib/background/context-menu.ts';
import { sha256Hex } from '../lib/background/digest.ts';
import { injectPopover, type ScriptingApi } from '../lib/background/inject-popover.ts';
import { memorySession } from '../lib/background/memory-session.ts';
import { routeMessage, type RouteWorld } from '../lib/background/route-message.ts';
import { createTabRecords } from '../lib/background/tab-records.ts';
import { createToolbar, type ActionApi } from '../lib/background/toolbar.ts';
import { PAGE_PORT } from '../lib/messages.ts';
import { IDENTITIES_KEY, loadIdentities } from '../lib/settings.ts';

// Wiring only: the work is in lib/background/, which takes the extension APIs as parameters.
export default defineBackground(() => {
  let identities = loadIdentities(browser.storage.local).catch(() => []);
  const action = (browser.action ?? (browser as unknown as { browserAction?: ActionApi }).browserAction) as ActionApi | undefined;
  const service = createBadgeService({
    verify,
    unbake,
    fetch: (input, init) => fetch(input, init),
    verifyCache: createVerifyCache(),
    records: createTabRecords(browser.storage.session ?? memorySession()),
    identities: () => identities,
    notify: (tabId, message) => void browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined),
    toolbar: createToolbar(action),
    digest: sha256Hex,
    trustedViewUrl: (tabId, key) => browser.runtime.getURL(badgeViewPath(tabId, key) as '/popup.html'),
  });

  const world: RouteWorld = {
    service,
    extensionOrigin: browser.runtime.getURL('/'),
    // WXT types `files` as the build's public paths; POPOVER_FILE is one (entrypoints/popover.ts).
    injectPopover: (tabId, frameId) => injectPopover(browser.scripting as unknown as ScriptingApi, tabId, frameId),
    openTab(path, after) {
      const url = browser.runtime.getURL(path as '/popup.html');
      void browser.tabs.create({ url, ...(after?.index !== undefined ? { index: after.index + 1 } : {}), ...(after?.id !== undefined ? { openerTabId: after.id } : {}) });
    },
  };

  // sendResponse and `return true` rather than a returned promise: that works in every Chrome and Firefox.
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const answer = routeMessage(raw, sender, world);
    if (answer === undefined) return undefined;
    answer.then(sendResponse, (error: unknown) => {
      console.error('Badge Lens: a message failed', error);
      sendResponse(undefined);
    });
    return true;
  });

  // The pages' ports: `page-started` and `candidates`, in order, answered through the marks.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PAGE_PORT) return;
    port.onMessage.addListener((raw) => void routeMessage(raw, port.sender ?? {}, world));
  });

  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(IDENTITIES_KEY in changes)) return;
    identities = loadIdentities(browser.storage.local).catch(() => []);
    service.forget();
  });
  browser.tabs.onRemoved.addListener((tabId) => void service.tabClosed(tabId));
  browser.runtime.onInstalled.addListener(() => void createImageMenu(browser.contextMenus));
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && info.srcUrl) world.openTab(verifyViewPath(info.srcUrl, info.pageUrl), tab);
  });
});
