import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the shipped schemas and contexts live, with manifest.json beside them. */
export const DATA_DIR: string = fileURLToPath(new URL('../../core/schemas/data/', import.meta.url));

/** Where a shipped file was copied from. */
export interface FileSource {
  readonly repo: string;
  readonly path: string;
  readonly commit: string;
}

/** One shipped document: a JSON Schema or a JSON-LD context. */
export interface ManifestEntry {
  /** Short stable name; also the name of the schema's compiled chunk. */
  readonly name: string;
  /** The URL the document is known by (a schema's `$id` when it has one). */
  readonly url: string;
  /** Other URLs that name the same document (redirect targets, the URL an extension context names). */
  readonly aliases: readonly string[];
  /** Path under core/schemas/data/. */
  readonly file: string;
  /** SHA-256 of the file's bytes, hex. */
  readonly sha256: string;
  readonly source: FileSource;
  readonly note?: string;
}

export interface Manifest {
  readonly about: string;
  readonly schemas: readonly ManifestEntry[];
  readonly contexts: readonly ManifestEntry[];
}

/** A shipped document, read and checked against its manifest entry. */
export interface ShippedDocument {
  readonly entry: ManifestEntry;
  readonly document: unknown;
}

export function readManifest(dataDir: string = DATA_DIR): Manifest {
  return JSON.parse(readFileSync(path.join(dataDir, 'manifest.json'), 'utf8')) as Manifest;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Reads a shipped file and refuses one whose bytes are not the ones the manifest records, so an edited
 * schema never ships in place of the published one.
 */
export function readShipped(entry: ManifestEntry, dataDir: string = DATA_DIR): ShippedDocument {
  const bytes = readFileSync(path.join(dataDir, entry.file));
  const actual = sha256Hex(bytes);
  if (actual !== entry.sha256) {
    throw new Error(`${entry.file}: sha256 is ${actual}, the manifest records ${entry.sha256}`);
  }
  return { entry, document: JSON.parse(new TextDecoder().decode(bytes)) as unknown };
}
