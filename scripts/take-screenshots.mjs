#!/usr/bin/env node
// The README's screenshots, taken in Chromium with Playwright from the served demo: `npm run build`, then
// `node scripts/take-screenshots.mjs`. Written to docs/ as PNG.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

mkdirSync('docs', { recursive: true });
const server = spawn(process.execPath, ['scripts/serve-demo.mjs'], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise((resolve) => server.stdout.on('data', (chunk) => {
  const match = /served on (http:\/\/127\.0\.0\.1:\d+)/.exec(String(chunk));
  if (match) resolve(match[1]);
}));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width: 980, height: 900 }, colorScheme: scheme });
    await page.goto(`${base}/demo/`);
    await page.waitForFunction(() => document.querySelector('open-badges')?.shadowRoot?.querySelector('[role=status]')?.textContent?.includes('checked'));
    await page.locator('open-badges').screenshot({ path: `docs/widget-grid-${scheme}.png` });
    if (scheme === 'light') {
      await page.locator('li.card', { hasText: 'Robotics Foundations' }).locator('button').click();
      await page.locator('open-badges dialog').waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: 'docs/widget-dialog.png' });
      await page.keyboard.press('Escape');
      await page.evaluate(() => document.querySelector('open-badges').setAttribute('layout', 'list'));
      await page.waitForTimeout(200);
      await page.locator('open-badges').screenshot({ path: 'docs/widget-list.png' });
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
console.log('docs/widget-grid-light.png, docs/widget-grid-dark.png, docs/widget-dialog.png, docs/widget-list.png');
