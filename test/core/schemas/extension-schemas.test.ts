import { describe, expect, it } from 'vitest';
import { extensionSchemas, isKnownSchema } from '../../../core/schemas/index.ts';
import { readManifest } from '../../../build/schemas/manifest.ts';

describe('extensionSchemas', () => {
  it('gives the type and schema an OB 2.0 extension context names', () => {
    expect(extensionSchemas('https://w3id.org/openbadges/extensions/applyLinkExtension/context.json')).toEqual([
      {
        validatesType: 'extensions:ApplyLink',
        validatesTypeIri: 'https://w3id.org/openbadges/extensions#ApplyLink',
        schemaUrl: 'https://openbadgespec.org/extensions/applyLinkExtension/schema.json',
      },
    ]);
  });

  it('answers the same for the URL the context was published at before w3id.org', () => {
    expect(extensionSchemas('https://openbadgespec.org/extensions/applyLinkExtension/context.json')).toEqual(
      extensionSchemas('https://w3id.org/openbadges/extensions/applyLinkExtension/context.json'),
    );
  });

  it("expands a type the context defines as a term, and keeps one it cannot expand as written", () => {
    expect(extensionSchemas('https://w3id.org/openbadges/extensions/endorsement/context.json')).toEqual([
      {
        validatesType: 'endorsement',
        validatesTypeIri: 'https://w3id.org/openbadges/extensions#Endorsement',
        schemaUrl: 'https://w3id.org/openbadges/extensions/endorsement/schema.json',
      },
    ]);
    // The Accessibility context writes "extensions#accessibility": no prefix, no term, so no IRI.
    expect(extensionSchemas('https://w3id.org/openbadges/extensions/accessibilityExtension/context.json')).toEqual([
      { validatesType: 'extensions#accessibility', schemaUrl: 'https://openbadgespec.org/extensions/accessibilityExtension/schema.json' },
    ]);
  });

  it('gives the OB 1.1 context its four type validations', () => {
    expect(extensionSchemas('https://w3id.org/openbadges/v1').map((v) => [v.validatesType, v.schemaUrl])).toEqual([
      ['Assertion', 'https://openbadgespec.org/v1/schema/assertion.json'],
      ['BadgeClass', 'https://openbadgespec.org/v1/schema/badgeclass.json'],
      ['Issuer', 'https://openbadgespec.org/v1/schema/issuer.json'],
      ['Extension', 'https://openbadgespec.org/v1/schema/extension.json'],
    ]);
  });

  it('names only schemas that are shipped, for every shipped context', () => {
    const contexts = readManifest().contexts.flatMap((c) => [c.url, ...c.aliases]);
    expect(contexts).toHaveLength(24);
    for (const url of contexts) {
      const validations = extensionSchemas(url);
      expect(validations.length, url).toBeGreaterThan(0);
      for (const { schemaUrl } of validations) expect(isKnownSchema(schemaUrl), schemaUrl).toBe(true);
    }
  });

  it('is empty for a context it does not ship, and cannot be changed by a caller', () => {
    expect(extensionSchemas('https://example.org/unknownExtensionContext')).toEqual([]);
    expect(extensionSchemas('https://w3id.org/openbadges/v2')).toEqual([]);
    expect(Object.isFrozen(extensionSchemas('https://w3id.org/openbadges/v1'))).toBe(true);
    expect(Object.isFrozen(extensionSchemas('https://w3id.org/openbadges/v1')[0])).toBe(true);
  });
});
