import type { PageScanned } from './messages.ts';

export interface TabScan {
  readonly url: string;
  readonly candidates: number;
}

/** The subset of `browser.storage.session` used here, so that tests can pass a plain map-backed store. */
export interface SessionStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const key = (tabId: number): string => `tab:${tabId}`;

export async function rememberScan(store: SessionStore, tabId: number, message: PageScanned): Promise<void> {
  const scan: TabScan = { url: message.url, candidates: message.candidates };
  await store.set({ [key(tabId)]: scan });
}

export async function readScan(store: SessionStore, tabId: number): Promise<TabScan | undefined> {
  const value = (await store.get(key(tabId)))[key(tabId)];
  if (typeof value !== 'object' || value === null) return undefined;
  const { url, candidates } = value as Record<string, unknown>;
  return typeof url === 'string' && typeof candidates === 'number' ? { url, candidates } : undefined;
}
