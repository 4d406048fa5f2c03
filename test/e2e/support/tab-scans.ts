import type { Worker } from '@playwright/test';

/** What the background keeps per tab (see extension/lib/tab-scans.ts), read back as stored. */
export interface StoredScan {
  readonly tabId: number;
  readonly url: string;
  readonly candidates: number;
}

interface ExtensionGlobal {
  readonly chrome: { readonly storage: { readonly session: { get(keys: null): Promise<Record<string, unknown>> } } };
}

/**
 * Every `tab:<id>` record in the background's session storage, read inside the service worker itself so
 * the test sees exactly what the popup would.
 */
export async function readStoredScans(worker: Worker): Promise<StoredScan[]> {
  const items = await worker.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.storage.session.get(null));
  const scans: StoredScan[] = [];
  for (const [key, value] of Object.entries(items)) {
    const tab = /^tab:(\d+)$/.exec(key);
    if (!tab || typeof value !== 'object' || value === null) continue;
    const { url, candidates } = value as Record<string, unknown>;
    if (typeof url === 'string' && typeof candidates === 'number') scans.push({ tabId: Number(tab[1]), url, candidates });
  }
  return scans;
}

/** The records the content script has reported for `url` so far (none until it has run). */
export async function scansOf(worker: Worker, url: string): Promise<StoredScan[]> {
  return (await readStoredScans(worker)).filter((scan) => scan.url === url);
}
