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

// What must never be in the widget's first module, whatever the bundler names its chunks: read from the
// chunk report the build writes (build/vite-plugin-chunk-report.ts). `jsonld` loads only when a Data
// Integrity proof needs it, the XML parser only for an SVG, and the core's verification after the first
// paint (small pure helpers such as the private-address rule may come earlier).
const LAZY = [
  { name: 'widget: no jsonld', modules: (m) => m === 'node_modules/jsonld' || m === 'node_modules/rdf-canonize' },
  { name: 'widget: no xml parser', modules: (m) => m === 'node_modules/fast-xml-parser' },
  { name: 'widget: no verifier', modules: (m) => /^core\/(verify|keys|status|jsonld|schemas|bake|parse)\//.test(m) },
  // After the first paint the verifier and the core load; jsonld still waits for a Data Integrity proof.
  { name: 'verifier: no jsonld', from: 'widget/verify/verifier.ts', modules: (m) => m === 'node_modules/jsonld' || m === 'node_modules/rdf-canonize' },
];

/** The modules in a chunk's static graph (the first module's, or that of the chunk holding `from`), from dist/widget/chunks.json. */
function staticContents(from) {
  const report = JSON.parse(readFileSync(join(root, 'dist/widget/chunks.json'), 'utf8'));
  const start = from === undefined ? 'open-badges.js' : Object.keys(report).find((file) => report[file].modules.includes(from));
  if (start === undefined) throw new Error(`no chunk holds ${from}`);
  const seen = new Set();
  const pending = [start];
  while (pending.length > 0) {
    const file = pending.pop();
    if (seen.has(file) || report[file] === undefined) continue;
    seen.add(file);
    pending.push(...report[file].imports);
  }
  return { files: [...seen], modules: [...seen].flatMap((file) => report[file].modules) };
}

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

for (const { name, modules, from } of LAZY) {
  let contents;
  try {
    contents = staticContents(from);
  } catch (error) {
    contents = { error: `${error.message}; run \`npm run build\` first` };
  }
  const found = contents.error ? null : contents.modules.filter(modules);
  const pass = found !== null && found.length === 0;
  failed ||= !pass;
  results.push({ name, bytes: found === null ? null : 0, budget: 0, pass, modules: found });
  const detail = contents.error ?? (pass ? `loaded lazily: not in ${contents.files.map((f) => `dist/widget/${f}`).join(' + ')}` : `statically loaded: ${[...new Set(found)].join(', ')}`);
  console.log(`${pass ? 'ok  ' : 'FAIL'}  ${name.padEnd(20)} ${(found === null ? 'n/a' : `${found.length} mod`).padStart(9)}     (budget 0)     ${detail}`);
}

mkdirSync(join(root, '.reports'), { recursive: true });
writeFileSync(join(root, '.reports/size.json'), `${JSON.stringify(results, null, 2)}\n`);
process.exitCode = failed ? 1 : 0;
