/** OB 3.0 and CLR 2.0 documents built field by field, for schema tests that must not lean on fixtures. */

export const OB3_CONTEXTS = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'];

/** An issuer Profile as OB 3.0 §B.2.6 describes it. */
export function profile(): Record<string, unknown> {
  return {
    id: 'https://issuer.example/issuers/1',
    type: ['Profile'],
    name: 'Example College',
    url: 'https://issuer.example/',
    email: 'registrar@issuer.example',
    address: { type: ['Address'], addressCountry: 'Netherlands', geo: { type: 'GeoCoordinates', latitude: 52.37, longitude: 4.89 } },
    otherIdentifier: [{ type: 'IdentifierEntry', identifier: '12345', identifierType: 'sourcedId' }],
  };
}

/** An OB 3.0 AchievementCredential with the properties OB 3.0 §B.1 requires and a good share of those it allows. */
export function achievementCredential(): Record<string, unknown> {
  return {
    '@context': [...OB3_CONTEXTS],
    id: 'urn:uuid:91537dba-56cb-11ec-bf63-0242ac130002',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: 'Teamwork',
    issuer: profile(),
    validFrom: '2025-01-01T00:00:00Z',
    validUntil: '2030-01-01T00:00:00Z',
    credentialSubject: {
      id: 'did:example:learner',
      type: ['AchievementSubject'],
      identifier: [{ type: 'IdentityObject', identityHash: 'sha256$0a1b', identityType: 'emailAddress', hashed: true, salt: 'pepper' }],
      achievement: {
        id: 'https://issuer.example/achievements/teamwork',
        type: ['Achievement'],
        name: 'Teamwork',
        description: 'Works well with others.',
        criteria: { narrative: 'Led a team project to completion.' },
        achievementType: 'Badge',
        image: { id: 'https://issuer.example/teamwork.png', type: 'Image', caption: 'Two hands' },
        alignment: [{ type: ['Alignment'], targetName: 'Collaboration', targetUrl: 'https://framework.example/collaboration', targetType: 'ceasn:Competency' }],
        resultDescription: [{ id: 'urn:uuid:1', type: ['ResultDescription'], name: 'Grade', resultType: 'LetterGrade', allowedValue: ['A', 'B', 'C'] }],
        tag: ['teamwork', 'collaboration'],
      },
      result: [{ type: ['Result'], resultDescription: 'urn:uuid:1', value: 'A' }],
    },
    evidence: [{ id: 'https://issuer.example/evidence/1', type: ['Evidence'], narrative: 'The project report.' }],
    credentialSchema: [{ id: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json', type: '1EdTechJsonSchemaValidator2019' }],
    credentialStatus: { id: 'https://issuer.example/status/1', type: '1EdTechRevocationList' },
  };
}

/** An OB 3.0 EndorsementCredential. */
export function endorsementCredential(): Record<string, unknown> {
  return {
    '@context': [...OB3_CONTEXTS],
    id: 'urn:uuid:2f1bd2d8-3b8e-4a5f-9a6b-1c2d3e4f5a6b',
    type: ['VerifiableCredential', 'EndorsementCredential'],
    name: 'An endorsement of Teamwork',
    issuer: { id: 'https://endorser.example/', type: ['Profile'] },
    validFrom: '2025-01-01T00:00:00Z',
    credentialSubject: { id: 'https://issuer.example/achievements/teamwork', type: ['EndorsementSubject'], endorsementComment: 'Rigorous.' },
  };
}

/** A CLR 2.0 ClrCredential holding the given credentials. */
export function clrCredential(credentials: readonly unknown[] = [achievementCredential()]): Record<string, unknown> {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id: 'urn:uuid:2b0b8f52-50f8-4d2c-9a0d-0a5f7f3c1e22',
    type: ['VerifiableCredential', 'ClrCredential'],
    name: 'Transcript',
    issuer: profile(),
    validFrom: '2025-01-01T00:00:00Z',
    credentialSubject: { id: 'did:example:learner', type: ['ClrSubject'], verifiableCredential: [...credentials] },
  };
}
