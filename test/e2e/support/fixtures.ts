import { test as base } from '@playwright/test';
import { badgeSite, type BadgeSite } from './badge-site.ts';
import { launchExtensionBrowser, type ExtensionBrowser } from './extension-browser.ts';
import { startServer, type TestServer } from '../../support/http-server.ts';

/** Real-looking hosts that the extension browser resolves to the test server. */
export const MAPPED_HOSTS = ['earner.example', 'issuer.example', 'badges.example'] as const;

interface WorkerFixtures {
  server: TestServer;
  extension: ExtensionBrowser;
  site: BadgeSite;
}

/**
 * One server and one extension browser per worker: launching Chromium costs about a second, and each
 * test serves its pages under its own paths, so tests do not see each other's content.
 */
export const test = base.extend<object, WorkerFixtures>({
  server: [
    // Playwright reads a fixture's dependencies from this pattern, so it must be there even when empty.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  extension: [
    async ({ server }, use) => {
      const target = `127.0.0.1:${server.port}`;
      const extension = await launchExtensionBrowser({ hosts: Object.fromEntries(MAPPED_HOSTS.map((host) => [host, target])) });
      await use(extension);
      await extension.close();
    },
    { scope: 'worker' },
  ],
  site: [async ({ server }, use) => use(await badgeSite(server)), { scope: 'worker' }],
});

export { expect } from '@playwright/test';
