import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

const IMPORT = /^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;
const importsOf = (file: string): string[] =>
  [...readFileSync(join(ROOT, file), 'utf8').matchAll(IMPORT)].map((m) => m[1] ?? m[2]!);

// STYLE.md §1: core runs in a service worker, a content script, a page and Node; faces import only core/index.ts.
describe('module boundaries', () => {
  it('core imports no Node module, no UI, no extension API and no face', () => {
    const offending = sources('core').flatMap((file) =>
      importsOf(file)
        .filter((spec) => /^(node:|fs$|path$|zlib$|stream$|buffer$|crypto$|pngjs|preact|@preact|wxt|webextension)/.test(spec) || /\/(extension|widget|cli|ui)\//.test(spec))
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  it('core touches no DOM or extension global', () => {
    const DOM = /\b(?:document|window|navigator|localStorage|sessionStorage|customElements)\s*[.[]|\bHTMLElement\b|\b(?:chrome|browser)\.(?:runtime|tabs|storage|scripting)\b/;
    const offending = sources('core').filter((file) =>
      readFileSync(join(ROOT, file), 'utf8')
        .split('\n')
        .some((line) => !/^\s*(\/\/|\*|\/\*)/.test(line) && DOM.test(line.replace(/'[^']*'|`[^`]*`|"[^"]*"/g, ''))),
    );
    expect(offending).toEqual([]);
  });

  it('faces reach core only through core/index.ts', () => {
    const offending = ['extension', 'widget', 'cli', 'ui'].flatMap(sources).flatMap((file) =>
      importsOf(file)
        .filter((spec) => /(^|\/)core\//.test(spec) && !/(^|\/)core\/index\.ts$/.test(spec))
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(offending).toEqual([]);
  });
});
