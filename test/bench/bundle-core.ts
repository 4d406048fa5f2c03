import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { schemas } from '../../build/vite-plugin-schemas.ts';

const ENTRY = fileURLToPath(new URL('../../core/index.ts', import.meta.url));

/**
 * The core as one ES module file, lazy imports inlined, as the extension's background receives it; for
 * benches that load it in a fresh Node process (a cold start) or several times (independent loads).
 * Returns the file's path; the caller's temporary directory is left for the OS to clean.
 */
export async function bundleCoreToFile(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    plugins: [schemas()],
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: ENTRY, formats: ['es'], fileName: 'core' },
      rollupOptions: { output: { inlineDynamicImports: true } },
    },
  });
  const chunk = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : [])).find((c) => c.type === 'chunk' && c.isEntry);
  if (chunk === undefined || chunk.type !== 'chunk') throw new Error('Vite produced no entry chunk for core/index.ts');
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'badge-lens-core-')), 'core.mjs');
  writeFileSync(file, chunk.code);
  return file;
}
