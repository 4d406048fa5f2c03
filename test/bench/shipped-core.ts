import { copyFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type * as Core from '../../core/index.ts';
import { bundleCoreToFile } from './bundle-core.ts';

/**
 * The core as it ships: bundled by Vite into one ES module (as the widget and extension builds bundle it) and
 * loaded by Node itself. Under vitest's module runner every imported binding is read through a getter, which
 * makes a chunk walk that calls across modules about 1.5× slower than the bundle a browser runs; the floors,
 * written in one file, pay no such toll, so measuring the transformed source would be unfair to the core.
 *
 * `count` copies are loaded as separate modules, each with functions the engine has never seen. Times differ
 * between copies and between runs by up to a third (JIT and garbage-collector state, a shared CPU), far more
 * than within one copy, so one run measures several and reports their median and range.
 */
export async function loadShippedCores(count: number): Promise<(typeof Core)[]> {
  const file = await bundleCoreToFile();
  const cores: (typeof Core)[] = [];
  for (let i = 0; i < count; i++) {
    const copy = file.replace(/\.mjs$/, `-${i}.mjs`);
    copyFileSync(file, copy);
    cores.push((await import(/* @vite-ignore */ pathToFileURL(copy).href)) as typeof Core);
  }
  return cores;
}
