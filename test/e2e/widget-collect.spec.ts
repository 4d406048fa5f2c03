import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/widget-fixtures.ts';
import type { WidgetSite } from './support/widget-site.ts';

const run = promisify(execFile);
const card = (page: Page, name: string): Locator => page.locator('li.card', { hasText: name });

interface Collected {
  readonly file: string;
  readonly credentialId: string;
  readonly assertionUrl: string;
  readonly collection: { collectedAt: string; documents: Record<string, unknown>; badges: { live?: string[]; collected: { status: string } }[] };
}

/** `badge-lens collect` (the built command) over badges the test server publishes, as an earner would run it. */
async function collect(site: WidgetSite, tag: string): Promise<Collected> {
  const credential = await site.signed(site.credential(`Collected Teamwork ${tag}`, {}, { status: true }));
  site.server.route(`/collect/${tag}/credential.json`, { json: credential });
  const assertionUrl = site.ob2.hosted(`collected-${tag}`).id as string;
  site.server.route(`/collect/${tag}/jwt.png`, { body: site.png(await site.jwt(site.credential(`Collected JWT ${tag}`)), 'credential', 13), contentType: 'image/png' });
  const dir = await mkdtemp(join(tmpdir(), 'badge-lens-collect-'));
  const file = join(dir, 'badges.json');
  const sources = [`/collect/${tag}/credential.json`, assertionUrl, `/collect/${tag}/jwt.png`].map((path) => site.server.url(path));
  const { stdout } = await run(process.execPath, ['cli/bin.mjs', 'collect', '--allow-private-network', '--title', 'Collected', ...sources, '-o', file]);
  expect(stdout).toContain(`Wrote ${file}: 3 badges, 3 verified`);
  const text = await readFile(file, 'utf8');
  site.server.route(`/collect/${tag}/badges.json`, { body: text, contentType: 'application/json' });
  return { file, credentialId: credential.id as string, assertionUrl, collection: JSON.parse(text) as Collected['collection'] };
}

test('collect saves each badge with its documents, what to recheck live, and a dated record', async ({ widgetSite }) => {
  const { collection, assertionUrl } = await collect(widgetSite, 'record');
  expect(collection.badges.map((b) => b.collected.status)).toEqual(['verified', 'verified', 'verified']);
  expect(collection.badges[0]!.live).toEqual([widgetSite.revocationsUrl]);
  expect(collection.badges[1]!.live).toEqual([assertionUrl]);
  expect(collection.badges[2]!.live).toBeUndefined();
  expect(Object.keys(collection.documents)).toEqual(expect.arrayContaining([widgetSite.revocationsUrl, assertionUrl, widgetSite.ob2.issuerUrl, widgetSite.ob2.badgeClassUrl]));
});

test('offline: the widget verifies from the collected file alone and says the revocation status dates from collection', async ({ page, widgetSite }) => {
  await collect(widgetSite, 'offline');
  const url = widgetSite.page('/collected-offline.html', `<open-badges src="/collect/offline/badges.json" offline layout="list"></open-badges>`);
  const before = widgetSite.server.requests.length;
  await page.goto(url);
  for (const name of ['Collected Teamwork offline', 'Robotics Foundations', 'Collected JWT offline']) await expect(card(page, name)).toHaveAttribute('part', 'badge badge-verified');
  // Nothing but the page, the widget, the collection file and the pictures the cards show was asked for: no check contacted an issuer.
  const asked = widgetSite.server.requests.slice(before).map((r) => r.path);
  const pictures = ['/collect/offline/jwt.png', '/badges/robotics.png'];
  expect(asked.filter((path) => !path.startsWith('/widget/') && !pictures.includes(path) && path !== '/collected-offline.html' && path !== '/collect/offline/badges.json')).toEqual([]);
  await expect(card(page, 'Collected Teamwork offline')).toContainText('Revocation as of');
  await card(page, 'Collected Teamwork offline').locator('button').click();
  const dialog = page.locator('open-badges dialog');
  await expect(dialog).toContainText("Signatures and keys were checked against the issuers' documents saved on");
  await expect(dialog).toContainText('when the collection was made: this page checks offline');
  await expect(dialog).toContainText('When collected on');
});

test('live: revocation is rechecked with the issuer, so a badge revoked after collection shows revoked', async ({ page, widgetSite }) => {
  const { credentialId } = await collect(widgetSite, 'live');
  widgetSite.revoke(credentialId);
  const url = widgetSite.page('/collected-live.html', `<open-badges src="/collect/live/badges.json" layout="list"></open-badges>`);
  await page.goto(url);
  await expect(card(page, 'Collected Teamwork live')).toHaveAttribute('part', 'badge badge-revoked');
  await expect(card(page, 'Robotics Foundations')).toHaveAttribute('part', 'badge badge-verified');
  await expect(card(page, 'Robotics Foundations')).toContainText('Revocation checked live');
  await card(page, 'Collected Teamwork live').locator('button').click();
  await expect(page.locator('open-badges dialog')).toContainText(`Revocation was checked live with 127.0.0.1:${widgetSite.server.port}.`);
});

test('unreachable: when the issuer cannot be reached from the page, the saved status is used and dated', async ({ page, widgetSite }) => {
  const { assertionUrl } = await collect(widgetSite, 'unreachable');
  await page.route((url) => url.href === widgetSite.revocationsUrl || url.href === assertionUrl, (route) => route.abort('connectionrefused'));
  const url = widgetSite.page('/collected-unreachable.html', `<open-badges src="/collect/unreachable/badges.json" layout="list"></open-badges>`);
  await page.goto(url);
  for (const name of ['Collected Teamwork unreachable', 'Robotics Foundations']) {
    await expect(card(page, name)).toHaveAttribute('part', 'badge badge-verified');
    await expect(card(page, name)).toContainText('Revocation as of');
  }
  await card(page, 'Robotics Foundations').locator('button').click();
  await expect(page.locator('open-badges dialog')).toContainText(`when the collection was made: 127.0.0.1:${widgetSite.server.port} could not be reached from this page.`);
});
