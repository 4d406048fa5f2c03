import { describe, expect, it } from 'vitest';
import { extensionSchemas, validateWithSchema, type SchemaIssue } from '../../../core/schemas/index.ts';

const EXTENSIONS = 'https://w3id.org/openbadges/extensions';

interface ExtensionCase {
  readonly extension: string;
  /** The extension node as a verifier holds it after compacting it with the extension's own context. */
  readonly valid: Record<string, unknown>;
  readonly broken: Record<string, unknown>;
  readonly issue: SchemaIssue;
}

// One example per extension, written from its documented properties, and one way to break it.
const CASES: readonly ExtensionCase[] = [
  {
    extension: 'accessibilityExtension',
    valid: { url: 'https://example.org/captions', accessibilityFeature: 'captions', accessibilityAPI: 'ARIA', accessibilityControl: ['fullKeyboardControl'], accessibilityHazard: 'noFlashingHazard' },
    broken: { url: 'https://example.org/captions' },
    issue: { path: '', message: "must have required property 'accessibilityFeature'" },
  },
  {
    extension: 'applyLinkExtension',
    valid: { url: 'https://example.org/apply' },
    broken: { url: 'apply here' },
    issue: { path: '/url', message: 'must match format "uri"' },
  },
  {
    extension: 'assessmentExtension',
    valid: {
      description: 'One written exam, marked against a rubric.',
      assessments: [
        {
          description: 'A two-hour written exam.',
          type: 'Exam',
          assessmentOutput: 'answers to ten questions',
          hasGroupParticipation: false,
          hasGroupEvaluation: false,
          evaluationMethod: 'Each answer is scored from 0 to 10.',
          rubrics: { identifier: '5c3c0d4e-8d2b-4b4a-9d55-3c1f2c6c8e11', title: 'Exam rubric', rubricCriteria: { identifier: '0f7f4a1e-53b5-4a0e-8f35-6c3f0a3c2b77' } },
        },
      ],
    },
    broken: { description: 'A quiz.', assessments: { description: 'A quiz.', type: 'Quiz', assessmentOutput: 'answers', hasGroupParticipation: false, hasGroupEvaluation: false, evaluationMethod: 'scored' } },
    issue: { path: '/assessments/type', message: 'must be one of "Exam", "Performance", "Artifact"' },
  },
  {
    extension: 'endorsement',
    valid: { description: 'A fine badge, carefully assessed.', endorsedObject: { id: 'https://example.org/badges/robotics', type: 'BadgeClass' } },
    broken: { description: 42 },
    issue: { path: '/description', message: 'must be string' },
  },
  {
    extension: 'exampleExtension',
    valid: { exampleProperty: "I'm a property, short and sweet" },
    broken: { exampleProperty: 1337 },
    issue: { path: '/exampleProperty', message: 'must be string' },
  },
  {
    extension: 'extraDescription',
    valid: { name: 'How it is assessed', narrative: 'Two reviewers read each submission.' },
    broken: { name: 'How it is assessed' },
    issue: { path: '', message: "must have required property 'narrative'" },
  },
  {
    extension: 'geoCoordinatesExtension',
    valid: { name: 'The fort', description: 'That place in the woods where we built the fort', geo: { latitude: 44.5809, longitude: -123.301815 } },
    broken: { description: 'That place in the woods', geo: { latitude: 44.5809 } },
    issue: { path: '/geo', message: "must have required property 'longitude'" },
  },
  {
    extension: 'issuerAccreditationExtension',
    valid: {
      name: 'Board of Accreditation',
      contactInstructions: 'Write to the board.',
      url: 'https://accreditation.example.org/',
      address: { streetAddress: '1 Main St', addressLocality: 'Springfield', addressCountry: 'US' },
      accreditationDate: '2019-05-01',
    },
    broken: { name: 'Board of Accreditation', contactInstructions: 'Write to the board.', url: 'https://accreditation.example.org/', address: {}, accreditationDate: '05/01/2019' },
    issue: { path: '/accreditationDate', message: 'must match pattern "^([0-9]{4})(-?)(1[0-2]|0[1-9])\\2(3[01]|0[1-9]|[12][0-9])$"' },
  },
  {
    extension: 'licenseExtension',
    valid: { id: 'CC-BY-4.0', name: 'Attribution 4.0 International', legalCode: 'https://creativecommons.org/licenses/by/4.0/legalcode' },
    broken: { id: 'GPL-3.0', name: 'GNU General Public License' },
    issue: { path: '/id', message: 'must match pattern "^CC\\-"' },
  },
  {
    extension: 'originalCreatorExtension',
    valid: { url: 'https://example.org/original-creator' },
    broken: {},
    issue: { path: '', message: "must have required property 'url'" },
  },
  {
    extension: 'recipientProfile',
    valid: { name: 'Beth Example', publicKey: 'ecdsa-koblitz-pubkey:14RZvYazz9H2DC2skBfpPVxax54g4yabxe' },
    broken: { name: ['Beth', 'Example'] },
    issue: { path: '/name', message: 'must be string' },
  },
];

/** The one schema the extension's context names, as a verifier finds it. */
function schemaFor(extension: string): string {
  const validations = extensionSchemas(`${EXTENSIONS}/${extension}/context.json`);
  expect(validations).toHaveLength(1);
  return validations[0]!.schemaUrl;
}

describe('OB 2.0 extension schemas', () => {
  it('cover every extension the contexts name', () => {
    expect(CASES.map((c) => c.extension).sort()).toEqual(
      ['accessibilityExtension', 'applyLinkExtension', 'assessmentExtension', 'endorsement', 'exampleExtension', 'extraDescription', 'geoCoordinatesExtension', 'issuerAccreditationExtension', 'licenseExtension', 'originalCreatorExtension', 'recipientProfile'],
    );
  });

  describe.each(CASES.map((c) => [c.extension, c] as const))('%s', (extension, c) => {
    it('accepts an example', async () => {
      expect(await validateWithSchema(schemaFor(extension), c.valid)).toEqual({ known: true, valid: true, issues: [], omitted: 0 });
    });

    it('rejects a broken one and says where and why', async () => {
      const result = await validateWithSchema(schemaFor(extension), c.broken);
      expect(result).toMatchObject({ known: true, valid: false });
      expect(result.known && result.issues).toContainEqual(c.issue);
    });
  });
});
