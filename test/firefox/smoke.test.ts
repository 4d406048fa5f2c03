import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bakePng } from '../../core/index.ts';
import { html, startServer, type TestServer } from '../support/http-server.ts';
import { ob2World } from '../support/ob2-world.ts';
import { pngImage } from '../support/png-factory.ts';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const BUILD = resolve('.output/firefox-mv2');
const HOSTS = ['earner.example', 'issuer.example'];

/**
 * The Firefox build loads in Firefox and does its job: on a served page with a baked OB 2.0 badge, the
 * content script finds it, the background verifies it against its issuer, and the page gets a mark.
 * Firefox cannot map names to ports, so the hosts resolve to 127.0.0.1 (`network.dns.localDomains`) and
 * the URLs carry the server's port.
 */
describe('the Firefox build', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} is missing; install it with: sudo apt-get install -y firefox-esr`);
    if (!existsSync(resolve(BUILD, 'manifest.json'))) throw new Error(`No Firefox build in ${BUILD}; run \`npm run build\` first.`);
    server = await startServer();
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      extraPrefsFirefox: { 'network.dns.localDomains': HOSTS.join(','), 'network.proxy.type': 0, 'extensions.webextensions.restrictedDomains': '' },
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function markStatuses(page: Page): Promise<string[]> {
    return page.$$eval('badge-lens-mark', (hosts) => hosts.map((host) => (host as HTMLElement).dataset.status ?? ''));
  }

  it('loads, finds a baked badge on a page, verifies it and marks it', async () => {
    const origin = (host: string): string => `http://${host}:${server.port}`;
    const world = await ob2World({ ...server, origin: origin('issuer.example'), url: (path: string) => new URL(path, origin('issuer.example')).href });
    server.route('/badge.png', { body: bakePng(pngImage(96, 96), JSON.stringify(world.hosted('firefox')), 'assertion'), contentType: 'image/png' });
    server.route('/plain.png', { body: pngImage(64, 64, 2), contentType: 'image/png' });
    server.route(
      '/profile.html',
      html(`<!doctype html><html lang="en"><head><title>Profile</title></head><body><h1>Profile</h1>
        <img id="badge" src="${origin('earner.example')}/badge.png" alt="Robotics"><img src="${origin('earner.example')}/plain.png" alt="photo"></body></html>`),
    );

    const id = await browser.installExtension(BUILD);
    expect(id).toBe('badge-lens@badge-lens.invalid');
    const page = await browser.newPage();
    await page.goto(`${origin('earner.example')}/profile.html`);

    const deadline = Date.now() + 30_000;
    let statuses: string[] = [];
    while (Date.now() < deadline) {
      statuses = await markStatuses(page);
      if (statuses.length > 0 && statuses.every((s) => s !== 'checking')) break;
      await new Promise((done) => setTimeout(done, 200));
    }
    expect(statuses).toEqual(['verified']);
    // The mark follows the badge, and only the badge: the plain image has none.
    expect(await page.$eval('badge-lens-mark', (host) => host.previousElementSibling?.id)).toBe('badge');
    // The background asked the issuer: the hosted assertion was fetched from its own URL.
    expect(server.requests.some((r) => r.path === '/assertions/firefox.json' && r.host === `issuer.example:${server.port}`)).toBe(true);

    // The mark sits on the badge's top-right corner; a click there injects and opens the popover.
    const box = await page.$eval('#badge', (img) => {
      const r = img.getBoundingClientRect();
      return { x: r.right - 12, y: r.top + 12 };
    });
    await page.mouse.click(box.x, box.y);
    const opened = await page.waitForSelector('badge-lens-popover', { timeout: 10_000 });
    expect(opened).not.toBeNull();
    await page.keyboard.press('Escape');
    await page.waitForSelector('badge-lens-popover', { hidden: true, timeout: 10_000 });
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('badge-lens-mark');
  });
});
