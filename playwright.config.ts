import { register } from 'node:module';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './test/e2e/support/chromium.ts';

// The end-to-end tests make their badges with the core's helpers, which import JSON as Vite allows;
// this hook lets Node do the same (each worker loads this file, so each registers it).
register('./test/support/json-modules.mjs', import.meta.url);

export default defineConfig({
  testDir: 'test/e2e',
  // Two cores: a second worker only makes Chromium instances fight for them.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 5_000 },
  globalTimeout: 5 * 60_000,
  reporter: [['list'], ['json', { outputFile: '.reports/playwright.json' }]],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: chromiumPath, args: [...chromiumArgs] },
    trace: 'retain-on-failure',
  },
});
