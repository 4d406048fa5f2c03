import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { readScan, type SessionStore, type TabScan } from '../../lib/tab-scans.ts';

interface Props {
  readonly tabId: Promise<number | undefined>;
  readonly store: SessionStore;
}

export function App({ tabId, store }: Props) {
  const scan = useSignal<TabScan | undefined | 'loading'>('loading');
  useEffect(() => {
    void tabId.then((id) => (id === undefined ? undefined : readScan(store, id))).then((s) => (scan.value = s));
  }, [tabId, store]);

  const value = scan.value;
  return (
    <main>
      <h1>Badge Lens</h1>
      <p data-testid="scan-summary">
        {value === 'loading'
          ? 'Looking at this page…'
          : value === undefined
            ? 'This page has not been scanned.'
            : `${value.candidates} image${value.candidates === 1 ? '' : 's'} on this page could hold a badge.`}
      </p>
    </main>
  );
}
