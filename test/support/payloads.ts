/** Badge documents shaped as issuers publish them, for tests that need real payloads to bake and read. */

export const ob2HostedAssertion = {
  '@context': 'https://w3id.org/openbadges/v2',
  type: 'Assertion',
  id: 'https://issuer.example/assertions/1001',
  recipient: { type: 'email', hashed: true, salt: 'deadsea', identity: 'sha256$ecf5409f3f4b91ab60cc5ef4c02aef7032354375e70cf4d8e43f6a1d29891942' },
  badge: 'https://issuer.example/badges/robotics',
  verification: { type: 'hosted' },
  issuedOn: '2024-05-01T12:00:00Z',
};

export const ob1HostedAssertion = {
  uid: 'abc-123',
  recipient: { type: 'email', hashed: false, identity: 'learner@example.org' },
  badge: 'https://issuer.example/badge-class.json',
  verify: { type: 'hosted', url: 'https://issuer.example/assertions/abc-123.json' },
  issuedOn: 1388534400,
};

export const ob3Credential = {
  '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
  id: 'urn:uuid:6f9c4b6e-33f4-4b5f-9b3f-2d1b1f0c7a11',
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: { id: 'did:web:issuer.example', type: ['Profile'], name: 'Hochschule Zürich — 日本語 ✓' },
  validFrom: '2025-01-01T00:00:00Z',
  name: 'Teamwork <b>not html</b> & "quotes" ]]> inside',
  credentialSubject: {
    type: ['AchievementSubject'],
    achievement: { id: 'https://issuer.example/achievements/teamwork', type: ['Achievement'], name: 'Teamwork' },
  },
};

export const clrCredential = {
  '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json'],
  id: 'urn:uuid:2b0b8f52-50f8-4d2c-9a0d-0a5f7f3c1e22',
  type: ['VerifiableCredential', 'ClrCredential'],
  issuer: { id: 'https://issuer.example/issuers/1', type: ['Profile'], name: 'Example College' },
  validFrom: '2025-01-01T00:00:00Z',
  credentialSubject: { type: ['ClrSubject'], verifiableCredential: [] },
};

/** Base64url of a JSON value, as a JWS segment. */
export function segment(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** A compact JWS with a well-formed header and payload; baking never checks signatures. */
export function compactJws(payload: unknown, header: unknown = { alg: 'RS256' }): string {
  return `${segment(header)}.${segment(payload)}.${Buffer.from('signature-bytes').toString('base64url')}`;
}
