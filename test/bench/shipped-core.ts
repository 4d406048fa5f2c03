import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { schemas } from '../../build/vite-plugin-schemas.ts';
import type * as Core from '../../core/index.ts';

const ENTRY = fileURLToPath(new URL('../../core/index.ts', import.meta.url));

/**
 * The core as it ships: bundled by Vite into one ES module (as the widget and extension builds bundle it) and
 * loaded by Node itself. Under vitest's module runner every imported binding is read through a getter, which
 * makes a chunk walk that calls across modules about 1.5× slower than the bundle a browser runs; the floors,
 * written in one file, pay no such toll, so measuring the transformed source would be unfair to the core.
 *
 * `count` copies are loaded as separate modules, each with functions the engine has never seen. unbake's time
 * differs between copies and between runs by up to a third (JIT and garbage-collector state, a shared CPU),
 * far more than within one copy, so one run measures several and reports their median and range.
 */
export async function loadShippedCores(count: number): Promise<(typeof Core)[]> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    plugins: [schemas()],
    build: { write: false, minify: true, target: 'es2022', lib: { entry: ENTRY, formats: ['es'], fileName: 'core' } },
  });
  const chunk = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : [])).find((c) => c.type === 'chunk' && c.isEntry);
  if (chunk === undefined || chunk.type !== 'chunk') throw new Error('Vite produced no entry chunk for core/index.ts');
  const dir = mkdtempSync(path.join(tmpdir(), 'badge-lens-bench-'));
  try {
    const cores: (typeof Core)[] = [];
    for (let i = 0; i < count; i++) {
      const file = path.join(dir, `core-${i}.mjs`);
      writeFileSync(file, chunk.code);
      cores.push((await import(/* @vite-ignore */ pathToFileURL(file).href)) as typeof Core);
    }
    return cores;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
