#!/usr/bin/env node
// Runs a TypeScript maintainer script: `node scripts/run-ts.mjs scripts/samples/make-samples.ts [args]`.
// Vite builds it for Node as it builds the command line (vite.config.ts, `cli` mode: the core's virtual
// schema modules included, packages left to Node), into a temporary folder, and Node runs its `main`.
import { mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('usage: node scripts/run-ts.mjs SCRIPT.ts [args]');
  process.exit(2);
}
// Inside the project, so Node finds its packages from the built file.
const outDir = mkdtempSync(join(resolve('node_modules'), '.run-ts-'));
try {
  await build({
    configFile: resolve('vite.config.ts'),
    mode: 'cli',
    logLevel: 'warn',
    build: { ssr: resolve(script), outDir, emptyOutDir: true, rollupOptions: { output: { entryFileNames: 'script.mjs' } } },
  });
  const module = await import(pathToFileURL(join(outDir, 'script.mjs')).href);
  process.exitCode = (await module.main(args)) ?? 0;
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
