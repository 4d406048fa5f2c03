import { badge, found, json, jws, notFound, type PeerSource } from './case.ts';
import { OB3_TYPE, TEAMWORK_BADGE } from './shared-payloads.ts';

// OB30Tests / OB20Tests assert VALID for each baked fixture, which starts with extracting the payload.
// The PNGs put the iTXt chunk after the image data, as ImageMagick writes it.
const simpleJwt = jws('RS256', { jti: 'http://example.com/credentials/3527', iss: 'https://1edtech.edu/issuers/565049', type: OB3_TYPE });
// VCDM 1.1 era: the credential sits in the `vc` claim.
const simpleJwtV1 = jws('RS256', { jti: 'http://example.edu/credentials/3732', vc: { id: 'http://example.edu/credentials/3732', type: OB3_TYPE } });

export const onedtechDcPublicValidator: PeerSource = {
  folder: '1edtech-dc-public-validator',
  cases: [
    {
      state: 'ob3-json-png',
      file: 'fixtures/ob30/simple-json.png',
      peer: 'OB30Tests.testSimplePNGPlainValid: VALID (iTXt openbadgecredential, JSON)',
      expected: found([badge('credential', 'iTXt', json(TEAMWORK_BADGE))]),
    },
    {
      state: 'ob3-vc-jwt-png',
      file: 'fixtures/ob30/simple-jwt.png',
      peer: 'OB30Tests.testSimplePNGJWTValid: VALID (iTXt openbadgecredential, VC-JWT)',
      expected: found([badge('credential', 'iTXt', simpleJwt)]),
    },
    {
      state: 'ob3-vcdm-1.1-jwt-png',
      file: 'fixtures/ob30/simple-jwt_v1.png',
      peer: 'OB30Tests.testSimpleV1PNGJWTValid: VALID with warnings (about the VCDM 1.1 payload, not the baking)',
      expected: found([badge('credential', 'iTXt', simpleJwtV1)]),
    },
    {
      state: 'ob3-json-svg',
      file: 'fixtures/ob30/simple-json.svg',
      peer: 'OB30Tests.testSimpleJsonSVGPlainValid: VALID (<openbadges:credential> CDATA JSON)',
      expected: found([badge('credential', 'cdata', json(TEAMWORK_BADGE), { element: 'openbadges:credential' })]),
    },
    {
      state: 'ob3-vc-jwt-svg',
      file: 'fixtures/ob30/simple-jwt.svg',
      peer: 'OB30Tests.testSimpleJsonSVGJWTValid: VALID (verify="<VC-JWT>")',
      expected: found([badge('credential', 'verify', simpleJwt)]),
    },
    {
      state: 'ob3-vcdm-1.1-jwt-svg',
      file: 'fixtures/ob30/simple-jwt_v1.svg',
      peer: 'OB30Tests.testSimpleV1JsonSVGJWTValid: VALID with warnings (about the payload)',
      expected: found([badge('credential', 'verify', simpleJwtV1)]),
    },
    {
      state: 'ob2-hosted-json-png',
      file: 'fixtures/ob20/simple-badge.png',
      peer: 'OB20Tests.testSimplePNGPlainValid: VALID (iTXt openbadges, hosted assertion JSON)',
      expected: found([badge('assertion', 'iTXt', json({ id: 'https://example.org/beths-robotics-badge.json', type: 'Assertion', verification: { type: 'hosted' } }))]),
    },
    {
      state: 'badge-class-image-unbaked',
      file: 'fixtures/ob20/assets/robotics-badge.png',
      peer: 'served as a BadgeClass image: a plain PNG',
      expected: notFound('no-badge'),
    },
    {
      state: 'assertion-image-unbaked',
      file: 'fixtures/ob20/assets/beths-robot-badge.png',
      peer: 'served as an assertion image: a plain PNG',
      expected: notFound('no-badge'),
    },
    {
      // assertion-with-data-image.json carries the same 1×1 PNG.
      state: 'data-uri-image-unbaked',
      file: 'fixtures/ob20/assets/badge-with-data-image.json',
      dataUriAt: ['image'],
      peer: 'testDataImageInBadge: a data: URI image is allowed in a BadgeClass (a plain PNG)',
      expected: notFound('no-badge'),
    },
  ],
};
