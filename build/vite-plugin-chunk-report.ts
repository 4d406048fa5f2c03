import type { Plugin } from 'vite';

/** One output chunk: the modules in it (paths relative to the project, packages as `node_modules/name`), and what it loads. */
export interface ChunkEntry {
  readonly isEntry: boolean;
  readonly imports: readonly string[];
  readonly dynamicImports: readonly string[];
  readonly modules: readonly string[];
}

/**
 * Writes `chunks.json` beside the build: which modules each chunk holds and which chunks it imports
 * statically and dynamically. test/size-check.mjs reads it to prove what the first module does not
 * contain (`jsonld`, the core, `fast-xml-parser`), whatever the bundler decides to call its chunks.
 */
export function chunkReport(root: string): Plugin {
  return {
    name: 'badge-lens:chunk-report',
    apply: 'build',
    generateBundle(_options, bundle) {
      const report: Record<string, ChunkEntry> = {};
      for (const [file, output] of Object.entries(bundle)) {
        if (output.type !== 'chunk') continue;
        const modules = Object.entries(output.modules)
          .filter(([, info]) => info.renderedLength > 0)
          .map(([id]) => shorten(id, root));
        report[file] = { isEntry: output.isEntry, imports: output.imports, dynamicImports: output.dynamicImports, modules: [...new Set(modules)].sort() };
      }
      this.emitFile({ type: 'asset', fileName: 'chunks.json', source: `${JSON.stringify(report, null, 1)}\n` });
    },
  };
}

function shorten(id: string, root: string): string {
  const clean = id.replace(/^\0/, '').replace(/\?.*$/, '');
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(clean);
  if (inPackage) return `node_modules/${inPackage[1]}`;
  return clean.startsWith(root) ? clean.slice(root.length + 1) : clean;
}
