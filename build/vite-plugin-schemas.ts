import path from 'node:path';
import type { Plugin } from 'vite';
import { SchemaCatalog } from './schemas/catalog.ts';
import { INDEX_ID, VALIDATOR_PREFIX, indexModule } from './schemas/index-module.ts';
import { DATA_DIR } from './schemas/manifest.ts';

export interface SchemasPluginOptions {
  /** The folder holding manifest.json and the shipped files; core/schemas/data/ unless a test says otherwise. */
  readonly dataDir?: string;
}

/**
 * Compiles every shipped JSON Schema (core/schemas/data/manifest.json) into plain JavaScript at build time,
 * so validation never needs `eval` or `new Function`, which the extension's Content Security Policy forbids.
 * Serves the results as virtual modules, never written to the repository:
 *
 * - `virtual:badge-lens/schemas`: which schema URLs are known, each with a loader, and the table of
 *   validations that OB 2.0 extension contexts name;
 * - `virtual:badge-lens/schema/<name>`: one schema's compiled validator, reached only through a dynamic
 *   `import()` in the table, so each schema is a lazily loaded chunk of its own.
 *
 * @example
 * // vite.config.ts
 * export default defineConfig({ plugins: [schemas()] });
 */
export function schemas(options: SchemasPluginOptions = {}): Plugin {
  const dataDir = options.dataDir ?? DATA_DIR;
  let catalog: SchemaCatalog | undefined;
  const load = (): SchemaCatalog => (catalog ??= new SchemaCatalog(dataDir));

  return {
    name: 'badge-lens:schemas',
    buildStart() {
      // A new build (or a watch rebuild) reads the files again.
      catalog = undefined;
    },
    resolveId(id) {
      if (id === INDEX_ID || id.startsWith(VALIDATOR_PREFIX)) return `\0${id}`;
      return undefined;
    },
    load(id) {
      if (!id.startsWith('\0virtual:badge-lens/')) return undefined;
      const current = load();
      this.addWatchFile(path.join(dataDir, 'manifest.json'));
      if (id === `\0${INDEX_ID}`) return indexModule(current);
      const name = id.slice(`\0${VALIDATOR_PREFIX}`.length);
      const schema = current.schemaNamed(name);
      if (schema === undefined) this.error(`no shipped schema is named ${name}`);
      this.addWatchFile(path.join(dataDir, schema.entry.file));
      const code = current.moduleFor(name);
      for (const warning of current.warnings.splice(0)) this.warn(warning);
      return { code, moduleSideEffects: false };
    },
  };
}
