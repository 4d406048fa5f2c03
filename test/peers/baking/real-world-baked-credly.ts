import { badge, found, json, notFound, type BakingCase, type PeerSource } from './case.ts';
import { OB3_TYPE } from './shared-payloads.ts';

// No peer test asserts these; the INVENTORY records what the earners' downloads hold (all CRCs intact, no
// compression): OB 2.0 hosted assertions in iTXt 'openbadges', OB 3.0 credentials in iTXt 'openbadgecredential'.
const ASSERTIONS = 'https://www.credly.com/api/v1/obi/v2/badge_assertions/';
const ACCLAIM_ASSERTIONS = 'https://www.youracclaim.com/api/v1/obi/v2/badge_assertions/';
const CREDENTIALS = 'https://www.credly.com/api/v1/obi/v3/open_badge_credentials/';

function ob2(state: string, file: string, id: string, equals?: string): BakingCase {
  return {
    state,
    file: `ob2/${file}`,
    peer: 'real-world: iTXt openbadges holding the hosted Assertion JSON',
    expected: found([badge('assertion', 'iTXt', json({ id, type: 'Assertion', verification: { type: 'hosted' } }, equals))]),
  };
}

function ob3(state: string, file: string, uuid: string): BakingCase {
  return {
    state,
    file: `ob3/${file}`,
    peer: 'real-world: iTXt openbadgecredential holding the OpenBadgeCredential JSON (eddsa-rdfc-2022)',
    expected: found([badge('credential', 'iTXt', json({ id: `${CREDENTIALS}${uuid}`, type: OB3_TYPE }))]),
  };
}

export const realWorldBakedCredly: PeerSource = {
  folder: 'real-world-baked-credly',
  cases: [
    ob3('ob3-credential-with-null-field', 'takesection__lightbend-reactive-microservices-l2.png', 'edf48235-dc92-4eb8-adf3-58d497326f9a'),
    ob3('ob3-credential', 'salvamiguel__github-actions.png', '04048512-5b97-4173-a503-effe1f8c9040'),
    // The same credential downloaded twice, re-signed each time.
    ob3('ob3-credential-first-download', 'salvamiguel__aws-saa.proof-2025-03-25T135547.png', '478c8520-becc-43e3-8224-a857f8761e51'),
    ob3('ob3-credential-re-signed-download', 'salvamiguel__aws-saa.proof-2025-03-25T140142.png', '478c8520-becc-43e3-8224-a857f8761e51'),
    ob3('ob3-credential-certification', 'bellyliu__aws-developer-associate.png', 'dc30781a-13ec-452b-aa75-22b3406f151e'),
    ob3('ob3-credential-no-expiry', 'bellyliu__aws-educate-intro-genai.png', '30b598bf-d121-4990-8c98-8268419c700b'),
    ob2(
      'ob2-hosted-with-stand-in',
      'takesection__aws-ml-engineer-associate.png',
      `${ASSERTIONS}a388d729-fc22-4503-9eb8-684947932757`,
      'real-world-baked-credly/ob2/takesection__aws-ml-engineer-associate.hosted-assertion.json',
    ),
    ob2('ob2-hosted-expired', 'imikio__aws-developer-associate.png', `${ASSERTIONS}a3a0744d-d6e6-4297-a6bc-e45b18262ff3`),
    ob2('ob2-hosted-expired-2024', 'lukehackett__aws-cloud-practitioner.png', `${ASSERTIONS}ab30fa45-185b-44e3-b284-31977d15a88a`),
    ob2('ob2-hosted-no-expiry', 'lukehackett__oracle-oca-java8.png', `${ASSERTIONS}4cf1c26a-13d6-4826-960b-a88730fadb52`),
    ob2('ob2-hosted-url-evidence', 'lukehackett__scrumorg-psm-1.png', `${ASSERTIONS}9e2fa46e-0ae8-4222-b2c8-51a47db65f4c`),
    ob2('ob2-hosted-acclaim-text-evidence', 'nishipy__linuxfoundation-cka.youracclaim.png', `${ACCLAIM_ASSERTIONS}a0831f57-4a18-46f5-a14f-508bb2359861`),
    ob2('ob2-hosted-expired-cks', 'nishipy__linuxfoundation-cks.png', `${ASSERTIONS}25095263-7899-432e-b707-561890d4c84b`),
    ob2('ob2-hosted-acclaim-expired', 'nishipy__aws-saa.youracclaim.png', `${ACCLAIM_ASSERTIONS}91f99f5c-f8b6-4056-9da7-aa01f24129f0`),
    // One assertion UUID on both hosts: Acclaim was Credly's old name.
    ob2('ob2-hosted-acclaim-host', 'jschuller__aws-sap.youracclaim.png', `${ACCLAIM_ASSERTIONS}b9ee30d8-ddb0-42ea-bc8b-4c4584642a23`),
    ob2('ob2-hosted-credly-host', 'jschuller__aws-sap.credly.png', `${ASSERTIONS}b9ee30d8-ddb0-42ea-bc8b-4c4584642a23`),
    ob2('ob2-hosted-expired-2025', 'jschuller__comptia-security-plus-ce.png', `${ASSERTIONS}c18d30a2-6db3-4ae0-afea-1573ca19a375`),
    {
      state: 'template-image-unbaked',
      file: 'not-baked/nishipy__ckad-plain-image.png',
      peer: 'real-world: no text chunks (IHDR, IDAT, IEND) → no Open Badges data',
      expected: notFound('no-badge'),
    },
    {
      state: 'baking-lost-in-re-save',
      file: 'not-baked/nishipy__cks-reencoded-xmp-only.png',
      peer: 'real-world: an editor re-save kept eXIf and XMP (iTXt XML:com.adobe.xmp) only → no Open Badges data',
      expected: notFound('no-badge'),
    },
  ],
};
