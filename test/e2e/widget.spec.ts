import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, pageErrors, test } from './support/widget-fixtures.ts';
import { NO_CORS_HOST, PUBLIC_HOST, STATUS_BADGES, statusesPage } from './support/widget-site.ts';

/** A card of the widget, found by the badge's name (Playwright's CSS pierces open shadow roots). */
const card = (page: Page, name: string): Locator => page.locator('li.card', { hasText: name });
const partsOf = (locator: Locator): Promise<string[]> => locator.getAttribute('part').then((p) => (p ?? '').split(/\s+/));

/** Waits for the element's badge-lens-load event, listening from before the module runs. */
async function gotoAndWaitForLoad(page: Page, url: string, selector = 'open-badges'): Promise<void> {
  await page.addInitScript((tag) => {
    (window as unknown as { loaded: Promise<unknown> }).loaded = new Promise((resolve) => document.addEventListener('badge-lens-load', (e) => (e.target as Element).localName === tag && resolve((e as CustomEvent).detail)));
  }, selector);
  await page.goto(url);
  await page.evaluate(() => (window as unknown as { loaded: Promise<unknown> }).loaded);
}

test('the built module defines both elements; the classes module exports them without registering', async ({ page, widgetSite }) => {
  const errors = pageErrors(page);
  widgetSite.server.route('/classes.html', {
    body: `<!doctype html><html lang="en"><head><title>Classes</title><script type="module">
      import * as widget from '/widget/elements.js';
      window.exported = Object.keys(widget).filter((name) => widget[name].prototype instanceof HTMLElement).sort();
      document.documentElement.dataset.loaded = 'yes';
    </script></head><body><open-badge src="/none.png"><a id="fallback" href="/none.png">A badge</a></open-badge></body></html>`,
    contentType: 'text/html',
  });
  await page.goto(widgetSite.server.url('/classes.html'));
  await expect(page.locator('html')).toHaveAttribute('data-loaded', 'yes');
  expect(await page.evaluate(() => (window as unknown as { exported: string[] }).exported)).toEqual(['OpenBadgeElement', 'OpenBadgesElement']);
  expect(await page.evaluate(() => [customElements.get('open-badges'), customElements.get('open-badge')].map(Boolean))).toEqual([false, false]);
  await expect(page.locator('#fallback')).toBeVisible();

  await page.goto(await statusesPage(widgetSite));
  expect(await page.evaluate(() => customElements.whenDefined('open-badges').then(() => document.querySelector('open-badges')!.shadowRoot!.mode))).toBe('open');
  expect(errors).toEqual([]);
});

test('each badge ends in its status, read from the part names, with the status in words and an icon', async ({ page, widgetSite }) => {
  const errors = pageErrors(page);
  await gotoAndWaitForLoad(page, await statusesPage(widgetSite));
  for (const [name, status] of Object.entries(STATUS_BADGES)) {
    expect(await partsOf(card(page, name)), name).toEqual(['badge', `badge-${status}`]);
  }
  await expect(card(page, 'Revoked Teamwork').locator('[part="status"]')).toHaveText('Revoked');
  await expect(card(page, 'Tampered Leadership').locator('[part="status"]')).toHaveText('Not valid');
  await expect(card(page, 'Data Integrity Verified').locator('[part="status"] svg')).toHaveAttribute('aria-hidden', 'true');
  // The host sends no CORS headers: the widget cannot read it, and says so without calling it invalid.
  const blocked = card(page, 'Unreachable Robotics');
  expect(await partsOf(blocked)).toEqual(['badge', 'badge-unverified', 'badge-blocked']);
  await expect(blocked.locator('[part="status"]')).toHaveText("Couldn't check from this page");
  await expect(page.locator('open-badges [part="image"]').first()).toBeVisible();
  expect(await page.locator('open-badges li.card').count()).toBe(Object.keys(STATUS_BADGES).length + 1);
  expect(errors).toEqual([]);
});

test('first paint shows what each source says, marked not yet verified, before any verification', async ({ page, widgetSite }) => {
  const url = await statusesPage(widgetSite);
  // Hold the verifier back: what shows meanwhile comes from the sources alone.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/widget\/verifier-.*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(url);
  const first = card(page, 'Data Integrity Verified');
  await expect(first).toBeVisible();
  expect(await partsOf(first)).toEqual(['badge', 'badge-checking']);
  await expect(first.locator('[part="status"]')).toHaveText('Not yet verified (checking…)');
  await expect(first.locator('[part="issuer"]')).toHaveText('Issued by Example College');
  await expect(first.locator('[part="image"]')).toBeVisible();
  release();
  await expect(first).toHaveAttribute('part', 'badge badge-verified');
});

test('a long collection paints the cards on screen first, then the rest before any verification', async ({ page, widgetSite }) => {
  const badges = Array.from({ length: 60 }, (_, i) => ({ input: widgetSite.ob2.hosted(`long-${i}`).id as string, preview: { name: `Long ${i}` } }));
  widgetSite.server.route('/long.json', { json: { type: 'BadgeLensCollection', badges } });
  const url = widgetSite.page('/long.html', `<open-badges src="/long.json" controls="none" sort="listed"></open-badges>`);
  await page.route(/\/widget\/verifier-.*\.js$/, () => undefined);
  // How many cards the first render held, seen from the page as the cards arrive.
  await page.addInitScript(() => {
    const w = window as unknown as { firstCards?: number };
    // Defining the element upgrades it, attaching its shadow root; the cards come after the collection is read.
    void customElements.whenDefined('open-badges').then(() => {
      const root = document.querySelector('open-badges')!.shadowRoot!;
      new MutationObserver(() => (w.firstCards ||= root.querySelectorAll('li.card').length || undefined)).observe(root, { childList: true, subtree: true });
    });
  });
  const onScreen = (): Promise<number> =>
    page.locator('open-badges li.card').evaluateAll((cards) => cards.filter((c) => { const box = c.getBoundingClientRect(); return box.top < innerHeight && box.bottom > 0; }).length);

  for (const size of [{ width: 800, height: 600 }, { width: 1600, height: 1400 }]) {
    await page.setViewportSize(size);
    await page.goto(url);
    // All 60 come while the verifier is still held back: every badge shows at once, checked or not.
    await expect(page.locator('open-badges li.card')).toHaveCount(60);
    await expect(page.locator('open-badges li.card').last()).toHaveAttribute('part', 'badge badge-checking');
    const first = await page.evaluate(() => (window as unknown as { firstCards?: number }).firstCards ?? 0);
    const visible = await onScreen();
    expect(visible, `${size.width}×${size.height}`).toBeGreaterThan(0);
    // The first render held every card on screen, and not the whole collection.
    expect(first, `${size.width}×${size.height}`).toBeGreaterThanOrEqual(visible);
    expect(first, `${size.width}×${size.height}`).toBeLessThan(60);
  }
});

test('events: badge-lens-verified per badge with its report, badge-lens-load once, badge-lens-error for a bad source', async ({ page, widgetSite }) => {
  widgetSite.server.route('/broken.json', { json: { type: 'BadgeLensCollection', badges: [{ inptu: 'typo' }, { input: widgetSite.ob2.hosted('events').id }] } });
  const url = widgetSite.page('/events.html', `<open-badges src="/broken.json"></open-badges>`);
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { seen: unknown[] }).seen = seen;
    for (const type of ['badge-lens-verified', 'badge-lens-load', 'badge-lens-error']) {
      // Listening on the document: the events bubble and are composed.
      document.addEventListener(type, (event) => {
        const detail = (event as CustomEvent).detail;
        seen.push({ type, composed: event.composed, status: detail.report?.status ?? detail.status, total: detail.total, message: detail.message });
      });
    }
  });
  await page.goto(url);
  await expect.poll(() => page.evaluate(() => (window as unknown as { seen: { type: string }[] }).seen.map((e) => e.type))).toEqual(['badge-lens-error', 'badge-lens-verified', 'badge-lens-load']);
  const seen = await page.evaluate(() => (window as unknown as { seen: Record<string, unknown>[] }).seen);
  expect(seen[0]).toMatchObject({ composed: true, message: expect.stringContaining('/badges/0/inptu: unknown property "inptu"; /badges/0/input: must be') });
  expect(seen[1]).toMatchObject({ composed: true, status: 'verified' });
  expect(seen[2]).toMatchObject({ composed: true, total: 1 });
});

test('a collection that cannot be read leaves the fallback showing, with a note', async ({ page, widgetSite }) => {
  const url = widgetSite.page('/missing.html', `<open-badges src="/no-such-collection.json"><a id="fallback" href="/cv.pdf">My badges</a></open-badges>`);
  await page.goto(url);
  await expect(page.locator('open-badges [part="error"]')).toHaveText('The badges could not be loaded (HTTP 404).');
  await expect(page.locator('#fallback')).toBeVisible();
});

test('without JavaScript the light-DOM links and images are what shows', async ({ browser, widgetSite }) => {
  const url = await statusesPage(widgetSite);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.getByRole('link', { name: 'My badges (JSON)' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'VC-JWT Verified' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'VC-JWT Verified' })).toHaveJSProperty('naturalWidth', 96);
  expect(await page.evaluate(() => document.querySelector('open-badges')!.shadowRoot)).toBeNull();
  await context.close();
});

test('the page language picks the words: French from the closest [lang]', async ({ page, widgetSite }) => {
  await statusesPage(widgetSite);
  const url = widgetSite.page('/fr.html', `<section lang="fr"><open-badges src="/statuses.json"></open-badges></section>`);
  await gotoAndWaitForLoad(page, url);
  await expect(card(page, 'Data Integrity Verified').locator('[part="status"]')).toHaveText('Vérifié');
  await expect(card(page, 'Revoked Teamwork').locator('[part="status"]')).toHaveText('Révoqué');
  await expect(page.locator('open-badges [part="collection"]')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('open-badges label').first()).toHaveText('Émetteur');

  // The details too: the view's words in French, the verifier's own sentences in English and marked so.
  await card(page, 'Revoked Teamwork').getByRole('button').click();
  const dialog = page.locator('open-badges dialog[part="dialog"]');
  await expect(dialog.locator('.bl-status')).toContainText('Révoqué');
  await expect(dialog).toContainText('Ce qui a été vérifié');
  await expect(dialog.locator('.bl-facts dt').first()).toHaveText('Émetteur');
  await expect(dialog.locator('.bl-check-name').first()).toContainText(/Réussi|Échoué|Non vérifié|Avertissement/);
  await expect(dialog.locator('.bl-summary')).toHaveAttribute('lang', 'en');
  await expect(dialog.locator('.bl-check-message').first()).toHaveAttribute('lang', 'en');
  await expect(dialog).not.toContainText('What was checked');
});

test('a public page may not make the browser reach a private address; a private page may', async ({ page, widgetSite }) => {
  const assertion = widgetSite.ob2.hosted('private').id as string; // on 127.0.0.1
  const body = `<open-badges><script type="application/json">${JSON.stringify({ type: 'BadgeLensCollection', badges: [{ input: assertion, preview: { name: 'Private Robotics' } }] })}</script></open-badges>`;
  widgetSite.page('/private-check.html', body);
  await gotoAndWaitForLoad(page, `http://${PUBLIC_HOST}/private-check.html`);
  await expect(card(page, 'Private Robotics')).toHaveAttribute('part', 'badge badge-unverified badge-blocked');
  await gotoAndWaitForLoad(page, widgetSite.server.url('/private-check.html'));
  await expect(card(page, 'Robotics Foundations')).toHaveAttribute('part', 'badge badge-verified');
});

test('jsonld and the Data Integrity code load only when a Data Integrity proof needs them', async ({ page, widgetSite }) => {
  const chunks = JSON.parse(readFileSync('dist/widget/chunks.json', 'utf8')) as Record<string, { modules: string[] }>;
  const lazy = (wanted: (module: string) => boolean) => Object.entries(chunks).filter(([, c]) => c.modules.some(wanted)).map(([file]) => file);
  const jsonldChunks = lazy((m) => m === 'node_modules/jsonld');
  const proofChunks = lazy((m) => m.startsWith('core/verify/vc/data-integrity/'));
  expect(jsonldChunks.length).toBeGreaterThan(0);
  expect(proofChunks.length).toBeGreaterThan(0);
  const signed = await widgetSite.ob2.signed('lazy-jsonld');
  const url = widgetSite.page('/ob2-only.html', `<open-badge><script type="application/json">${JSON.stringify(signed)}</script></open-badge>`);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await gotoAndWaitForLoad(page, url, 'open-badge');
  await expect(page.locator('open-badge li.card')).toHaveAttribute('part', 'badge badge-verified');
  const loaded = (files: string[]) => requested.filter((path) => files.some((file) => path.endsWith(`/${file}`)));
  expect(loaded([...jsonldChunks, ...proofChunks])).toEqual([]);

  // A Data Integrity proof brings its code; jsonld comes with it unless the core's fast path covers the document.
  await gotoAndWaitForLoad(page, await statusesPage(widgetSite));
  expect(loaded(proofChunks).length).toBeGreaterThan(0);
});

test('the dialog shows the details and how the badge was checked; Escape and the backdrop close it', async ({ page, widgetSite }) => {
  await gotoAndWaitForLoad(page, await statusesPage(widgetSite));
  const opener = card(page, 'Revoked Teamwork').locator('button');
  await opener.click();
  const dialog = page.locator('open-badges dialog[part="dialog"]');
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute('aria-label', 'Badge details: Revoked Teamwork');
  await expect(dialog.getByRole('heading', { name: 'Revoked Teamwork' })).toBeVisible();
  await expect(dialog).toContainText('The issuer has revoked this badge: "Awarded in error"');
  await expect(dialog).toContainText('What was checked');
  await expect(dialog).toContainText('How this was checked');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  await card(page, 'Unreachable Robotics').locator('button').click();
  await expect(dialog).toContainText("Couldn't check from this page. The issuer's site does not let other sites read this badge");
  await expect(dialog.getByRole('link', { name: 'Open the badge where it is published' })).toHaveAttribute('href', `http://${NO_CORS_HOST}/nocors/badge.json`);
  // A click outside the dialog's box lands on the dialog element itself: the backdrop.
  await page.mouse.click(5, 5);
  await expect(dialog).toBeHidden();
});

test('keyboard only: Tab through the toolbar and cards, filter with the arrow keys, open and close with Enter and Escape', async ({ page, widgetSite }) => {
  await gotoAndWaitForLoad(page, await statusesPage(widgetSite));
  const focused = () => page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return `${element?.localName}:${element?.textContent?.trim().slice(0, 40)}`;
  });
  await page.keyboard.press('Tab'); // issuer
  expect(await focused()).toMatch(/^select:All issuers/);
  await page.keyboard.press('Tab'); // tag
  expect(await focused()).toMatch(/^select:All tags/);
  await page.keyboard.press('ArrowDown'); // the first tag, alphabetically: Engineering
  await expect(page.locator('open-badges li.card')).toHaveCount(1);
  await expect(page.locator('open-badges li.card')).toContainText('Robotics Foundations');
  await page.keyboard.press('ArrowUp'); // back to all
  await expect(page.locator('open-badges li.card')).toHaveCount(7);
  await page.keyboard.press('Tab'); // order
  expect(await focused()).toMatch(/^select:Newest first/);
  await page.keyboard.press('Tab'); // the first card: newest first
  expect(await focused()).toMatch(/^button:VC-JWT Verified/);
  await page.keyboard.press('Tab');
  expect(await focused()).toMatch(/^button:Data Integrity Verified/);
  await page.keyboard.press('Enter');
  const dialog = page.locator('open-badges dialog[part="dialog"]');
  await expect(dialog).toBeVisible();
  expect(await focused()).toMatch(/^button:× Close/);
  await page.keyboard.press('Tab');
  expect(await focused()).not.toMatch(/^button:(VC-JWT|Data Integrity)/); // focus stays in the modal dialog
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await focused()).toMatch(/^button:Data Integrity Verified/);
  await page.keyboard.press('Space');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Enter'); // on the focused Close button
  await expect(dialog).toBeHidden();
});

test('::part and --badge-lens-* custom properties theme the widget from the page', async ({ page, widgetSite }) => {
  await statusesPage(widgetSite);
  const head = `<style>
    open-badges { --badge-lens-verified: rgb(0, 100, 0); --badge-lens-radius: 3px; }
    open-badges::part(badge-revoked) { outline: 4px solid rgb(200, 0, 0); }
    open-badges::part(name) { text-transform: uppercase; }
    open-badges::part(issuer) { letter-spacing: 2px; }
    open-badges::part(image) { border-radius: 7px; }
    open-badges::part(dialog) { border-width: 5px; }
  </style>`;
  const url = widgetSite.page('/themed.html', `<open-badges src="/statuses.json"></open-badges>`, { head });
  await gotoAndWaitForLoad(page, url);
  const style = (locator: Locator, property: string) => locator.evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);
  expect(await style(card(page, 'Revoked Teamwork'), 'outline-color')).toBe('rgb(200, 0, 0)');
  expect(await style(card(page, 'Data Integrity Verified'), 'outline-style')).toBe('none');
  expect(await style(card(page, 'Data Integrity Verified').locator('[part="status"]'), 'color')).toBe('rgb(0, 100, 0)');
  expect(await style(card(page, 'Data Integrity Verified').locator('[part="name"]'), 'text-transform')).toBe('uppercase');
  expect(await style(card(page, 'Data Integrity Verified').locator('[part="issuer"]'), 'letter-spacing')).toBe('2px');
  expect(await style(card(page, 'Data Integrity Verified').locator('[part="image"]'), 'border-radius')).toBe('7px');
  expect(await style(card(page, 'Data Integrity Verified').locator('button'), 'border-radius')).toBe('3px');
  await card(page, 'Data Integrity Verified').locator('button').click();
  expect(await style(page.locator('open-badges dialog'), 'border-top-width')).toBe('5px');
});

test('dark by prefers-color-scheme, and no animation for reduced motion', async ({ page, widgetSite }) => {
  const url = await statusesPage(widgetSite);
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/widget\/verifier-.*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(url);
  const button = card(page, 'Data Integrity Verified').locator('button');
  expect(await button.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(22, 27, 34)');
  expect(await card(page, 'Data Integrity Verified').locator('svg').evaluate((s) => getComputedStyle(s).animationName)).toBe('none');
  release();
});

test('axe finds no serious or critical violation, in the collection or with the dialog open, light and dark', async ({ page, widgetSite }) => {
  await gotoAndWaitForLoad(page, await statusesPage(widgetSite));
  const serious = async () => (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(await serious()).toEqual([]);
  await card(page, 'Revoked Teamwork').locator('button').click();
  await expect(page.locator('open-badges dialog')).toContainText('How this was checked');
  expect(await serious()).toEqual([]);
  await page.keyboard.press('Escape');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await serious()).toEqual([]);
});
