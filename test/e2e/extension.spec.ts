import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { page as html } from './support/badge-site.ts';
import { clickInPopover, focusedHost, inClosedRoots, markAfter, readMarks, readPopover, type MarkView } from './support/closed-shadow.ts';
import { clearLocal, setLocal, tabOf, type StoredTab } from './support/tab-records.ts';
import type { ExtensionBrowser } from './support/extension-browser.ts';
import { html as htmlRoute, type Route } from '../support/http-server.ts';
import { pngImage } from '../support/png-factory.ts';

const FINAL = ['verified', 'invalid', 'revoked', 'suspended', 'expired', 'unverified'];

/** Opens `url` in a new tab of the extension browser. */
async function visit(extension: ExtensionBrowser, url: string): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(url);
  return page;
}

/** Waits until `count` marks show a final status, and returns them by the id of what they follow. */
async function settledMarks(page: Page, count: number): Promise<Record<string, MarkView>> {
  await expect
    .poll(async () => (await readMarks(page)).filter((m) => FINAL.includes(m.status)).length, { message: `${count} marks with a final status`, timeout: 30_000 })
    .toBe(count);
  return Object.fromEntries((await readMarks(page)).map((m) => [m.after ?? '?', m]));
}

async function tabRecord(extension: ExtensionBrowser, url: string): Promise<StoredTab> {
  await expect.poll(async () => (await tabOf(extension.worker, url)) !== undefined, { message: `a record for ${url}` }).toBe(true);
  return (await tabOf(extension.worker, url))!;
}

test('the service worker belongs to the built extension', async ({ extension }) => {
  expect(extension.extensionId).toMatch(/^[a-p]{32}$/);
  expect(extension.worker.url()).toBe(extension.extensionUrl('background.js'));
});

test('marks every kind of badge on a profile page with its status, and none of hundreds of plain images', async ({ server, site, extension }) => {
  site.serve('/profile/ob2-hosted.png', site.ob2HostedPng('profile-hosted'), 'image/png');
  site.serve('/profile/ob2-signed.svg', await site.ob2SignedSvg('profile-signed'), 'image/svg+xml');
  site.serve('/profile/ob3-di.png', site.png(JSON.stringify(await site.signed(site.credential({ name: 'Teamwork (Data Integrity)' }))), 'credential'), 'image/png');
  site.serve('/profile/ob3-jwt.svg', site.svg(await site.jwt(site.credential({ name: 'Teamwork (VC-JWT)' })), 'credential'), 'image/svg+xml');
  site.serve('/profile/revoked.png', site.ob2HostedPng('profile-revoked', { revoked: true, revocationReason: 'Issued in error' }, 11), 'image/png');
  const expired = await site.signed(site.credential({ name: 'Teamwork (expired)', validUntil: '2025-06-01T00:00:00Z' }));
  site.serve('/profile/expired.png', site.png(JSON.stringify(expired), 'credential', 12), 'image/png');
  const tampered = { ...(await site.signed(site.credential({ name: 'Teamwork' }))), name: 'Teamwork (with honours)' };
  site.serve('/profile/tampered.png', site.png(JSON.stringify(tampered), 'credential', 13), 'image/png');
  site.ob2.hosted('profile-linked');
  site.ob2.hosted('profile-inline');
  site.serve('/profile/object.svg', await site.ob2SignedSvg('profile-object'), 'image/svg+xml');
  const jsonLd = JSON.stringify(await site.signed(site.credential({ name: 'Data Literacy' }, { id: 'https://issuer.example/achievements/data', name: 'Data Literacy', image: { id: 'http://issuer.example/images/data.png', type: 'Image' } })));
  const plain = pngImage(48, 48, 99);
  const plainTags: string[] = [];
  for (let i = 0; i < 300; i++) {
    server.route(`/profile/plain/${i}.png`, { body: plain, contentType: 'image/png' });
    plainTags.push(`<img src="http://badges.example/profile/plain/${i}.png" alt="photo ${i}">`);
  }
  server.route(
    '/profile/index.html',
    htmlRoute(
      html(
        'Ada’s profile',
        `<p><a id="before-first" href="#top">Top</a></p>
        <img id="ob2-hosted" src="http://badges.example/profile/ob2-hosted.png" alt="Robotics badge">
        <img id="ob2-signed" src="http://badges.example/profile/ob2-signed.svg" alt="Signed robotics badge">
        <picture id="ob3-di-picture"><source srcset="http://badges.example/profile/ob3-di.png" type="image/png"><img id="ob3-di" src="http://badges.example/profile/ob3-di.png" alt="Teamwork"></picture>
        <img id="ob3-jwt" src="http://badges.example/profile/ob3-jwt.svg" alt="Teamwork (JWT)">
        <img id="revoked" src="http://badges.example/profile/revoked.png" alt="Revoked badge">
        <img id="expired" src="http://badges.example/profile/expired.png" alt="Expired badge">
        <img id="tampered" src="http://badges.example/profile/tampered.png" alt="Tampered badge">
        <p>See <a id="linked" href="http://issuer.example/assertions/profile-linked.json">my robotics assertion</a>.</p>
        <svg id="inline-svg" xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org" width="96" height="96" viewBox="0 0 96 96">
          <openbadges:assertion verify="http://issuer.example/assertions/profile-inline.json"></openbadges:assertion>
          <circle cx="48" cy="48" r="40" fill="#1a7f37"/></svg>
        <object id="object-svg" type="image/svg+xml" data="http://badges.example/profile/object.svg" width="96" height="96"></object>
        <script id="json-ld" type="application/ld+json">${jsonLd}</script>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"Ada"}</script>
        <div>${plainTags.join('')}</div>`,
      ),
    ),
  );
  const url = 'http://earner.example/profile/index.html';
  const page = await visit(extension, url);

  const marks = await settledMarks(page, 11);
  const statuses = Object.fromEntries(Object.entries(marks).map(([id, m]) => [id, m.status]));
  expect(statuses).toEqual({
    'ob2-hosted': 'verified',
    'ob2-signed': 'verified',
    // The mark goes after the <picture>, never inside it.
    'ob3-di-picture': 'verified',
    'ob3-jwt': 'verified',
    revoked: 'revoked',
    expired: 'expired',
    tampered: 'invalid',
    linked: 'verified',
    'inline-svg': 'verified',
    'object-svg': 'verified',
    'json-ld': 'verified',
  });
  // Status in words and a symbol, never colour alone.
  expect(marks['ob2-hosted']!.label).toBe('“Robotics Foundations”: Verified (Badge Lens). Show details');
  expect(marks.revoked!.label).toContain('Revoked');
  expect(marks.tampered!.label).toContain('Not valid');
  expect([marks['ob2-hosted']!.symbol, marks.revoked!.symbol, marks.expired!.symbol]).toEqual(['✓', '✗', '!']);

  // Overlay marks sit on their badge's top-right corner, inside it, without covering it.
  const badgeBox = await page.locator('#ob2-hosted').boundingBox();
  const markBox = marks['ob2-hosted']!.box;
  expect(markBox.width).toBe(20);
  expect(markBox.x + markBox.width).toBeLessThanOrEqual(badgeBox!.x + badgeBox!.width);
  expect(markBox.x).toBeGreaterThan(badgeBox!.x + badgeBox!.width / 2);
  expect(Math.abs(markBox.y - badgeBox!.y)).toBeLessThanOrEqual(3);

  // The background's record says the same, and every image was a candidate checked once.
  await expect.poll(async () => (await tabOf(extension.worker, url))?.candidates, { timeout: 20_000 }).toBe(311);
  await expect.poll(async () => (await tabOf(extension.worker, url))?.pending, { timeout: 20_000 }).toBe(0);
  expect((await tabRecord(extension, url)).badges).toHaveLength(11);
  const fetchedPlain = server.requests.filter((r) => r.path.startsWith('/profile/plain/') && String(r.headers.accept).startsWith('image/png'));
  expect(new Set(fetchedPlain.map((r) => r.path)).size).toBe(300);
  expect(fetchedPlain).toHaveLength(300);
  // No schema.org markup, no plain image, got a mark.
  expect((await readMarks(page)).length).toBe(11);
});

test('marks a badge added after load and a lazy one below the fold', async ({ server, site, extension }) => {
  site.serve('/later/late.png', site.ob2HostedPng('later-late', {}, 21), 'image/png');
  site.serve('/later/lazy.png', site.ob2HostedPng('later-lazy', {}, 22), 'image/png');
  server.route(
    '/later/index.html',
    htmlRoute(
      html(
        'Later',
        `<div id="slot"></div>
        <div style="height: 3000px">Scroll down</div>
        <img id="lazy" loading="lazy" src="http://badges.example/later/lazy.png" alt="Lazy badge" width="96" height="96">
        <script>setTimeout(() => { const img = document.createElement('img'); img.id = 'late'; img.alt = 'Late badge';
          img.src = 'http://badges.example/later/late.png'; document.getElementById('slot').append(img); }, 400);</script>`,
      ),
    ),
  );
  const page = await visit(extension, 'http://earner.example/later/index.html');
  await settledMarks(page, 1);
  expect((await readMarks(page))[0]!.after).toBe('late');
  // The lazy image has not loaded: nothing is known about it yet.
  expect(server.requests.some((r) => r.path === '/later/lazy.png')).toBe(false);

  await page.locator('#lazy').scrollIntoViewIfNeeded();
  const marks = await settledMarks(page, 2);
  expect(marks.late!.status).toBe('verified');
  expect(marks.lazy!.status).toBe('verified');
});

test('keyboard: Tab reaches the mark, Enter opens the details, Escape closes them and returns focus', async ({ server, site, extension }) => {
  site.serve('/keys/robotics.png', site.ob2HostedPng('keys-robotics', {}, 31), 'image/png');
  server.route('/keys/index.html', htmlRoute(html('Keys', `<p><a id="before" href="#a">Before</a></p><img id="badge" src="http://badges.example/keys/robotics.png" alt="Robotics"><p><a id="after" href="#b">After</a></p>`)));
  const page = await visit(extension, 'http://earner.example/keys/index.html');
  await settledMarks(page, 1);
  const assertionFetches = (): number => server.requests.filter((r) => r.path === '/assertions/keys-robotics.json').length;
  const fetchedBefore = assertionFetches();

  await page.focus('#before');
  await page.keyboard.press('Tab');
  expect(await focusedHost(page)).toBe('badge-lens-mark');
  expect((await markAfter(page, 'badge'))!.focused).toBe(true);

  await page.keyboard.press('Enter');
  await expect.poll(async () => (await readPopover(page))?.text ?? '', { message: 'the popover, rechecked' }).toContain('Status checked just now.');
  const popover = (await readPopover(page))!;
  expect(popover.label).toBe('Badge Lens: Robotics Foundations');
  for (const text of ['Robotics Foundations', 'Verified', 'Builds and programs a small robot arm.', 'Example Robotics Guild', 'Issued on', '2024-05-01', 'a hashed email', 'Criteria', 'Build the arm and demo it.', 'Skills and alignments', 'ISTE 1a', 'Evidence', 'What was checked', "Issuer's copy: Passed", 'Sites contacted', 'issuer.example', 'Open Badges 2.0, hosted by its issuer']) {
    expect(popover.text).toContain(text);
  }
  const trusted = popover.links.find((l) => l.text === 'Open in Badge Lens');
  expect(trusted?.href).toMatch(new RegExp(`^chrome-extension://${extension.extensionId}/popup\\.html\\?tab=\\d+&badge=`));
  // Opening the details checked the status again with the issuer.
  expect(assertionFetches()).toBeGreaterThan(fetchedBefore);
  expect(await focusedHost(page)).toBe('badge-lens-popover');
  expect(popover.focusInside).toBe(true);
  expect((await markAfter(page, 'badge'))!.expanded).toBe('true');

  await page.keyboard.press('Escape');
  await expect.poll(() => readPopover(page)).toBeUndefined();
  expect(await focusedHost(page)).toBe('badge-lens-mark');
  const mark = (await markAfter(page, 'badge'))!;
  expect(mark.focused).toBe(true);
  expect(mark.expanded).toBe('false');

  // A click opens it too; a click elsewhere closes it and leaves focus where the click put it.
  await page.mouse.click(mark.box.x + 10, mark.box.y + 10);
  await expect.poll(async () => (await readPopover(page)) !== undefined).toBe(true);
  await page.locator('h1').click();
  await expect.poll(() => readPopover(page)).toBeUndefined();
  expect(await focusedHost(page)).toBe('body');
});

test('the popover links to the trusted view, the extension’s own page, which shows the same badge', async ({ server, site, extension }) => {
  site.serve('/trusted/robotics.png', site.ob2HostedPng('trusted-robotics', {}, 32), 'image/png');
  server.route('/trusted/index.html', htmlRoute(html('Trusted', `<img id="badge" src="http://badges.example/trusted/robotics.png" alt="Robotics">`)));
  const page = await visit(extension, 'http://earner.example/trusted/index.html');
  const mark = (await settledMarks(page, 1)).badge!;
  await page.mouse.click(mark.box.x + 10, mark.box.y + 10);
  await expect.poll(async () => (await readPopover(page))?.links.some((l) => l.text === 'Open in Badge Lens') ?? false).toBe(true);

  const opened = extension.context.waitForEvent('page');
  await clickInPopover(page, 'footer a', 'Open in Badge Lens');
  const view = await opened;
  await view.waitForLoadState();
  expect(view.url()).toMatch(new RegExp(`^chrome-extension://${extension.extensionId}/popup\\.html\\?tab=\\d+&badge=`));
  await expect(view.getByRole('heading', { name: 'Robotics Foundations' })).toBeVisible();
  await expect(view.getByRole('button', { name: /Verified.*Robotics Foundations/ })).toHaveAttribute('aria-expanded', 'true');
  await expect(view.getByText('Status checked just now.')).toBeVisible();
  await view.close();
});

test('the popup lists the tab’s badges with their status, each opening to its details', async ({ server, site, extension }) => {
  site.serve('/list/good.png', site.ob2HostedPng('list-good', {}, 41), 'image/png');
  site.serve('/list/revoked.png', site.ob2HostedPng('list-revoked', { revoked: true }, 42), 'image/png');
  // Changed after signing: the name shown is the altered one, and the badge is not valid.
  const signed = await site.signed(site.credential());
  const subject = signed.credentialSubject as Record<string, Record<string, unknown>>;
  const tampered = { ...signed, credentialSubject: { ...subject, achievement: { ...subject.achievement, name: 'Teamwork (altered)' } } };
  site.serve('/list/tampered.png', site.png(JSON.stringify(tampered), 'credential', 43), 'image/png');
  server.route(
    '/list/index.html',
    htmlRoute(html('List', ['good', 'revoked', 'tampered'].map((n) => `<img id="${n}" src="http://badges.example/list/${n}.png" alt="${n}">`).join(''))),
  );
  const url = 'http://earner.example/list/index.html';
  const page = await visit(extension, url);
  await settledMarks(page, 3);
  const { tabId } = await tabRecord(extension, url);

  const popup = await extension.context.newPage();
  await popup.goto(extension.extensionUrl(`popup.html?tab=${tabId}`));
  await expect(popup.getByTestId('scan-summary')).toHaveText('3 badges on this page.');
  const rows = popup.locator('.badge-toggle');
  await expect(rows).toHaveText([/Verified\s*Robotics Foundations\s*Example Robotics Guild/, /Revoked\s*Robotics Foundations/, /Not valid\s*Teamwork \(altered\)\s*Example College/]);
  await popup.getByRole('button', { name: /Revoked/ }).click();
  await expect(popup.getByRole('heading', { name: 'Robotics Foundations' })).toBeVisible();
  await expect(popup.locator('.tab-badge-report')).toContainText('revoked');
  await popup.close();
  await page.close();
});

const HOSTILE = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';

test('badge fields holding HTML, javascript: URLs and scripts show as inert text, on the page and in the popup', async ({ server, site, extension }) => {
  const credential = site.credential(
    { name: `Credential ${HOSTILE}`, issuer: { id: site.did, type: ['Profile'], name: `Issuer ${HOSTILE}`, url: 'javascript:window.pwned=3' } },
    {
      name: `Hacking ${HOSTILE}`,
      description: `About ${HOSTILE}`,
      criteria: { id: 'javascript:window.pwned=4', narrative: `Do it ${HOSTILE} [click me](javascript:window.pwned=5) <a href="javascript:window.pwned=6">raw</a>` },
      image: { id: 'javascript:window.pwned=7', type: 'Image' },
    },
  );
  const withEvidence = { ...credential, evidence: [{ id: 'javascript:window.pwned=8', type: ['Evidence'], name: `Evidence ${HOSTILE}`, narrative: `Narrative ${HOSTILE}` }] };
  site.serve('/hostile/badge.png', site.png(JSON.stringify(await site.signed(withEvidence)), 'credential', 51), 'image/png');
  server.route('/hostile/index.html', htmlRoute(html('Hostile', `<img id="badge" src="http://badges.example/hostile/badge.png" alt="badge">`)));
  const url = 'http://earner.example/hostile/index.html';
  const page = await visit(extension, url);
  const mark = (await settledMarks(page, 1)).badge!;
  expect(mark.label).toContain(`Hacking ${HOSTILE}`);

  await page.mouse.click(mark.box.x + 10, mark.box.y + 10);
  await expect.poll(async () => (await readPopover(page))?.text ?? '').toContain('Status checked just now.');
  const popover = (await readPopover(page))!;
  for (const text of [`Hacking ${HOSTILE}`, `About ${HOSTILE}`, `Issuer ${HOSTILE}`, `Evidence ${HOSTILE}`, 'window.pwned=2</script>', 'click me']) expect(popover.text).toContain(text);
  expect(popover.scripts).toBe(0);
  expect(popover.handlers).toBe(0);
  // A link whose URL was refused keeps its text and loses its href: it is no longer a link.
  expect(popover.links.filter((l) => l.href !== null && !/^(https?:|mailto:|chrome-extension:)/.test(l.href))).toEqual([]);
  expect(popover.images.filter((src) => !/^(https?:|data:image\/)/.test(src))).toEqual([]);

  const { tabId } = await tabRecord(extension, url);
  const popup = await extension.context.newPage();
  await popup.goto(extension.extensionUrl(`popup.html?tab=${tabId}`));
  await popup.locator('.badge-toggle').first().click();
  await expect(popup.locator('.tab-badge-report')).toContainText(`About ${HOSTILE}`);
  await expect(popup.locator('.tab-badge-report')).toContainText('Status checked just now.');
  expect(await popup.locator('main script, main iframe, main [onerror]').count()).toBe(0);
  const hrefs = await popup.locator('main a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.filter((h) => !/^(https?:|mailto:|chrome-extension:)/.test(h))).toEqual([]);

  expect(await page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned)).toBeUndefined();
  expect(await popup.evaluate(() => (window as unknown as { pwned?: unknown }).pwned)).toBeUndefined();
  await popup.close();
});

test('a page served from a private address may have badges checked there; a public page may not', async ({ server, site, extension }) => {
  const local = `http://127.0.0.1:${server.port}`;
  site.serve('/private/on-local-page.png', site.png(JSON.stringify(await site.signed(site.credential({ name: 'Local' }))), 'credential', 61), 'image/png');
  site.serve('/private/on-public-page.png', site.png(JSON.stringify(await site.signed(site.credential({ name: 'Public' }))), 'credential', 62), 'image/png');
  server.route('/private/local.html', htmlRoute(html('Local', `<img id="badge" src="${local}/private/on-local-page.png" alt="badge">`)));
  server.route('/private/public.html', htmlRoute(html('Public', `<img id="badge" src="${local}/private/on-public-page.png" alt="badge">`)));

  const localPage = await visit(extension, `${local}/private/local.html`);
  expect((await settledMarks(localPage, 1)).badge!.status).toBe('verified');

  const publicUrl = 'http://earner.example/private/public.html';
  const publicPage = await visit(extension, publicUrl);
  await expect.poll(async () => (await tabOf(extension.worker, publicUrl))?.candidates).toBe(1);
  await expect.poll(async () => (await tabOf(extension.worker, publicUrl))?.pending).toBe(0);
  expect(await readMarks(publicPage)).toEqual([]);
  // The page loaded its image; the extension never asked for it.
  const asked = server.requests.filter((r) => r.path === '/private/on-public-page.png').map((r) => String(r.headers.accept));
  expect(asked).toHaveLength(1);
  expect(asked[0]).not.toMatch(/^image\/png, /);
});

test('scanning on click only: nothing is fetched until Badge Lens is opened on the page; sites can be excepted', async ({ server, site, extension }) => {
  site.serve('/click/badge.png', site.ob2HostedPng('click-badge', {}, 71), 'image/png');
  server.route('/click/index.html', htmlRoute(html('Click', `<img id="badge" src="http://badges.example/click/badge.png" alt="badge">`)));
  await setLocal(extension.worker, { settings: { scanning: 'on-click', sites: {} } });
  try {
    const url = 'http://earner.example/click/index.html';
    const page = await visit(extension, url);
    const record = await tabRecord(extension, url);
    expect(record.scanning).toBe(false);
    await page.waitForTimeout(500);
    expect(await readMarks(page)).toEqual([]);
    expect(server.requests.filter((r) => r.path === '/assertions/click-badge.json')).toEqual([]);

    const popup = await extension.context.newPage();
    await popup.goto(extension.extensionUrl(`popup.html?tab=${record.tabId}`));
    expect((await settledMarks(page, 1)).badge!.status).toBe('verified');
    await expect(popup.getByTestId('scan-summary')).toHaveText('1 badge on this page.');
    await popup.close();

    // An exception for this site: it scans on its own.
    await setLocal(extension.worker, { settings: { scanning: 'on-click', sites: { 'earner.example': 'automatic' } } });
    const again = await visit(extension, url);
    expect((await settledMarks(again, 1)).badge!.status).toBe('verified');
  } finally {
    await clearLocal(extension.worker);
  }
});

test('the viewer’s own identities: the details say whether the badge was issued to them', async ({ server, site, extension }) => {
  site.serve('/me/badge.png', site.ob2HostedPng('me-badge', {}, 81), 'image/png');
  server.route('/me/index.html', htmlRoute(html('Me', `<img id="badge" src="http://badges.example/me/badge.png" alt="badge">`)));
  await setLocal(extension.worker, { identities: ['EARNER@example.org'] });
  try {
    const page = await visit(extension, 'http://earner.example/me/index.html');
    const mark = (await settledMarks(page, 1)).badge!;
    await page.mouse.click(mark.box.x + 10, mark.box.y + 10);
    await expect.poll(async () => (await readPopover(page))?.text ?? '').toContain('Status checked just now.');
    expect((await readPopover(page))!.text).toContain('matches the identity you gave');

    // The check field tests an address here, without sending it anywhere.
    await clickInPopover(page, 'input');
    await page.keyboard.type('someone@example.org');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await readPopover(page))?.text ?? '').toContain('No: this badge was not issued to that identity.');
  } finally {
    await clearLocal(extension.worker);
  }
});

test('the popup verifies a picked file and a pasted VC-JWT; the context menu’s view verifies an image', async ({ server, site, extension }) => {
  const popup = await extension.context.newPage();
  await popup.goto(extension.extensionUrl('popup.html?tab=999999'));
  await popup.locator('input[type=file]').setInputFiles({ name: 'badge.png', mimeType: 'image/png', buffer: Buffer.from(site.ob2HostedPng('picked', {}, 91)) });
  await expect(popup.locator('.check-badge').getByRole('heading', { name: 'Robotics Foundations' })).toBeVisible();
  await expect(popup.locator('.check-badge .bl-status')).toHaveText('✓ Verified');

  await popup.getByLabel('Or paste a badge’s address, its JSON, or a JWS / VC-JWT').fill(await site.jwt(site.credential({ name: 'Pasted' }, { name: 'Teamwork (pasted)' })));
  await popup.getByRole('button', { name: 'Verify' }).click();
  await expect(popup.locator('.check-badge').getByRole('heading', { name: 'Teamwork (pasted)' })).toBeVisible();
  await expect(popup.locator('.check-badge .bl-status').first()).toHaveText('✓ Verified');
  await expect(popup.locator('.check-badge')).toContainText('signed (VC-JWT)');

  // What "Verify with Badge Lens" on an image opens.
  site.serve('/menu/badge.png', site.ob2HostedPng('menu', {}, 92), 'image/png');
  server.route('/menu/plain.png', { body: pngImage(64, 64, 93), contentType: 'image/png' });
  const view = `popup.html?verify=${encodeURIComponent('http://badges.example/menu/badge.png')}&page=${encodeURIComponent('http://earner.example/menu/')}`;
  await popup.goto(extension.extensionUrl(view));
  await expect(popup.getByRole('heading', { name: 'Image checked' })).toBeVisible();
  await expect(popup.locator('.check-badge .bl-status')).toHaveText('✓ Verified');
  await popup.goto(extension.extensionUrl(`popup.html?verify=${encodeURIComponent('http://badges.example/menu/plain.png')}`));
  await expect(popup.locator('.check-badge')).toContainText('no Open Badge');
  await popup.close();
});

test('a credential in a script is marked on the page’s copy of its image', async ({ server, site, extension }) => {
  const credential = JSON.stringify(await site.signed(site.credential({ name: 'In a script' })));
  server.route(
    '/script/index.html',
    htmlRoute(html('Script', `<p>My badge:</p><img id="shown" src="http://issuer.example/images/teamwork.png" alt="Teamwork"><script type="application/ld+json">${credential}</script>`)),
  );
  const page = await visit(extension, 'http://earner.example/script/index.html');
  const marks = await settledMarks(page, 1);
  expect(marks.shown!.status).toBe('verified');
});

test('a strict Content Security Policy on the page leaves the marks and the panel styled', async ({ server, site, extension }) => {
  site.serve('/csp/badge.png', site.ob2HostedPng('csp-badge', {}, 95), 'image/png');
  server.route('/csp/index.html', {
    ...htmlRoute(html('CSP', `<img id="badge" src="http://badges.example/csp/badge.png" alt="badge">`)),
    headers: { 'content-security-policy': "default-src 'none'; img-src http://badges.example; style-src 'none'; script-src 'none'" },
  } as Route);
  const page = await visit(extension, 'http://earner.example/csp/index.html');
  const mark = (await settledMarks(page, 1)).badge!;
  expect(mark.box.width).toBe(20);
  const [background] = await inClosedRoots<string>(page, 'badge-lens-mark', 'function () { return getComputedStyle(this.querySelector("button")).backgroundColor; }');
  expect(background).toBe('rgb(26, 127, 55)');
  await page.mouse.click(mark.box.x + 10, mark.box.y + 10);
  await expect.poll(async () => (await readPopover(page))?.text ?? '').toContain('Robotics Foundations');
  const [radius] = await inClosedRoots<string>(page, 'badge-lens-popover', 'function () { return getComputedStyle(this.querySelector(".bl-popover")).borderTopLeftRadius; }');
  expect(radius).toBe('10px');
});
