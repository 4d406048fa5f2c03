import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from './App.tsx';

const requested = Number(new URLSearchParams(location.search).get('tab'));

async function currentTabId(): Promise<number | undefined> {
  if (Number.isInteger(requested) && requested > 0) return requested;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

render(<App tabId={currentTabId()} store={browser.storage.session} />, document.getElementById('app')!);
