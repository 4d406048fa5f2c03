import { notFound, type PeerSource } from './case.ts';

// Peers that hold images only as artwork: each must come back as "no badge" (or "not a PNG or SVG"), never
// as a badge made up from some other text chunk.

export const badgecheck: PeerSource = {
  folder: 'badgecheck',
  cases: [
    {
      state: 'base-image-unbaked',
      file: 'raw/public_domain_heart.png',
      peer: 'the UNBAKED base image test_verify bakes 2_0_basic_assertion into',
      expected: notFound('no-badge'),
    },
  ],
};

export const dccVcTestFixtures: PeerSource = {
  folder: 'dcc-vc-test-fixtures',
  cases: [
    {
      state: 'qr-code-unbaked',
      file: 'qr-not-baked/legacy-noStatus-noExpiry.qr.png',
      peer: 'a QR code of the credential URL, not a baked badge',
      expected: notFound('no-badge'),
    },
  ],
};

export const mozillaOpenbadgesValidator: PeerSource = {
  folder: 'mozilla-openbadges-validator',
  cases: [
    {
      state: 'large-image-unbaked',
      file: 'fixtures/cc.large.png',
      peer: 'resources.test.js: served as a badge image (tEXt Software only)',
      expected: notFound('no-badge'),
    },
    {
      state: 'data-uri-image-unbaked',
      file: 'fixtures/test-data.json',
      dataUriAt: ['IMAGE_DATA_URLS', 'good', 0],
      peer: 'validator.test.js: a good image data URL (a 5×5 PNG)',
      expected: notFound('no-badge'),
    },
  ],
};

const EMBEDDED_IMAGE = ['credentialSubject', 'achievement', 'image', 'id'];

export const educredentialsObv3Examples: PeerSource = {
  folder: 'educredentials-obv3-examples',
  cases: ['regular', 'microcredential', 'extracurricular'].map((variant) => ({
    state: `embedded-jpeg-${variant}`,
    file: `credentials/theed_${variant}_embedded_ho.json`,
    dataUriAt: EMBEDDED_IMAGE,
    peer: 'the achievement image as a data:image/jpeg URI in a schema-valid credential',
    expected: notFound('not-an-image'),
  })),
};
