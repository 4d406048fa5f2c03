/**
 * An OB 3.0 credential shaped like the ones Credly bakes today (≈ 5 KB of JSON: embedded issuer profile,
 * achievement with criteria and alignments, identifier, status, schema and an eddsa-rdfc-2022 proof), so the
 * badge chunk costs what a real one costs to check and decode.
 */
const ISSUER = 'did:web:issuer.example:api:v1:obi:v3:issuers:7b741b5c-231d-4925-8041-c64b6846f1c8';

export const benchCredential = {
  '@context': [
    'https://www.w3.org/ns/credentials/v2',
    'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json',
  ],
  id: 'https://issuer.example/api/v1/obi/v3/open_badge_credentials/478c8520-becc-43e3-8224-a857f8761e51',
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  name: 'Solutions Architect – Associate',
  issuer: {
    id: ISSUER,
    type: ['Profile'],
    name: 'Cloud Training and Certification',
    url: 'https://issuer.example/organizations/cloud-training-and-certification',
    email: 'certification@issuer.example',
    description: 'Validated skills in designing distributed systems on a public cloud, tested in a proctored exam.',
  },
  validFrom: '2024-09-06T00:00:00Z',
  validUntil: '2027-09-06T00:00:00Z',
  credentialSubject: {
    type: ['AchievementSubject'],
    identifier: [
      { type: 'IdentityObject', identityHash: 'sha256$5f1e0b3d6a4c2f8e9b7d1a3c5e7f9b2d4c6a8e0f1b3d5c7e9a2b4d6f8c0e1a3b5', identityType: 'emailAddress', hashed: true },
    ],
    achievement: {
      id: 'https://issuer.example/org/cloud-training-and-certification/badge/solutions-architect-associate',
      type: ['Achievement'],
      name: 'Solutions Architect – Associate',
      description:
        'Earners of this certification have a comprehensive understanding of cloud services and technologies. They demonstrated ' +
        'the ability to build secure and robust solutions using architectural design principles based on customer requirements. ' +
        'Badge owners are able to strategically design well-architected distributed systems that are scalable, resilient, ' +
        'efficient, and fault-tolerant.',
      criteria: {
        id: 'https://issuer.example/certification/solutions-architect-associate/',
        narrative: 'Passed the proctored Solutions Architect – Associate exam (SAA-C03) with a scaled score of 720 or more.',
      },
      image: { id: 'https://images.issuer.example/size/680x680/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png', type: 'Image' },
      alignment: Array.from({ length: 6 }, (_, i) => ({
        type: ['Alignment'],
        targetName: `Domain ${i + 1}: ${['Secure Architectures', 'Resilient Architectures', 'High-Performing Architectures', 'Cost-Optimized Architectures', 'Networking', 'Storage'][i]}`,
        targetUrl: `https://issuer.example/certification/solutions-architect-associate/domains/${i + 1}`,
        targetDescription: 'Design architectures that meet the stated requirements while following the well-architected principles.',
        targetFramework: 'Exam guide SAA-C03',
      })),
      creator: { id: ISSUER, type: ['Profile'], name: 'Cloud Training and Certification' },
      tag: ['Cloud', 'Architecture', 'Distributed Systems', 'Security', 'Networking', 'Storage'],
    },
  },
  credentialStatus: {
    id: 'https://issuer.example/api/v1/obi/v3/open_badge_credentials/478c8520-becc-43e3-8224-a857f8761e51/revocation_list',
    type: '1EdTechRevocationList',
  },
  credentialSchema: [
    { id: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json', type: '1EdTechJsonSchemaValidator2019' },
  ],
  proof: [
    {
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      created: '2025-03-25T13:55:47Z',
      verificationMethod: `${ISSUER}#key-0`,
      proofPurpose: 'assertionMethod',
      proofValue: 'z3FXQjecWufY46yg5abdVZsXqLhxhueuSoZgNSARiKBk9czhSePTFehP8c3PGfb6a22gkfUKods5D2UAUL5n2Brbx',
    },
  ],
};

export const benchCredentialJson: string = JSON.stringify(benchCredential);
