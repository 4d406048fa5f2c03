import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { chromiumArgs, chromiumPath, hostResolverRules } from './chromium.ts';

export const CHROME_BUILD = resolve('.output/chrome-mv3');

export interface ExtensionBrowser {
  readonly context: BrowserContext;
  /** The extension's background service worker. */
  readonly worker: Worker;
  /** The host of the extension's `chrome-extension://` URLs. */
  readonly extensionId: string;
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** An unpacked extension; defaults to the Chrome MV3 build. */
  readonly extensionDir?: string;
  /** host → `host:port`, passed as `--host-resolver-rules`. */
  readonly hosts?: Readonly<Record<string, string>>;
}

const isExtensionWorker = (worker: Worker): boolean => worker.url().startsWith('chrome-extension://');

/**
 * A persistent Chromium context with the built extension loaded: extensions only load into a persistent
 * profile, and only through the command-line flags, never through Playwright's page APIs.
 */
export async function launchExtensionBrowser(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = resolve(options.extensionDir ?? CHROME_BUILD);
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}; run \`npm run build\` first.`);
  }
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath,
    headless: true,
    args: [
      ...chromiumArgs,
      ...hostResolverRules(options.hosts ?? {}),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  try {
    const worker = context.serviceWorkers().find(isExtensionWorker) ?? (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker }));
    const extensionId = new URL(worker.url()).host;
    return {
      context,
      worker,
      extensionId,
      extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
      close: () => context.close(),
    };
  } catch (error) {
    await context.close();
    throw error;
  }
}
