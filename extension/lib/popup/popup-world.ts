import type { OutgoingMessage } from '../messages.ts';
import type { StorageArea } from '../settings.ts';
import type { TabRecord } from '../background/tab-records.ts';

/** What the popup (and the trusted view, the same page in a tab) uses of the extension; tests pass fakes. */
export interface PopupWorld {
  /** The tab whose badges to show: `?tab=ID`, or the active tab of the window. */
  readonly tabId: Promise<number | undefined>;
  readTab(tabId: number): Promise<TabRecord | undefined>;
  /** Calls back whenever the tab's record changes; returns the unsubscribe. */
  watchTab(tabId: number, callback: (record: TabRecord | undefined) => void): () => void;
  send(message: OutgoingMessage): Promise<unknown>;
  /** Asks the tab's page to look for badges now (scanning "on click only"). */
  scanTab(tabId: number): Promise<void>;
  /** `browser.storage.local`: settings and identities. */
  readonly local: StorageArea;
  /** The address of this page in a tab, for "Open in a tab" (undefined when already in one). */
  readonly openInTabUrl?: string;
}
