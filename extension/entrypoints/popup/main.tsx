import { render } from 'preact';
import { browser } from 'wxt/browser';
import { DETAILS_CSS } from '../../../ui/styles.ts';
import { parseTabRecord, tabKey } from '../../lib/background/tab-records.ts';
import { App } from '../../lib/popup/App.tsx';
import type { PopupWorld } from '../../lib/popup/popup-world.ts';
import './style.css';

// Wiring only: the popup's logic is in lib/popup/, which takes this world as a parameter.
const params = new URLSearchParams(location.search);
const requested = Number(params.get('tab'));
const inTab = new Promise<boolean>((done) => void browser.tabs.getCurrent().then((tab) => done(tab !== undefined), () => done(false)));

async function tabId(): Promise<number | undefined> {
  if (Number.isInteger(requested) && requested > 0) return requested;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

const session = browser.storage.session;
const id = tabId();
const world: PopupWorld = {
  tabId: id,
  readTab: async (tab) => parseTabRecord((await session.get(tabKey(tab)))[tabKey(tab)]),
  watchTab(tab, callback) {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
      if (area === 'session' && tabKey(tab) in changes) callback(parseTabRecord(changes[tabKey(tab)]!.newValue));
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
  send: (message) => browser.runtime.sendMessage(message),
  scanTab: async (tab) => void (await browser.tabs.sendMessage(tab, { type: 'scan-now' }).catch(() => undefined)),
  local: browser.storage.local,
};

const style = document.createElement('style');
style.textContent = DETAILS_CSS;
document.head.append(style);

void Promise.all([inTab, id]).then(([alreadyInTab, tab]) => {
  const query = new URLSearchParams(params);
  if (tab !== undefined && !query.has('tab') && !query.has('verify')) query.set('tab', String(tab));
  const openInTabUrl = alreadyInTab ? undefined : browser.runtime.getURL(`/popup.html?${query}` as '/popup.html');
  render(<App world={{ ...world, ...(openInTabUrl ? { openInTabUrl } : {}) }} params={params} />, document.getElementById('app')!);
});
