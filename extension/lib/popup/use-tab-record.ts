import { useEffect, useState } from 'preact/hooks';
import type { TabRecord } from '../background/tab-records.ts';
import type { PopupWorld } from './popup-world.ts';

/** The tab's record, kept current as the background checks its page: 'loading' until first read. */
export function useTabRecord(world: PopupWorld, tabId: number | undefined): TabRecord | undefined | 'loading' {
  const [record, setRecord] = useState<TabRecord | undefined | 'loading'>('loading');
  useEffect(() => {
    if (tabId === undefined) return undefined;
    let live = true;
    const unwatch = world.watchTab(tabId, (next) => live && setRecord(next));
    void world.readTab(tabId).then((first) => live && setRecord(first));
    return () => {
      live = false;
      unwatch();
    };
  }, [world, tabId]);
  return record;
}

/** The value a promise resolves to, once it has. */
export function useResolved<T>(promise: Promise<T>): T | 'loading' {
  const [value, setValue] = useState<T | 'loading'>('loading');
  useEffect(() => {
    let live = true;
    void promise.then((v) => live && setValue(() => v));
    return () => {
      live = false;
    };
  }, [promise]);
  return value;
}
