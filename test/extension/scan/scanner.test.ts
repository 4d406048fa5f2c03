// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Candidate } from '../../../extension/lib/candidate.ts';
import { createScanner, type Scanner } from '../../../extension/lib/scan/scanner.ts';
import type { Found } from '../../../extension/lib/scan/find-candidates.ts';
import { fakeScheduler, settle, type FakeScheduler } from '../support/fake-timers.ts';
import { image, setImageState } from '../support/images.ts';

let scheduler: FakeScheduler;
let sent: Candidate[][];
let found: Found[];
let scanner: Scanner;

function start(readyState: DocumentReadyState = 'complete'): void {
  Object.defineProperty(document, 'readyState', { value: readyState, configurable: true });
  scanner = createScanner({ window, document, MutationObserver, idle: scheduler.idle, later: scheduler.later, send: (batch) => sent.push(batch), found: (f) => found.push(f) });
  scanner.start();
}

const keys = (): string[] => sent.flat().map((c) => c.key);

beforeEach(() => {
  document.body.innerHTML = '';
  scheduler = fakeScheduler();
  sent = [];
  found = [];
});

afterEach(() => scanner?.stop());

describe('the scanner', () => {
  it('looks at the page when the browser is idle, and sends what it found in one message', () => {
    image('https://cdn.example/a.png');
    image('https://cdn.example/b.svg');
    image('https://cdn.example/photo.jpg');
    image('https://cdn.example/icon.png', { width: 16, height: 16 });
    start();
    expect(sent).toEqual([]);
    scheduler.runIdle();
    expect(sent).toHaveLength(1);
    expect(keys()).toEqual(['https://cdn.example/a.png', 'https://cdn.example/b.svg']);
  });

  it('checks each URL once per page, and reports every element that shows it', async () => {
    image('https://cdn.example/a.png');
    image('https://cdn.example/a.png#again');
    start();
    scheduler.runIdle();
    image('https://cdn.example/a.png');
    await settle();
    scheduler.runIdle();
    expect(keys()).toEqual(['https://cdn.example/a.png']);
    expect(found.map((f) => f.candidate.key)).toEqual(Array(3).fill('https://cdn.example/a.png'));
  });

  it('finds what is added later, deep inside added subtrees', async () => {
    start();
    scheduler.runIdle();
    const section = document.createElement('section');
    section.innerHTML = '<div><a href="https://issuer.example/assertions/9">badge</a></div>';
    const img = setImageState(document.createElement('img'), { width: 64, height: 64 });
    img.src = 'https://cdn.example/late.png';
    section.append(img);
    document.body.append(section);
    await settle();
    scheduler.runIdle();
    expect(keys().sort()).toEqual(['https://cdn.example/late.png', 'https://issuer.example/assertions/9']);
  });

  it('while the page loads, sweeps images still loading instead of listening to each', () => {
    const img = image('https://cdn.example/slow.png', { complete: false });
    start('interactive');
    scheduler.runIdle();
    expect(keys()).toEqual([]);
    setImageState(img, { width: 64, height: 64 });
    scheduler.advance(250);
    scheduler.runIdle();
    expect(keys()).toEqual(['https://cdn.example/slow.png']);
  });

  it('after the page loaded, hears late images (lazy ones scrolled into view) by their load event', () => {
    const lazy = image('https://cdn.example/lazy.png', { complete: false }, { loading: 'lazy' });
    start('interactive');
    scheduler.runIdle();
    window.dispatchEvent(new Event('load'));
    scheduler.runIdle();
    expect(keys()).toEqual([]);
    setImageState(lazy, { width: 96, height: 96 });
    lazy.dispatchEvent(new Event('load'));
    scheduler.runIdle();
    expect(keys()).toEqual(['https://cdn.example/lazy.png']);
  });

  it('sees an image whose src a script changes', async () => {
    const img = image('https://cdn.example/placeholder.jpg');
    start();
    scheduler.runIdle();
    img.src = 'https://cdn.example/real.png';
    setImageState(img, { width: 64, height: 64 });
    await settle();
    scheduler.runIdle();
    expect(keys()).toEqual(['https://cdn.example/real.png']);
  });

  it('splits a large page into messages of at most 500 candidates', () => {
    for (let i = 0; i < 1200; i++) image(`https://cdn.example/${i}.png`);
    start();
    scheduler.runIdle();
    expect(Math.max(...sent.map((batch) => batch.length))).toBe(500);
    expect(new Set(keys()).size).toBe(1200);
  });

  it('checks at most 2,000 images per page that give no sign of being a badge; those that do, always', () => {
    for (let i = 0; i < 2010; i++) image(`https://cdn.example/${i}.png`);
    image('https://cdn.example/late.png', { width: 96, height: 96 }, { alt: 'Open Badge: Robotics' });
    start();
    scheduler.runIdle();
    expect(keys()).toHaveLength(2001);
    expect(keys()).toContain('https://cdn.example/late.png');
    expect(keys()).not.toContain('https://cdn.example/2000.png');
  });

  it('follows at most 50 links per page', () => {
    document.body.innerHTML = Array.from({ length: 60 }, (_, i) => `<a href="https://issuer.example/assertions/${i}">b</a>`).join('');
    start();
    scheduler.runIdle();
    expect(keys()).toHaveLength(50);
  });

  it('stops for good: no observer, no listener, no message', async () => {
    start('interactive');
    scanner.stop();
    image('https://cdn.example/after.png');
    await settle();
    window.dispatchEvent(new Event('load'));
    scheduler.advance(1000);
    scheduler.runIdle();
    expect(sent).toEqual([]);
    expect(scanner.running).toBe(false);
  });
});
