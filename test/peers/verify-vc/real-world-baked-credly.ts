import { doc, fails, open, unverified, type Expected } from '../verify-ob2/case.ts';
import type { VcCase, VcSource } from './case.ts';

const NOT_ASSERTED =
  "real-world: no peer asserts an outcome; INVENTORY: the signature needs the issuer's did:web document on www.credly.com and the 1EdTechRevocationList is on www.credly.com — neither is available offline";

const AWS = '7b741b5c-231d-4925-8041-c64b6846f1c8';
const GITHUB = '63074953-290b-4dce-86ce-ea04b4187219';
const LIGHTBEND = 'fb3d27de-4f33-4ab5-a458-8ed2084a0212';

/** What can be decided offline is decided; the key and the status stay open. */
function offline(issuer: string): Expected {
  return unverified(
    open('key', new RegExp(`DID document of did:web:www\\.credly\\.com:api:v1:obi:v3:issuers:${issuer} could not be read`)),
    { version: '3.0', form: 'data-integrity', fetched: [`https://www.credly.com/api/v1/obi/v3/issuers/${issuer}/did.json`] },
    open('revocation', /revocation list could not be read: www\.credly\.com could not be reached/),
  );
}

function credly(state: string, file: string, issuer: string, note?: string, expected: Expected = offline(issuer)): VcCase {
  return { state, input: doc(`ob3/${file}`), peer: NOT_ASSERTED, expected, ...(note ? { note } : {}) };
}

export const realWorldBakedCredlyVc: VcSource = {
  folder: 'real-world-baked-credly',
  web: {},
  now: '2026-03-01T12:00:00Z',
  nowBecause: 'after the latest proof (2025-10-31, the lightbend download) and before the earliest validUntil (2027-09-06, AWS SAA): the dates read as on the day their owners downloaded them',
  cases: [
    credly('aws-developer-associate', 'bellyliu__aws-developer-associate.png', AWS),
    credly('aws-educate-intro-genai', 'bellyliu__aws-educate-intro-genai.png', AWS),
    credly('aws-saa-first-download', 'salvamiguel__aws-saa.proof-2025-03-25T135547.png', AWS, 'the same credential as the next case, re-signed on each download: both must give the same verdict'),
    credly('aws-saa-second-download', 'salvamiguel__aws-saa.proof-2025-03-25T140142.png', AWS, 'the same credential as the previous case, with another proofValue'),
    credly('github-actions', 'salvamiguel__github-actions.png', GITHUB),
    credly(
      'lightbend-null-target-description',
      'takesection__lightbend-reactive-microservices-l2.png',
      LIGHTBEND,
      'INVENTORY: achievement.alignment[0].targetDescription is null, which fails the OB 3.0 JSON Schema (type string): invalid, whatever the key says',
      { ...offline(LIGHTBEND), status: 'invalid', checks: [...offline(LIGHTBEND).checks, fails('schema', /alignment\/0\/targetDescription/)] },
    ),
  ],
};
