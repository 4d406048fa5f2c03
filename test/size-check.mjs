#!/usr/bin/env node
// Gzipped size budgets from DESIGN.md: what a visited page pays for the content script, and what a
// publisher's page downloads before the widget can paint.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const KB = 1024;

const checks = [
  { name: 'content script', entry: '.output/chrome-mv3/content-scripts/content.js', budget: 15 * KB },
  { name: 'widget first module', entry: 'dist/widget/open-badges.js', budget: 30 * KB },
];

// Static `import … from './x.js'`, `export … from './x.js'` and `import './x.js'`; dynamic `import('./x.js')`
// is left out on purpose, since it loads only when needed and is not part of the first module.
const STATIC_IMPORT = /(?:^|[\s;{}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;

/** The entry and every file it statically imports, transitively, each once. */
function staticGraph(entry) {
  const seen = new Set();
  const pending = [resolve(root, entry)];
  while (pending.length > 0) {
    const file = pending.pop();
    if (seen.has(file)) continue;
    if (!existsSync(file)) throw new Error(`missing: ${relative(root, file)}`);
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) pending.push(resolve(dirname(file), specifier));
  }
  return [...seen];
}

// Each file is gzipped on its own, as a server sends it, at zlib's default level rather than the best one,
// so a budget that holds here also holds for servers that compress on the fly.
const gzipped = (file) => gzipSync(readFileSync(file)).length;

const results = [];
let failed = false;
for (const { name, entry, budget } of checks) {
  let bytes = null;
  let detail;
  try {
    const files = staticGraph(entry);
    bytes = files.reduce((sum, file) => sum + gzipped(file), 0);
    detail = files.map((file) => relative(root, file)).join(' + ');
  } catch (error) {
    detail = `${error.message}; run \`npm run build\` first`;
  }
  const pass = bytes !== null && bytes <= budget;
  failed ||= !pass;
  results.push({ name, bytes, budget, pass });
  const size = bytes === null ? 'n/a' : `${(bytes / KB).toFixed(1)} KB`;
  console.log(`${pass ? 'ok  ' : 'FAIL'}  ${name.padEnd(20)} ${size.padStart(9)} gz  (budget ${budget / KB} KB)  ${detail}`);
}

mkdirSync(join(root, '.reports'), { recursive: true });
writeFileSync(join(root, '.reports/size.json'), `${JSON.stringify(results, null, 2)}\n`);
process.exitCode = failed ? 1 : 0;
