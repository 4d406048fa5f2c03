import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAllBundledContexts, loadBundledContext } from '../../../core/jsonld/bundled-contexts.ts';
import { contextUrlsIn } from '../../../core/jsonld/context-urls.ts';

const DIR = fileURLToPath(new URL('../../../core/jsonld/contexts/', import.meta.url));

interface PackageEntry { url: string; aliases: string[]; package: string; version: string; sha256: string }
type FileSource = { repo: string; path: string; commit: string } | { package: string; version: string; path: string };
interface FileEntry { url: string; aliases: string[]; file: string; sha256: string; source: FileSource }
const manifest = JSON.parse(readFileSync(path.join(DIR, 'manifest.json'), 'utf8')) as { packages: PackageEntry[]; files: FileEntry[] };
const sha256 = (bytes: string | Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const urlsOf = (e: { url: string; aliases: string[] }): string[] => [e.url, ...e.aliases];

describe('core/jsonld/contexts/manifest.json', () => {
  it.each(manifest.files.map((e) => [e.file, e] as const))('records the sha256 of the bytes of %s', (_file, entry) => {
    expect(sha256(readFileSync(path.join(DIR, entry.file)))).toBe(entry.sha256);
  });

  it.each(manifest.packages.map((e) => [e.url, e] as const))('records the sha256 of %s as its package exports it', async (url, entry) => {
    const { contexts } = (await import(entry.package)) as { contexts: ReadonlyMap<string, object> };
    expect(contexts.get(url), `${entry.package} no longer exports ${url}`).toBeDefined();
    expect(sha256(JSON.stringify(contexts.get(url))), `${entry.package} changed ${url}: review the change before accepting it`).toBe(entry.sha256);
  });

  it('lists every file shipped beside it, and only those', () => {
    const shipped = readdirSync(DIR, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name !== 'manifest.json')
      .map((e) => path.relative(DIR, path.join(e.parentPath, e.name)))
      .sort();
    expect(shipped).toEqual(manifest.files.map((e) => e.file).sort());
  });

  it('records where each file came from: a repository, a path in it and a full commit id, or a file of an npm package', () => {
    for (const { source } of manifest.files) {
      expect(source.path).not.toBe('');
      if ('repo' in source) {
        expect(source.repo).toMatch(/^[\w.-]+\/[\w.-]+$/);
        expect(source.commit).toMatch(/^[0-9a-f]{40}$/);
      } else {
        expect(source.version).toMatch(/^\d+\.\d+\.\d+$/);
      }
    }
  });

  it.each(manifest.files.filter((e) => 'package' in e.source).map((e) => [e.file, e] as const))(
    'holds %s as the npm package it was copied from still publishes it',
    async (_file, entry) => {
      const source = entry.source as { package: string };
      const { contexts } = (await import(source.package)) as { contexts: ReadonlyMap<string, object> };
      expect(JSON.parse(readFileSync(path.join(DIR, entry.file), 'utf8')), `${source.package} changed ${entry.url}: review it, then copy it anew`).toEqual(contexts.get(entry.url));
    },
  );

  it('gives each URL one document', () => {
    const urls = [...manifest.packages, ...manifest.files].flatMap(urlsOf);
    expect(new Set(urls).size).toBe(urls.length);
  });
});

describe('the bundled contexts', () => {
  let bundled: ReadonlyMap<string, object>;
  beforeAll(async () => {
    bundled = await loadAllBundledContexts();
  });

  it('load one at a time, each URL and alias always as the same document', async () => {
    const url = 'https://purl.imsglobal.org/spec/ob/v3p0/context.json';
    expect(await loadBundledContext(url)).toBe(await loadBundledContext(url));
    expect(await loadBundledContext('https://imsglobal.github.io/openbadges-specification/context.json')).toBe(await loadBundledContext(url));
    expect(await loadBundledContext('https://example.org/context.json')).toBeUndefined();
  });

  it('answer exactly the URLs and aliases the manifest names', () => {
    const named = [...manifest.packages, ...manifest.files].flatMap(urlsOf).sort();
    expect([...bundled.keys()].sort()).toEqual(named);
  });

  it('serve each file as its bytes parse', () => {
    for (const entry of manifest.files) {
      expect(bundled.get(entry.url)).toEqual(JSON.parse(readFileSync(path.join(DIR, entry.file), 'utf8')));
    }
  });

  it('include every context that a bundled context itself names', () => {
    const named = [...bundled.values()].flatMap((document) => contextUrlsIn(document));
    expect(named.filter((url) => !bundled.has(url))).toEqual([]);
  });

  it('hold the OB 3.0.3 context as 1EdTech publishes it, not the validator copy that adds endorsementJwt and jti', () => {
    const context = (bundled.get('https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json') as { '@context': Record<string, unknown> })['@context'];
    expect(context).toHaveProperty('OpenBadgeCredential');
    expect(context).not.toHaveProperty('endorsementJwt');
    expect(context).not.toHaveProperty('jti');
  });

  it.each([
    'https://www.w3.org/ns/credentials/v2',
    'https://www.w3.org/2018/credentials/v1',
    'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json',
    'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json',
    'https://w3id.org/security/data-integrity/v2',
    'https://w3id.org/security/suites/ed25519-2020/v1',
    'https://www.w3.org/ns/credentials/status/v1',
    'https://www.w3.org/ns/did/v1',
    'https://w3id.org/security/multikey/v1',
  ])('know %s', (url) => {
    expect(bundled.get(url)).toHaveProperty('@context');
  });
});
