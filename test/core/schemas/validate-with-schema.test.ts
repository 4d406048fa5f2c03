import { describe, expect, it } from 'vitest';
import { isKnownSchema, MAX_SCHEMA_ISSUES, validateWithSchema } from '../../../core/schemas/index.ts';
import { readManifest } from '../../../build/schemas/manifest.ts';

const GEO = 'https://w3id.org/openbadges/extensions/geoCoordinatesExtension/schema.json';

describe('validateWithSchema', () => {
  it('answers known: false for a schema it does not ship, and never fetches it', async () => {
    expect(await validateWithSchema('https://state.gov/schema/endorsementcredential.json', {})).toEqual({ known: false });
    expect(await validateWithSchema('', {})).toEqual({ known: false });
    expect(await validateWithSchema('constructor', {})).toEqual({ known: false });
  });

  it('knows a schema by its URL, by each URL that names it, and with an empty fragment', async () => {
    for (const url of [GEO, 'https://openbadgespec.org/extensions/geoCoordinatesExtension/schema.json', `${GEO}#`]) {
      expect(await validateWithSchema(url, { description: 'here', geo: { latitude: 1, longitude: 2 } })).toEqual({ known: true, valid: true, issues: [], omitted: 0 });
    }
  });

  it('validates data of any JSON type', async () => {
    expect(await validateWithSchema(GEO, null)).toEqual({ known: true, valid: false, issues: [{ path: '', message: 'must be object' }], omitted: 0 });
    expect(await validateWithSchema(GEO, 'a string')).toMatchObject({ known: true, valid: false });
  });

  it(`reports at most ${MAX_SCHEMA_ISSUES} issues of a badly broken document`, async () => {
    const assessments = Array.from({ length: 30 }, () => ({ description: 1 }));
    const result = await validateWithSchema('https://openbadgespec.org/extensions/assessmentExtension/schema.json', { description: 'x', assessments });
    expect(result).toMatchObject({ known: true, valid: false });
    if (!result.known) return;
    expect(result.issues).toHaveLength(MAX_SCHEMA_ISSUES);
    expect(result.omitted).toBeGreaterThan(0);
  });
});

describe('isKnownSchema', () => {
  it('knows every shipped schema under every URL the manifest gives it', () => {
    for (const entry of readManifest().schemas) for (const url of [entry.url, ...entry.aliases]) expect(isKnownSchema(url), url).toBe(true);
  });

  it('knows nothing else', () => {
    expect(isKnownSchema('https://purl.imsglobal.org/spec/ob/v3p0/schema/json-ld/ob_v3p0_anyachievementcredential_schema.json')).toBe(false);
    expect(isKnownSchema('__proto__')).toBe(false);
  });
});
