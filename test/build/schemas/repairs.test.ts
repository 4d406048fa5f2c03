import { describe, expect, it } from 'vitest';
import { readManifest, readShipped } from '../../../build/schemas/manifest.ts';
import { REPAIRS } from '../../../build/schemas/repairs.ts';
import { createAjv } from '../../../build/schemas/ajv-instance.ts';
import type { JsonObject } from '../../../build/schemas/subschemas.ts';

describe('schema repairs', () => {
  it('each mends a file that is shipped, byte for byte as pinned', () => {
    const shipped = new Set(readManifest().schemas.map((e) => e.sha256));
    for (const sha256 of REPAIRS.keys()) expect(shipped.has(sha256)).toBe(true);
  });

  it('turn the Accessibility extension schema into one a draft-04 validator accepts, with the requirement it meant', () => {
    const entry = readManifest().schemas.find((e) => e.name === 'ob2-accessibilityExtension')!;
    const published = readShipped(entry).document as JsonObject;
    expect(() => createAjv('draft-04', { warnings: [] }).compile(published)).toThrow(/schema is invalid/);
    const mended = REPAIRS.get(entry.sha256)!.apply(published);
    expect(mended.required).toEqual(['url', 'accessibilityFeature']);
    expect(Object.keys(mended.properties as JsonObject)).not.toContain('required');
    expect(createAjv('draft-04', { warnings: [] }).compile(mended)({ url: 'https://example.org/', accessibilityFeature: 'captions' })).toBe(true);
  });
});
