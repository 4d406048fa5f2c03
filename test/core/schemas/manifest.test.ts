import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, readManifest, sha256Hex } from '../../../build/schemas/manifest.ts';

const manifest = readManifest();
const entries = [...manifest.schemas, ...manifest.contexts];

describe('core/schemas/data/manifest.json', () => {
  it.each(entries.map((e) => [e.file, e] as const))('records the sha256 of %s', (_file, entry) => {
    expect(sha256Hex(readFileSync(path.join(DATA_DIR, entry.file)))).toBe(entry.sha256);
  });

  it('lists every file shipped beside it, and only those', () => {
    const shipped = readdirSync(DATA_DIR, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name !== 'manifest.json')
      .map((e) => path.relative(DATA_DIR, path.join(e.parentPath, e.name)))
      .sort();
    expect(shipped).toEqual(entries.map((e) => e.file).sort());
  });

  it('records where each file came from: a repository, a path in it and a full commit id', () => {
    for (const { source } of entries) {
      expect(source.repo).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(source.path).not.toBe('');
      expect(source.commit).toMatch(/^[0-9a-f]{40}$/);
    }
  });

  it('gives each document a name of its own and each URL to one document', () => {
    for (const list of [manifest.schemas, manifest.contexts]) {
      const names = list.map((e) => e.name);
      expect(new Set(names).size).toBe(names.length);
      const urls = list.flatMap((e) => [e.url, ...e.aliases]);
      expect(new Set(urls).size).toBe(urls.length);
    }
  });

  it("knows each schema by its own $id when it declares one", () => {
    for (const entry of manifest.schemas) {
      const schema = JSON.parse(readFileSync(path.join(DATA_DIR, entry.file), 'utf8')) as { $id?: string };
      if (schema.$id !== undefined) expect(schema.$id).toBe(entry.url);
    }
  });
});
