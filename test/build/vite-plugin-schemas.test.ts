import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readManifest, sha256Hex } from '../../build/schemas/manifest.ts';
import { schemas } from '../../build/vite-plugin-schemas.ts';
import type * as Schemas from '../../core/schemas/index.ts';
import { achievementCredential } from '../support/ob3-documents.ts';

const ENTRY = fileURLToPath(new URL('../../core/schemas/index.ts', import.meta.url));
const FORBIDDEN = /\beval\s*\(|\bnew\s+Function\b|\bFunction\s*\(|\brequire\s*\(/;
const ACHIEVEMENT_CREDENTIAL = 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json';

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'badge-lens-schemas-'));
  temporary.push(dir);
  return dir;
}

/** core/schemas built as the widget builds it (one ES module, minified), with the plugin, in memory. */
async function buildSchemas(dataDir?: string): Promise<Rolldown.OutputChunk[]> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    plugins: [schemas(dataDir === undefined ? {} : { dataDir })],
    build: { write: false, minify: true, target: 'es2022', lib: { entry: ENTRY, formats: ['es'], fileName: 'schemas' } },
  });
  return (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : [])).filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
}

/** Writes the chunks to a folder and imports the entry with Node itself: no Vite, no transform. */
async function loadBuilt(chunks: readonly Rolldown.OutputChunk[]): Promise<typeof Schemas> {
  const dir = tempDir();
  for (const chunk of chunks) {
    mkdirSync(path.dirname(path.join(dir, chunk.fileName)), { recursive: true });
    writeFileSync(path.join(dir, chunk.fileName), chunk.code);
  }
  const entry = chunks.find((c) => c.isEntry)!;
  return (await import(/* @vite-ignore */ pathToFileURL(path.join(dir, entry.fileName)).href)) as typeof Schemas;
}

describe('the schemas plugin, in a production build', () => {
  let chunks: Rolldown.OutputChunk[];
  beforeAll(async () => {
    chunks = await buildSchemas();
  }, 120_000);

  it('emits no eval, no new Function and no require anywhere', () => {
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect([chunk.fileName, FORBIDDEN.exec(chunk.code)?.[0]]).toEqual([chunk.fileName, undefined]);
  });

  it('gives every schema a chunk of its own, loaded only by dynamic import', () => {
    const entry = chunks.find((c) => c.isEntry)!;
    const names = readManifest().schemas.map((s) => s.name);
    for (const name of names) {
      const chunk = chunks.find((c) => c.name === name);
      expect(chunk, name).toBeDefined();
      expect(entry.imports).not.toContain(chunk!.fileName);
      expect(entry.dynamicImports).toContain(chunk!.fileName);
    }
    // The entry holds the URL table, not the validators.
    expect(entry.code).not.toMatch(/AchievementSubject|must have required property/);
  });

  it('keeps an OB 2.0 extension chunk free of every other schema', () => {
    const applyLink = chunks.find((c) => c.name === 'ob2-applyLinkExtension')!;
    const schemaChunks = new Set(chunks.filter((c) => c.name.startsWith('ob') || c.name.startsWith('clr')).map((c) => c.fileName));
    expect(applyLink.imports.filter((file) => schemaChunks.has(file))).toEqual([]);
    expect(applyLink.code).not.toMatch(/AchievementSubject/);
  });

  it('runs in plain Node as built: validates, and answers known: false for an unknown schema', async () => {
    const built = await loadBuilt(chunks);
    expect(await built.validateWithSchema(ACHIEVEMENT_CREDENTIAL, achievementCredential())).toEqual({ known: true, valid: true, issues: [], omitted: 0 });
    const { issuer: _issuer, ...withoutIssuer } = achievementCredential();
    expect(await built.validateWithSchema(ACHIEVEMENT_CREDENTIAL, withoutIssuer)).toMatchObject({ valid: false, issues: [{ path: '', message: "must have required property 'issuer'" }] });
    expect(await built.validateWithSchema('https://example.org/unknown.json', {})).toEqual({ known: false });
    expect(built.extensionSchemas('https://w3id.org/openbadges/extensions/exampleExtension/context.json')).toHaveLength(1);
  });
});

describe('the schemas plugin, with schemas that refer to each other', () => {
  /** A data folder of the given schemas with a manifest that records them. */
  function dataDir(documents: Record<string, { url: string; schema: object }>): string {
    const dir = tempDir();
    const entries = Object.entries(documents).map(([name, { url, schema }]) => {
      const text = JSON.stringify(schema, null, 2);
      writeFileSync(path.join(dir, `${name}.json`), text);
      return { name, url, aliases: [], file: `${name}.json`, sha256: sha256Hex(new TextEncoder().encode(text)), source: { repo: 'example/example', path: `${name}.json`, commit: '0'.repeat(40) } };
    });
    writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ about: 'test', schemas: entries, contexts: [] }));
    return dir;
  }

  it('resolves a $ref from one shipped schema to another, offline, in each draft', async () => {
    const dir = dataDir({
      credential: {
        url: 'https://example.org/credential.json',
        schema: { $schema: 'https://json-schema.org/draft/2019-09/schema', $id: 'https://example.org/credential.json', type: 'object', properties: { issuer: { $ref: 'profile.json' } }, required: ['issuer'] },
      },
      profile: {
        url: 'https://example.org/profile.json',
        schema: { $schema: 'https://json-schema.org/draft/2019-09/schema', $id: 'https://example.org/profile.json', type: 'object', required: ['id'] },
      },
      extension: {
        url: 'https://example.org/v1/extension.json',
        schema: { $schema: 'http://json-schema.org/draft-04/schema#', type: 'object', properties: { when: { $ref: 'https://example.org/v1/types.json#/definitions/date' } } },
      },
      types: {
        url: 'https://example.org/v1/types.json',
        schema: { $schema: 'http://json-schema.org/draft-04/schema#', definitions: { date: { type: 'string', format: 'date' } } },
      },
    });
    const built = await loadBuilt(await buildSchemas(dir));
    expect(await built.validateWithSchema('https://example.org/credential.json', { issuer: { id: 'x' } })).toMatchObject({ valid: true });
    expect(await built.validateWithSchema('https://example.org/credential.json', { issuer: {} })).toMatchObject({
      valid: false,
      issues: [{ path: '/issuer', message: "must have required property 'id'" }],
    });
    expect(await built.validateWithSchema('https://example.org/v1/extension.json', { when: '2024-02-30' })).toMatchObject({
      valid: false,
      issues: [{ path: '/when', message: 'must match format "date"' }],
    });
  }, 60_000);

  it('refuses to build a schema whose bytes are not the ones the manifest records', async () => {
    const dir = dataDir({ a: { url: 'https://example.org/a.json', schema: { $schema: 'https://json-schema.org/draft/2019-09/schema', type: 'object' } } });
    writeFileSync(path.join(dir, 'a.json'), '{"$schema": "https://json-schema.org/draft/2019-09/schema", "type": "string"}');
    await expect(buildSchemas(dir)).rejects.toThrow(/sha256/);
  }, 60_000);
});
