import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { schemas } from './build/vite-plugin-schemas.ts';

export default defineConfig({
  plugins: [preact(), schemas()],
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'test/bench/**', 'test/firefox/**', 'node_modules/**'],
    environment: 'node',
    // markdown-to-jsx imports 'react'; inlined, it goes through the Preact preset's alias to preact/compat.
    server: { deps: { inline: ['markdown-to-jsx'] } },
    testTimeout: 20_000,
    reporters: ['default', ['json', { outputFile: '.reports/vitest.json' }]],
  },
});
