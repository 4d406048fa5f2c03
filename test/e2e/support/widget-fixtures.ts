import { resolve } from 'node:path';
import { test as base, chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath, hostResolverRules } from './chromium.ts';
import { NO_CORS_HOST, PUBLIC_HOST, widgetSite, type WidgetSite } from './widget-site.ts';
import { startServer, type TestServer } from '../../support/http-server.ts';

interface WorkerFixtures {
  widgetServer: TestServer;
  widgetSite: WidgetSite;
}

/**
 * The widget's pages: their own server (the extension's tests route the same paths on theirs), the built
 * widget mounted at /widget/, and a browser that maps nocors.example and public.example to that server.
 */
export const test = base.extend<object, WorkerFixtures & { browser: Browser }>({
  widgetServer: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startServer();
      server.mount('/widget/', resolve('dist/widget'));
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  widgetSite: [async ({ widgetServer }, use) => use(await widgetSite(widgetServer)), { scope: 'worker' }],
  browser: [
    async ({ widgetServer }, use) => {
      const target = `127.0.0.1:${widgetServer.port}`;
      const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: [...chromiumArgs, ...hostResolverRules({ [NO_CORS_HOST]: target, [PUBLIC_HOST]: target })] });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
});

/** Script errors on the page, collected so a test can say there were none. */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

export { expect } from '@playwright/test';
