import { fullFormats } from 'ajv-formats/dist/formats.js';
import { describe, expect, it } from 'vitest';
import { formats } from '../../../../core/schemas/runtime/formats.ts';

// Values on both sides of each rule: days per month and leap years, offsets, leap seconds, URIs with and
// without a scheme.
const CASES: Readonly<Record<string, readonly string[]>> = {
  date: ['2024-02-29', '2023-02-29', '1900-02-29', '2000-02-29', '2024-04-31', '2024-12-31', '2024-13-01', '2024-00-10', '2024-1-01', '24-01-01', ''],
  time: ['12:00:00Z', '12:00:00', '12:00:00+01:00', '12:00:00.123-05:30', '24:00:00Z', '23:59:60Z', '23:59:60+01:00', '00:59:60+01:00', '12:00:00+24:00', '12:00:00+0100'],
  'date-time': ['2025-01-01T00:00:00Z', '2025-01-01t00:00:00z', '2025-01-01 00:00:00Z', '2025-01-01T00:00:00', '2025-02-30T00:00:00Z', '2025-01-01T00:00:00.5+02:00', '2025-01-01', '2016-12-31T23:59:60Z'],
  uri: ['https://example.org/a?b=c#d', 'urn:uuid:91537dba-56cb-11ec-bf63-0242ac130002', 'did:example:123', 'mailto:a@example.org', 'example.org', '/relative/path', 'http://[::1]:8080/', 'http://exa mple.org', 'ecdsa-koblitz-pubkey:14RZvYazz9H2DC2skBfpPVxax54g4yabxe', ''],
};

const ajvCheck = (name: string): ((value: string) => boolean) => {
  const format = fullFormats[name as keyof typeof fullFormats];
  if (typeof format === 'function') return format as (value: string) => boolean;
  if (typeof format === 'object' && !(format instanceof RegExp) && typeof format.validate === 'function') return format.validate as (value: string) => boolean;
  throw new Error(`ajv-formats has no function for ${name}`);
};

describe('runtime formats', () => {
  it('define the function formats the build can compile against', () => {
    expect(Object.keys(formats).sort()).toEqual(['date', 'date-time', 'time', 'uri']);
  });

  it.each(Object.entries(CASES))('judge %s values exactly as ajv-formats does', (name, values) => {
    const ours = formats[name]!;
    const theirs = ajvCheck(name);
    expect(values.map((v) => [v, ours(v)])).toEqual(values.map((v) => [v, theirs(v)]));
  });

  it('accept and refuse what RFC 3339 and RFC 3986 do', () => {
    expect(formats.date!('2024-02-29')).toBe(true);
    expect(formats.date!('2023-02-29')).toBe(false);
    expect(formats['date-time']!('2025-01-01T00:00:00Z')).toBe(true);
    expect(formats['date-time']!('2025-01-01T00:00:00')).toBe(false);
    expect(formats.uri!('urn:uuid:91537dba-56cb-11ec-bf63-0242ac130002')).toBe(true);
    expect(formats.uri!('example.org')).toBe(false);
  });
});
