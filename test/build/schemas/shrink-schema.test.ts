import { describe, expect, it } from 'vitest';
import { createAjv, draftOf } from '../../../build/schemas/ajv-instance.ts';
import { SchemaCatalog } from '../../../build/schemas/catalog.ts';
import { readShipped } from '../../../build/schemas/manifest.ts';
import { REPAIRS } from '../../../build/schemas/repairs.ts';
import { hasPlaceDependentKeywords, shareRepeatedSubschemas, shrinkSchema, withoutAnnotations } from '../../../build/schemas/shrink-schema.ts';
import type { JsonObject } from '../../../build/schemas/subschemas.ts';
import { achievementCredential, clrCredential, endorsementCredential, profile } from '../../support/ob3-documents.ts';

const STRING_OR_MAP = { oneOf: [{ type: 'string' }, { type: 'object', additionalProperties: { type: 'string' } }] };

describe('withoutAnnotations', () => {
  it('drops titles, descriptions, comments and examples from schemas, and nothing from data', () => {
    const schema = {
      title: 'T',
      description: 'D',
      $comment: 'C',
      type: 'object',
      properties: { description: { description: 'a property named description', type: 'string', examples: ['x'] } },
      enum: [{ description: 'an allowed value, kept' }],
      default: { title: 'kept' },
    };
    expect(withoutAnnotations(schema)).toEqual({
      type: 'object',
      properties: { description: { type: 'string' } },
      enum: [{ description: 'an allowed value, kept' }],
      default: { title: 'kept' },
    });
  });
});

describe('shareRepeatedSubschemas', () => {
  it('moves a subschema written twice under $defs and refers to it from both places', () => {
    const shared = shareRepeatedSubschemas({ properties: { a: STRING_OR_MAP, b: { items: STRING_OR_MAP } } }, { definitionsKeyword: '$defs', refTargets: [] });
    expect(shared).toEqual({ properties: { a: { $ref: '#/$defs/shared0' }, b: { items: { $ref: '#/$defs/shared0' } } }, $defs: { shared0: STRING_OR_MAP } });
  });

  it('uses definitions before 2019-09, keeps existing ones and picks a free name', () => {
    const shared = shareRepeatedSubschemas({ definitions: { shared0: { type: 'null' } }, properties: { a: STRING_OR_MAP, b: STRING_OR_MAP } }, { definitionsKeyword: 'definitions', refTargets: [] });
    expect(shared.definitions).toEqual({ shared0: { type: 'null' }, shared1: STRING_OR_MAP });
    expect(shared.properties).toEqual({ a: { $ref: '#/definitions/shared1' }, b: { $ref: '#/definitions/shared1' } });
  });

  it('never moves a subschema a $ref points at or into', () => {
    const copy = () => ({ properties: { inner: STRING_OR_MAP } });
    const schema = { properties: { a: copy(), b: copy(), c: copy() } };
    const shared = shareRepeatedSubschemas(schema, { definitionsKeyword: '$defs', refTargets: [['properties', 'a', 'properties', 'inner']] });
    // b and c are shared whole; a, which a reference reaches into, stays where it is.
    expect(shared.properties).toEqual({ a: copy(), b: { $ref: '#/$defs/shared0' }, c: { $ref: '#/$defs/shared0' } });
  });

  it('leaves small subschemas in place and a document without repeats as it was', () => {
    const schema = { properties: { a: { type: 'string' }, b: { type: 'string' } } };
    expect(shareRepeatedSubschemas(schema, { definitionsKeyword: '$defs', refTargets: [] })).toEqual(schema);
  });
});

describe('shrinkSchema', () => {
  it('moves nothing in a document whose subschemas depend on where they stand', () => {
    for (const keyword of ['$anchor', '$recursiveRef', 'unevaluatedProperties']) {
      const schema = { properties: { a: { ...STRING_OR_MAP, [keyword]: keyword === 'unevaluatedProperties' ? false : 'x' }, b: STRING_OR_MAP, c: STRING_OR_MAP } };
      expect(hasPlaceDependentKeywords(schema)).toBe(true);
      expect(shrinkSchema(schema, { definitionsKeyword: '$defs', refTargets: [] })).toEqual(schema);
    }
    expect(hasPlaceDependentKeywords({ properties: { a: { $id: 'https://example.org/a', type: 'string' } } })).toBe(true);
    expect(hasPlaceDependentKeywords({ $id: 'https://example.org/root', properties: { id: { type: 'string' } } })).toBe(false);
  });
});

const REMOVE = Symbol('remove');

/** Every value in `doc` removed, and replaced by a value of each other JSON type, one change at a time. */
function mutations(doc: unknown): unknown[] {
  const out: unknown[] = [doc];
  const visit = (value: unknown, rebuild: (replacement: unknown | typeof REMOVE) => unknown): void => {
    for (const replacement of [REMOVE, null, 1, 'text', [], {}, [value]]) out.push(rebuild(replacement));
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, (r) => rebuild(r === REMOVE ? value.filter((_, j) => j !== i) : value.map((v, j) => (j === i ? r : v)))));
    } else if (typeof value === 'object' && value !== null) {
      for (const key of Object.keys(value)) {
        visit((value as JsonObject)[key], (r) => {
          const { [key]: _removed, ...others } = value as JsonObject;
          return rebuild(r === REMOVE ? others : { ...(value as JsonObject), [key]: r });
        });
      }
    }
  };
  visit(doc, (r) => (r === REMOVE ? undefined : r));
  return out.filter((d) => d !== undefined);
}

const outcome = (validate: { (data: unknown): boolean; errors?: readonly { instancePath: string; keyword: string; params: unknown; message?: string }[] | null }, data: unknown) => {
  const valid = validate(data);
  const errors = (validate.errors ?? []).map((e) => JSON.stringify([e.instancePath, e.keyword, e.params, e.message])).sort();
  return { valid, errors };
};

describe('a shrunk schema', () => {
  const catalog = new SchemaCatalog();
  const documents = [achievementCredential(), endorsementCredential(), clrCredential(), profile(), { description: 'd', geo: { latitude: 1, longitude: 2 } }, { url: 'https://example.org/', exampleProperty: 'x' }];
  const corpus = documents.flatMap(mutations);

  it(`gives the same verdict and the same errors as the published schema, on ${corpus.length} documents`, () => {
    for (const { entry, compiled, draft } of catalog.schemas) {
      const published = readShipped(entry).document as JsonObject;
      const repair = REPAIRS.get(entry.sha256);
      const original = createAjv(draftOf(published), { warnings: [] }).compile(repair ? repair.apply(published) : published);
      const shrunk = createAjv(draft, { warnings: [] }).compile(compiled);
      for (const data of corpus) expect([entry.name, outcome(shrunk, data)]).toEqual([entry.name, outcome(original, data)]);
    }
  }, 120_000);

  it('is much smaller where the schema repeats itself', () => {
    const size = (name: string) => JSON.stringify(catalog.schemaNamed(name)!.compiled).length;
    const published = (name: string) => JSON.stringify(withoutAnnotations(readShipped(catalog.schemaNamed(name)!.entry).document as JsonObject)).length;
    expect(size('ob3-achievementcredential')).toBeLessThan(published('ob3-achievementcredential') / 2);
  });
});
