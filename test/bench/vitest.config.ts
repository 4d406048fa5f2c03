import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { schemas } from '../../build/vite-plugin-schemas.ts';

// `npm run bench`: benchmarks print figures beside their floors; they never fail on a missed target.
// One worker and no file parallelism, so nothing else competes for the CPU while a figure is measured.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  plugins: [schemas()],
  test: {
    include: ['test/bench/**/*.bench.test.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
