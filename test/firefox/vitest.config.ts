import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { schemas } from '../../build/vite-plugin-schemas.ts';

// The Firefox smoke test: the Firefox build loaded in Debian's firefox-esr through puppeteer-core.
// Its own run and report, since it needs the build and a browser that the unit tests do not.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  plugins: [schemas()],
  test: {
    include: ['test/firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['default', ['json', { outputFile: '.reports/firefox.json' }]],
  },
});
