import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[\w$*{}\s,]*?\s+from\s+)?['"]([^'"]+)['"]/g;

/** Every module a file reaches through static imports (type-only imports left out), as project paths and packages. */
function graph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [resolve(ROOT, entry)];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (/^\s*(import|export)\s+type\s/.test(match[0].trim()) || match[0].includes('import type')) continue;
      const specifier = match[1]!;
      if (specifier.startsWith('.')) pending.push(resolve(dirname(file), specifier));
      else packages.add(specifier);
    }
  }
  return { files: [...files].map((f) => relative(ROOT, f)).sort(), packages: [...packages].sort() };
}

describe('the content script stays small', () => {
  it('reaches neither Preact, nor the details view, nor the core', () => {
    const { files, packages } = graph('extension/entrypoints/content.ts');
    expect(packages.filter((p) => !p.startsWith('wxt/'))).toEqual([]);
    // From ui/, only the status words the marks say (the English data file they are kept in).
    const words = ['ui/status-label.ts', 'ui/details-words.ts', 'ui/i18n/details.en.json'];
    expect(files.filter((f) => f.startsWith('core/') || (f.startsWith('ui/') && !words.includes(f)))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.tsx'))).toEqual([]);
  });

  it('the popover bundle is where Preact and the details view go', () => {
    const { files, packages } = graph('extension/entrypoints/popover.ts');
    expect(packages).toContain('preact');
    expect(files).toContain('ui/badge-details.tsx');
  });
});
