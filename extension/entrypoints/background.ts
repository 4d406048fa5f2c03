import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { parseMessage } from '../lib/messages.ts';
import { rememberScan } from '../lib/tab-scans.ts';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = parseMessage(raw);
    const tabId = sender.tab?.id;
    if (message === undefined || tabId === undefined) return undefined;
    return rememberScan(browser.storage.session, tabId, message).then(() => ({ ok: true }));
  });
});
