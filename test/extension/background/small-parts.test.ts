import { describe, expect, it } from 'vitest';
import { badgeViewPath, createImageMenu, MENU_ID, verifyViewPath } from '../../../extension/lib/background/context-menu.ts';
import { base64Bytes, dataUrlBytes } from '../../../extension/lib/background/data-url.ts';
import { createLimiter } from '../../../ui/limiter.ts';
import { mayReachPrivateNetwork } from '../../../core/index.ts';
import { createToolbar, toolbarText } from '../../../extension/lib/background/toolbar.ts';
import { createTtlCache } from '../../../extension/lib/background/ttl-cache.ts';
import type { TabRecord } from '../../../extension/lib/background/tab-records.ts';

describe('which pages may have badges checked on private addresses', () => {
  it.each([
    ['http://localhost:8080/profile', true],
    ['http://app.localhost/', true],
    ['http://127.0.0.1:5173/', true],
    ['http://10.1.2.3/', true],
    ['http://172.16.0.1/', true],
    ['http://172.31.255.255/', true],
    ['http://192.168.1.10/', true],
    ['http://169.254.1.1/', true],
    ['http://100.64.0.1/', true],
    ['http://[::1]:3000/', true],
    ['http://[fd12:3456::1]/', true],
    ['http://[fe80::1]/', true],
    ['https://earner.example/', false],
    ['http://172.32.0.1/', false],
    ['http://8.8.8.8/', false],
    ['http://[2001:4860::8888]/', false],
    ['http://[fc::1]/', false],
    ['not a url', false],
    [undefined, false],
  ])('%s → %s', (url, expected) => {
    expect(mayReachPrivateNetwork(url)).toBe(expected);
  });
});

describe('the limiter', () => {
  it('runs at most N tasks at once, urgent ones first', async () => {
    const limiter = createLimiter(2);
    let active = 0;
    let peak = 0;
    const order: string[] = [];
    const task = (name: string) => async () => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((done) => setTimeout(done, 5));
      order.push(name);
      active--;
      return name;
    };
    const results = await Promise.all([limiter.run(task('a')), limiter.run(task('b')), limiter.run(task('c')), limiter.run(task('d'), true)]);
    expect(results).toEqual(['a', 'b', 'c', 'd']);
    expect(peak).toBe(2);
    expect(order.indexOf('d')).toBeLessThan(order.indexOf('c'));
  });

  it('a failing task does not stop the others', async () => {
    const limiter = createLimiter(1);
    await expect(limiter.run(() => Promise.reject(new Error('no')))).rejects.toThrow('no');
    await expect(limiter.run(async () => 'next')).resolves.toBe('next');
  });
});

describe('the TTL cache', () => {
  it('forgets entries after their time and the least recently used beyond its size', () => {
    let now = 0;
    const cache = createTtlCache<string>(2, () => now);
    cache.set('a', 'A', 100);
    cache.set('b', 'B', 1000);
    now = 50;
    expect(cache.get('a')).toBe('A');
    cache.set('c', 'C', 1000); // 'b' is now the least recently used
    expect(cache.get('b')).toBeUndefined();
    now = 150;
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('c')).toBe('C');
  });
});

describe('data: image URLs', () => {
  it('decode PNG (base64) and SVG (percent-encoded), and nothing else', () => {
    expect(dataUrlBytes('data:image/png;base64,iVBORw0KGgo=')).toEqual(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(new TextDecoder().decode(dataUrlBytes('data:image/svg+xml;charset=utf-8,%3Csvg%2F%3E'))).toBe('<svg/>');
    expect(dataUrlBytes('data:image/jpeg;base64,/9j/')).toBeUndefined();
    expect(dataUrlBytes('data:text/html,<script>')).toBeUndefined();
    expect(dataUrlBytes('data:image/png;base64,***')).toBeUndefined();
    expect(base64Bytes('AQID')).toEqual(new Uint8Array([1, 2, 3]));
  });
});

describe('the context menu', () => {
  it('offers “Verify with Badge Lens” on images, once, even after an update', async () => {
    const made: unknown[] = [];
    const menus = { create: (item: unknown) => void made.push(item), removeAll: async () => void made.splice(0) };
    await createImageMenu(menus);
    await createImageMenu(menus);
    expect(made).toEqual([{ id: MENU_ID, title: 'Verify with Badge Lens', contexts: ['image'] }]);
  });
});

describe('the trusted view’s addresses', () => {
  it('name the tab and the badge, or the image to verify and its page', () => {
    expect(badgeViewPath(7, 'https://cdn.example/a.png?x=1&y')).toBe('/popup.html?tab=7&badge=https%3A%2F%2Fcdn.example%2Fa.png%3Fx%3D1%26y');
    expect(verifyViewPath('https://cdn.example/a.png', 'http://earner.example/')).toBe('/popup.html?verify=https%3A%2F%2Fcdn.example%2Fa.png&page=http%3A%2F%2Fearner.example%2F');
    expect(verifyViewPath('https://cdn.example/a.png', undefined)).toBe('/popup.html?verify=https%3A%2F%2Fcdn.example%2Fa.png');
  });
});

describe('the toolbar button', () => {
  const record = (badges: number, scanning = true): TabRecord => ({
    url: 'https://earner.example/',
    page: 1,
    scanning,
    candidates: 5,
    pending: 0,
    badges: Array.from({ length: badges }, (_, i) => ({ key: `${i}`, order: i, state: { status: 'verified' as const }, source: { kind: 'image' as const, url: `https://cdn.example/${i}.png` } })),
  });

  it('says how many badges the page has, in words too', () => {
    expect(toolbarText(record(3))).toEqual({ text: '3', title: 'Badge Lens: 3 badges on this page' });
    expect(toolbarText(record(1))).toEqual({ text: '1', title: 'Badge Lens: 1 badge on this page' });
    expect(toolbarText(record(0))).toEqual({ text: '', title: 'Badge Lens: no badges found on this page' });
    expect(toolbarText(record(0, false))).toEqual({ text: '', title: 'Badge Lens: click to look for badges on this page' });
  });

  it('is set only when what it says changes', () => {
    const calls: string[] = [];
    const show = createToolbar({ setBadgeText: ({ text }) => void calls.push(`text ${text}`), setTitle: () => undefined, setBadgeBackgroundColor: () => undefined });
    show(1, record(2));
    show(1, record(2));
    show(1, record(3));
    show(2, record(3));
    expect(calls).toEqual(['text 2', 'text 3', 'text 3']);
  });
});
