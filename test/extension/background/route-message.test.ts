import { describe, expect, it } from 'vitest';
import type { BadgeService } from '../../../extension/lib/background/badge-service.ts';
import { routeMessage, type RouteWorld, type Sender } from '../../../extension/lib/background/route-message.ts';
import { candidatesMessage } from '../../../extension/lib/messages.ts';

const EXTENSION = 'chrome-extension://abcdefghijklmnop/';

function world() {
  const calls: unknown[][] = [];
  const record = (name: string) => async (...args: unknown[]) => void calls.push([name, ...args]);
  const service = {
    pageStarted: record('pageStarted'),
    candidates: record('candidates'),
    report: async (...args: unknown[]) => (calls.push(['report', ...args]), { trustedViewUrl: 'x' }),
    verifyInput: async (...args: unknown[]) => (calls.push(['verifyInput', ...args]), {}),
    forget: () => undefined,
    tabClosed: record('tabClosed'),
  } as unknown as BadgeService;
  const routeWorld: RouteWorld = {
    service,
    extensionOrigin: EXTENSION,
    injectPopover: async (tabId, frameId) => (calls.push(['inject', tabId, frameId]), true),
    openTab: (path, after) => void calls.push(['openTab', path, after?.id]),
  };
  return { routeWorld, calls };
}

const page: Sender = { tab: { id: 4, index: 2 }, frameId: 0, url: 'https://earner.example/profile' };
const frame: Sender = { tab: { id: 4 }, frameId: 3, url: 'https://ads.example/frame' };
const popup: Sender = { url: `${EXTENSION}popup.html` };

describe('routing messages by who sent them', () => {
  it('a page speaks for its own tab, with the address the browser gives', async () => {
    const { routeWorld, calls } = world();
    await routeMessage({ type: 'page-started', url: 'http://127.0.0.1/', scanning: true }, page, routeWorld);
    await routeMessage(candidatesMessage([{ key: 'https://cdn.example/a.png', source: { kind: 'image', url: 'https://cdn.example/a.png' } }]), page, routeWorld);
    await routeMessage({ type: 'load-popover' }, page, routeWorld);
    await routeMessage({ type: 'get-report', key: 'k', refresh: true, tabId: 99 }, page, routeWorld);
    await routeMessage({ type: 'open-details', key: 'k' }, page, routeWorld);
    expect(calls).toEqual([
      ['pageStarted', 4, 'https://earner.example/profile', true],
      ['candidates', 4, 'https://earner.example/profile', [{ key: 'https://cdn.example/a.png', source: { kind: 'image', url: 'https://cdn.example/a.png' } }]],
      ['inject', 4, 0],
      ['report', 4, 'k', true],
      ['openTab', '/popup.html?tab=4&badge=k', 4],
    ]);
  });

  it('a subframe, or a page asking to verify arbitrary input, gets nothing', () => {
    const { routeWorld, calls } = world();
    expect(routeMessage({ type: 'page-started', url: 'x', scanning: true }, frame, routeWorld)).toBeUndefined();
    expect(routeMessage({ type: 'verify-input', input: { kind: 'url', url: 'http://127.0.0.1/a.png' }, pageUrl: 'http://127.0.0.1/' }, page, routeWorld)).toBeUndefined();
    expect(routeMessage({ type: 'nonsense' }, page, routeWorld)).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it('the extension’s own pages may verify input and read any tab, but not act as a page', async () => {
    const { routeWorld, calls } = world();
    await routeMessage({ type: 'verify-input', input: { kind: 'text', text: 'eyJ' } }, popup, routeWorld);
    await routeMessage({ type: 'get-report', key: 'k', refresh: false, tabId: 9 }, popup, routeWorld);
    expect(routeMessage({ type: 'page-started', url: 'x', scanning: true }, { ...popup, tab: { id: 5 }, frameId: 0 }, routeWorld)).toBeUndefined();
    expect(calls).toEqual([
      ['verifyInput', { kind: 'text', text: 'eyJ' }, undefined],
      ['report', 9, 'k', false],
    ]);
  });
});
