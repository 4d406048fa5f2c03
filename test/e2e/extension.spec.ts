import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { pngImage } from '../support/png-factory.ts';
import { scansOf, type StoredScan } from './support/tab-scans.ts';
import type { ExtensionBrowser } from './support/extension-browser.ts';
import { html, png, type TestServer } from '../support/http-server.ts';

interface Picture {
  readonly width: number;
  readonly height: number;
}

/** Serves a page under `base` holding one `<img>` per picture, each a real PNG of that natural size. */
function servePage(server: TestServer, base: string, pictures: readonly Picture[]): string {
  const tags = pictures.map(({ width, height }, i) => {
    const path = `${base}/img-${i}-${width}x${height}.png`;
    server.route(path, png(pngImage(width, height)));
    // No width/height attributes: the content script must go by what the image itself says.
    return `<img src="${path}" alt="picture ${i}">`;
  });
  const pagePath = `${base}/index.html`;
  server.route(pagePath, html(`<!doctype html><html lang="en"><head><title>Profile</title><link rel="icon" href="data:,"></head><body><h1>Profile</h1>${tags.join('\n')}</body></html>`));
  return pagePath;
}

/** Opens `url` like a user would and waits until the content script's report reached the background. */
async function visit(extension: ExtensionBrowser, url: string): Promise<{ page: Page; scan: StoredScan }> {
  const page = await extension.context.newPage();
  await page.goto(url);
  await expect.poll(async () => (await scansOf(extension.worker, url)).length, { message: `a stored scan for ${url}` }).toBe(1);
  const [scan] = await scansOf(extension.worker, url);
  return { page, scan: scan! };
}

async function openPopup(extension: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await extension.context.newPage();
  await popup.goto(extension.extensionUrl(`popup.html?tab=${tabId}`));
  return popup;
}

const summaryFor = (count: number): RegExp => new RegExp(`^${count} images? on this page could hold a badge\\.$`);

test('the service worker belongs to the built extension', async ({ extension }) => {
  expect(extension.extensionId).toMatch(/^[a-p]{32}$/);
  expect(extension.worker.url()).toBe(extension.extensionUrl('background.js'));
});

test('counts the images of badge size on a page and the popup states that number', async ({ server, extension }) => {
  const path = servePage(server, '/counts', [
    { width: 64, height: 64 },
    { width: 32, height: 32 },
    { width: 120, height: 48 },
    { width: 16, height: 16 },
    { width: 1, height: 1 },
    { width: 31, height: 64 },
  ]);
  const url = `http://earner.example${path}`;

  const { page, scan } = await visit(extension, url);
  expect(scan.candidates).toBe(3);
  // Every picture really arrived through the mapped host, so the count is about loaded images.
  const served = server.requests.filter((r) => r.path.startsWith('/counts/img-'));
  expect(served.map((r) => [r.host, r.status])).toEqual(Array.from({ length: 6 }, () => ['earner.example', 200]));
  expect(await page.evaluate(() => [...document.images].map((img) => img.naturalWidth))).toEqual([64, 32, 120, 16, 1, 31]);

  const popup = await openPopup(extension, scan.tabId);
  await expect(popup.getByTestId('scan-summary')).toHaveText(summaryFor(3));
});

test('a page without images of badge size reports none', async ({ server, extension }) => {
  const path = servePage(server, '/tiny', [
    { width: 16, height: 16 },
    { width: 31, height: 31 },
    { width: 64, height: 31 },
    { width: 1, height: 1 },
  ]);

  const { scan } = await visit(extension, server.url(path));
  expect(scan.candidates).toBe(0);

  const popup = await openPopup(extension, scan.tabId);
  await expect(popup.getByTestId('scan-summary')).toHaveText(summaryFor(0));
});

test('each tab keeps its own record', async ({ server, extension }) => {
  const one = servePage(server, '/tab-one', [{ width: 48, height: 48 }]);
  const two = servePage(server, '/tab-two', [{ width: 48, height: 48 }, { width: 96, height: 96 }]);

  const first = await visit(extension, `http://issuer.example${one}`);
  const second = await visit(extension, `http://issuer.example${two}`);
  expect(first.scan.tabId).not.toBe(second.scan.tabId);
  expect([first.scan.candidates, second.scan.candidates]).toEqual([1, 2]);

  const popup = await openPopup(extension, first.scan.tabId);
  await expect(popup.getByTestId('scan-summary')).toHaveText(summaryFor(1));
});
