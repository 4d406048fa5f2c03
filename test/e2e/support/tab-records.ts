import type { Worker } from '@playwright/test';
import { parseTabRecord, type TabRecord } from '../../../extension/lib/background/tab-records.ts';

/** What the background keeps per tab (extension/lib/background/tab-records.ts), with its tab id. */
export interface StoredTab extends TabRecord {
  readonly tabId: number;
}

interface ExtensionGlobal {
  readonly chrome: { readonly storage: { readonly session: { get(keys: null): Promise<Record<string, unknown>> } } };
}

/** Every `tab:<id>` record in session storage, read inside the service worker, as the popup reads it. */
export async function readTabs(worker: Worker): Promise<StoredTab[]> {
  const items = await worker.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.storage.session.get(null));
  const tabs: StoredTab[] = [];
  for (const [key, value] of Object.entries(items)) {
    const id = /^tab:(\d+)$/.exec(key);
    const record = id ? parseTabRecord(value) : undefined;
    if (id && record) tabs.push({ tabId: Number(id[1]), ...record });
  }
  return tabs;
}

/** The record of the tab showing `url`, once the content script has reported it. */
export async function tabOf(worker: Worker, url: string): Promise<StoredTab | undefined> {
  return (await readTabs(worker)).find((tab) => tab.url === url);
}

/** Writes `browser.storage.local` items (settings, identities) as the popup would. */
export async function setLocal(worker: Worker, items: Record<string, unknown>): Promise<void> {
  await worker.evaluate((values) => (globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } }).chrome.storage.local.set(values), items);
}

export async function clearLocal(worker: Worker): Promise<void> {
  await worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }).chrome.storage.local.clear());
}
