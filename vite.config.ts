import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { chunkReport } from './build/vite-plugin-chunk-report.ts';
import { schemas } from './build/vite-plugin-schemas.ts';

const ROOT = fileURLToPath(new URL('.', import.meta.url)).replace(/\/$/, '');

/**
 * `vite build` builds the widget into one ES module (dist/widget/); `vite build --mode cli` builds the
 * command line for Node (dist/cli/). The extension is built by WXT (wxt.config.ts).
 */
export default defineConfig(({ mode }) =>
  mode === 'cli'
    ? {
        plugins: [schemas()],
        publicDir: false,
        build: {
          ssr: 'cli/main.ts',
          outDir: 'dist/cli',
          emptyOutDir: true,
          target: 'node20',
          minify: false,
          rollupOptions: { output: { entryFileNames: 'main.mjs' } },
        },
      }
    : {
        plugins: [preact(), schemas(), chunkReport(ROOT)],
        publicDir: false,
        define: { 'process.env.NODE_ENV': '"production"' },
        build: {
          outDir: 'dist/widget',
          emptyOutDir: true,
          target: 'es2022',
          minify: true,
          lib: { entry: { 'open-badges': 'widget/index.ts', elements: 'widget/elements.ts' }, formats: ['es'] },
        },
      },
);
