import type { TabRecord } from './tab-records.ts';

/** `browser.action` (MV3) or `browser.browserAction` (Firefox MV2): the toolbar button. */
export interface ActionApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void> | void;
  setTitle(details: { tabId: number; title: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void> | void;
}

/** The toolbar button says how many badges the page has, in its badge text and in words in its title. */
export function toolbarText(record: TabRecord | undefined): { text: string; title: string } {
  const count = record?.badges.length ?? 0;
  if (record !== undefined && !record.scanning) return { text: '', title: 'Badge Lens: click to look for badges on this page' };
  if (count === 0) return { text: '', title: 'Badge Lens: no badges found on this page' };
  return { text: String(count), title: `Badge Lens: ${count} badge${count === 1 ? '' : 's'} on this page` };
}

/**
 * Shows each tab's record on the toolbar button. Every candidate's result updates the record, but rarely
 * what the button says: it is set only when that changes.
 */
export function createToolbar(action: ActionApi | undefined): (tabId: number, record: TabRecord | undefined) => void {
  const shown = new Map<number, string>();
  // A closed tab rejects these; nothing to do about it.
  const quiet = (result: Promise<void> | void): void => void Promise.resolve(result).catch(() => undefined);
  return (tabId, record) => {
    if (action === undefined) return;
    const { text, title } = toolbarText(record);
    if (record === undefined) shown.delete(tabId);
    else if (shown.get(tabId) === `${text}\n${title}`) return;
    else shown.set(tabId, `${text}\n${title}`);
    quiet(action.setBadgeText({ tabId, text }));
    quiet(action.setTitle({ tabId, title }));
    quiet(action.setBadgeBackgroundColor({ tabId, color: '#0b57d0' }));
  };
}
