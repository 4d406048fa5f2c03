import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { pngImage } from '../support/png-factory.ts';
import { html, png, type TestServer } from '../support/http-server.ts';

const WIDGET_BUILD = resolve('dist/widget');

/** The light-DOM fallback a publisher writes inside the elements: what shows without JavaScript. */
const FALLBACK = `
  <open-badges src="/fixtures/collection.json" layout="grid">
    <a id="collection-link" href="/fixtures/collection.json">All my badges</a>
    <img id="collection-img" src="/fixtures/badge.png" alt="Badge: Data Literacy">
  </open-badges>
  <open-badge src="/fixtures/badge.png">
    <a id="badge-link" href="/fixtures/badge.png">Data Literacy</a>
  </open-badge>`;

function serve(server: TestServer, path: string, moduleScript: string): string {
  server.mount('/widget/', WIDGET_BUILD);
  server.route('/fixtures/badge.png', png(pngImage(96, 96)));
  // These tests are about the elements, not their sources: an empty collection keeps the network quiet.
  server.route('/fixtures/collection.json', { body: '[]', contentType: 'application/json' });
  server.route(path, html(`<!doctype html><html lang="en"><head><title>Widget</title><link rel="icon" href="data:,"><script type="module">${moduleScript}</script></head><body>${FALLBACK}</body></html>`));
  return server.url(path);
}

/** Fails the test on any script error or failed request instead of letting a half-loaded page pass. */
function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return errors;
}

interface ElementState {
  readonly defined: boolean;
  readonly upgraded: boolean;
  readonly shadowMode: string | null;
  readonly slotted: readonly string[];
}

function elementState(page: Page, tag: string): Promise<ElementState> {
  return page.evaluate((name) => {
    const element = document.querySelector(name)!;
    const constructor = customElements.get(name);
    return {
      defined: constructor !== undefined,
      upgraded: constructor !== undefined && element instanceof constructor,
      shadowMode: element.shadowRoot?.mode ?? null,
      // The children the shadow root really projects, not merely the ones it holds.
      slotted: [...element.children].filter((child) => child.assignedSlot !== null).map((child) => child.id),
    };
  }, tag);
}

test('the built module defines both elements and keeps the fallback showing through the slot', async ({ page, server }) => {
  const errors = watchForErrors(page);
  await page.goto(serve(server, '/registers.html', `import '/widget/open-badges.js';`));
  await page.evaluate(() => Promise.all([customElements.whenDefined('open-badges'), customElements.whenDefined('open-badge')]));

  expect(await elementState(page, 'open-badges')).toEqual({ defined: true, upgraded: true, shadowMode: 'open', slotted: ['collection-link', 'collection-img'] });
  expect(await elementState(page, 'open-badge')).toEqual({ defined: true, upgraded: true, shadowMode: 'open', slotted: ['badge-link'] });

  // A shadow root without a slot would hide these; visible means the visitor still sees them.
  for (const id of ['collection-link', 'collection-img', 'badge-link']) await expect(page.locator(`#${id}`)).toBeVisible();
  await expect(page.locator('#collection-img')).toHaveJSProperty('naturalWidth', 96);
  await expect(page.getByRole('link', { name: 'All my badges' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the elements module exports the classes without registering them', async ({ page, server }) => {
  const errors = watchForErrors(page);
  await page.goto(
    serve(
      server,
      '/classes-only.html',
      `import * as widget from '/widget/elements.js';
       window.widgetExports = Object.fromEntries(Object.entries(widget).map(([name, value]) =>
         [name, typeof value === 'function' && value.prototype instanceof HTMLElement]));
       document.documentElement.dataset.loaded = 'yes';`,
    ),
  );
  await expect(page.locator('html')).toHaveAttribute('data-loaded', 'yes');

  const exported = await page.evaluate(() => (window as unknown as { widgetExports: Record<string, boolean> }).widgetExports);
  expect(exported).toEqual({ OpenBadgeElement: true, OpenBadgesElement: true });
  expect(await elementState(page, 'open-badges')).toEqual({ defined: false, upgraded: false, shadowMode: null, slotted: [] });
  expect(await elementState(page, 'open-badge')).toEqual({ defined: false, upgraded: false, shadowMode: null, slotted: [] });
  await expect(page.locator('#collection-link')).toBeVisible();
  expect(errors).toEqual([]);
});
