import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const coreFiles = readdirSync(join(ROOT, 'core'), { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile() && /\.ts$/.test(e.name) && !e.name.endsWith('.d.ts'))
  .map((e) => relative(ROOT, join(e.parentPath, e.name)));

// A static import, not `import type`: these put the module in the importer's chunk.
const staticImportsOf = (file: string): string[] =>
  [...readFileSync(join(ROOT, file), 'utf8').matchAll(/^\s*(?:import|export)(?!\s+type\b)[^'";]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

// DESIGN.md, Performance budgets: jsonld loads only when a Data Integrity proof needs it, and so do the
// ~170 KB of contexts; the JavaScript Ed25519 only where WebCrypto has none.
describe('heavy modules load lazily', () => {
  it.each([
    ['jsonld', /^jsonld$/],
    ['the bundled contexts', /bundled-contexts\.ts$/],
    ['@noble/curves', /^@noble\/curves/],
  ])('no core module imports %s statically', (_name, pattern) => {
    const offending = coreFiles.flatMap((file) => staticImportsOf(file).filter((spec) => pattern.test(spec)).map((spec) => `${file} imports ${spec}`));
    expect(offending).toEqual([]);
  });
});
