import type AjvCore from 'ajv/dist/core.js';
import { createAjv, draftOf, type Draft } from './ajv-instance.ts';
import { termsOf, validationsOf, type ContextValidation } from './context-validations.ts';
import { DATA_DIR, readManifest, readShipped, type ManifestEntry } from './manifest.ts';
import { refTargets } from './ref-targets.ts';
import { REPAIRS } from './repairs.ts';
import { hasPlaceDependentKeywords, shrinkSchema, withoutAnnotations } from './shrink-schema.ts';
import { standaloneModule } from './standalone-module.ts';
import { isJsonObject, type JsonObject } from './subschemas.ts';

interface CatalogSchema {
  readonly entry: ManifestEntry;
  readonly draft: Draft;
  /** The schema as compiled: repaired if it needed it, then shrunk. */
  readonly compiled: JsonObject;
}

/**
 * Every shipped schema and context, read once and checked against the manifest, with one Ajv per draft
 * holding all of that draft's schemas, so a `$ref` from one shipped schema to another resolves offline.
 */
export class SchemaCatalog {
  readonly schemas: readonly CatalogSchema[];
  /** Context URL (and each alias) → the validations that context names. */
  readonly contextValidations: ReadonlyMap<string, readonly ContextValidation[]>;
  /** Context URL (and each alias) → its terms and the IRIs they expand to, for contexts that name validations. */
  readonly contextTerms: ReadonlyMap<string, Readonly<Record<string, string>>>;
  /** Messages from Ajv (unknown formats, ignored keywords), for the build to show. */
  readonly warnings: string[] = [];
  readonly #ajv = new Map<Draft, AjvCore>();
  readonly #modules = new Map<string, string>();

  constructor(readonly dataDir: string = DATA_DIR) {
    const manifest = readManifest(dataDir);
    const read = manifest.schemas.map((entry) => {
      const { document } = readShipped(entry, dataDir);
      if (!isJsonObject(document)) throw new Error(`${entry.file}: a schema must be a JSON object`);
      const declared = document.$id ?? document.id;
      if (typeof declared === 'string' && declared.replace(/#$/, '') !== entry.url) {
        throw new Error(`${entry.file}: its id ${declared} is not the manifest's URL ${entry.url}`);
      }
      const repair = REPAIRS.get(entry.sha256);
      return { entry, draft: draftOf(document), schema: withoutAnnotations(repair ? repair.apply(document) : document) };
    });
    this.schemas = (['draft-04', 'draft-06', '2019-09'] as const).flatMap((draft) => {
      const family = read.filter((s) => s.draft === draft);
      const targets = refTargets(family.map((s) => ({ url: s.entry.url, schema: s.schema })));
      // A nested $id anywhere in the family would make the targets above unreliable: then nothing moves.
      const movable = !family.some((s) => hasPlaceDependentKeywords(s.schema));
      const definitionsKeyword = draft === '2019-09' ? '$defs' : 'definitions';
      return family.map((s) => ({
        entry: s.entry,
        draft,
        compiled: movable ? shrinkSchema(s.schema, { definitionsKeyword, refTargets: targets.get(s.entry.url) ?? [] }) : s.schema,
      }));
    });
    const table = new Map<string, readonly ContextValidation[]>();
    const terms = new Map<string, Readonly<Record<string, string>>>();
    for (const entry of manifest.contexts) {
      const { document } = readShipped(entry, dataDir);
      const validations = Object.freeze(validationsOf(document));
      if (validations.length === 0) continue;
      const contextTerms = Object.freeze(termsOf(document));
      for (const url of [entry.url, ...entry.aliases]) {
        table.set(url, validations);
        terms.set(url, contextTerms);
      }
    }
    this.contextValidations = table;
    this.contextTerms = terms;
  }

  schemaNamed(name: string): CatalogSchema | undefined {
    return this.schemas.find((s) => s.entry.name === name);
  }

  /** The ES module source of one schema's compiled validator (`export default validate`). */
  moduleFor(name: string): string {
    const cached = this.#modules.get(name);
    if (cached !== undefined) return cached;
    const schema = this.schemaNamed(name);
    if (schema === undefined) throw new Error(`no shipped schema is named ${name}`);
    const ajv = this.#ajvFor(schema.draft);
    const validate = ajv.getSchema(schema.entry.url);
    if (validate === undefined) throw new Error(`${schema.entry.file}: Ajv did not compile it`);
    const code = standaloneModule(ajv, validate);
    this.#modules.set(name, code);
    return code;
  }

  #ajvFor(draft: Draft): AjvCore {
    let ajv = this.#ajv.get(draft);
    if (ajv === undefined) {
      ajv = createAjv(draft, this);
      for (const s of this.schemas) if (s.draft === draft) ajv.addSchema(s.compiled, s.entry.url);
      this.#ajv.set(draft, ajv);
    }
    return ajv;
  }
}
