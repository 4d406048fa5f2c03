import type { SchemaCatalog } from './catalog.ts';

/** What core/schemas imports: the table of shipped schemas and the validations contexts name. */
export const INDEX_ID = 'virtual:badge-lens/schemas';
/** One compiled validator per shipped schema: `virtual:badge-lens/schema/<manifest name>`. */
export const VALIDATOR_PREFIX = 'virtual:badge-lens/schema/';

/**
 * The index module's source. Each validator is behind its own dynamic `import()`, so a bundler gives each
 * schema a chunk of its own that loads the first time that schema is used: checking one OB 2.0 extension
 * never downloads the OB 3.0 schemas.
 */
export function indexModule(catalog: SchemaCatalog): string {
  const lines: string[] = [];
  const loaders: string[] = [];
  catalog.schemas.forEach(({ entry }, i) => {
    lines.push(`const v${i} = () => import(${JSON.stringify(VALIDATOR_PREFIX + entry.name)}).then((m) => m.default);`);
    for (const url of [entry.url, ...entry.aliases]) loaders.push(`  [${JSON.stringify(url)}, v${i}],`);
  });
  lines.push(`export const schemaLoaders = new Map([\n${loaders.join('\n')}\n]);`);
  const tables = new Map<readonly unknown[], number>();
  const contexts: string[] = [];
  for (const [url, validations] of catalog.contextValidations) {
    let i = tables.get(validations);
    if (i === undefined) {
      i = tables.size;
      tables.set(validations, i);
      lines.push(`const c${i} = Object.freeze(${JSON.stringify(validations)}.map((v) => Object.freeze(v)));`);
    }
    contexts.push(`  [${JSON.stringify(url)}, c${i}],`);
  }
  lines.push(`export const contextValidations = new Map([\n${contexts.join('\n')}\n]);`);
  const terms = [...catalog.contextTerms].map(([url, table]) => `  [${JSON.stringify(url)}, ${JSON.stringify(table)}],`);
  lines.push(`export const contextTerms = new Map([\n${terms.join('\n')}\n]);`);
  return `${lines.join('\n')}\n`;
}
