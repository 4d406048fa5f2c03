import { doc, fails, open, passes, unverified, verified, invalid, type VerifySource } from './case.ts';

const C = 'components';
const HEART = 'raw/public_domain_heart.png';
const BETH = 'https://example.org/beths-robotics-badge.json';
const EARNER = 'nobody@example.org';

// The 0.5 JSON carries no address of its own: nothing says where its issuer hosts it.
const NO_ADDRESS =
  'the peer reports an ERROR ("Could not determine verifiable input … No hosted verification URL found."); we report unverified with the same reason: nothing says the badge is false, only that it cannot be checked with its issuer';

export const badgecheck: VerifySource = {
  folder: 'badgecheck',
  // The `responses` mocks of test_verify.py, test_legacy_versions.py and test_input.py (INVENTORY).
  web: {
    [BETH]: `${C}/2_0_basic_assertion.json`,
    'https://example.org/robotics-badge.json': `${C}/2_0_basic_badgeclass.json`,
    'https://example.org/organization.json': `${C}/2_0_basic_issuer.json`,
    'https://example.org/beths-robot-badge.png': HEART,
    'https://example.org/robotics-badge.png': HEART,
    'http://a.com/instance': `${C}/1_0_basic_assertion.json`,
    'http://a.com/badgeclass': `${C}/1_0_basic_badgeclass.json`,
    'http://a.com/issuer': `${C}/1_0_basic_issuer.json`,
    'https://example.org/baked': { baked: { image: HEART, payload: doc(`${C}/2_0_basic_assertion.json`) } },
  },
  now: '2024-06-01T00:00:00Z',
  nowBecause: 'no component expires and none is dated after 2016-12-31: any later day reads them as the peer did',
  cases: [
    {
      state: 'hosted-2.0-by-url',
      input: { url: BETH },
      identities: [EARNER],
      peer: 'test_verify.test_verify_function: verify(url) VALID, 0 messages',
      expected: verified(
        { version: '2.0', form: 'hosted', recipientMatch: 'matched', fetched: [BETH, 'https://example.org/robotics-badge.json', 'https://example.org/organization.json'] },
        passes('hosted'),
        passes('verification-policy'),
        passes('image', /PNG/),
      ),
    },
    {
      state: 'hosted-2.0-given-as-json',
      input: doc(`${C}/2_0_basic_assertion.json`),
      identities: [EARNER],
      peer: 'test_input.test_input_jsonld_type_detection_replaces_with_url: the JSON\'s id becomes the input and is fetched',
      expected: verified({ version: '2.0', form: 'hosted', recipientMatch: 'matched', fetched: [BETH] }, passes('hosted')),
    },
    {
      state: 'baked-2.0-png',
      input: { baked: { image: HEART, payload: doc(`${C}/2_0_basic_assertion.json`) } },
      identities: [EARNER],
      peer: 'test_verify.test_verify_of_baked_image: bake(heart, 2_0_basic_assertion) VALID; the baked JSON only names the URL, which is re-fetched',
      expected: verified({ version: '2.0', form: 'hosted', recipientMatch: 'matched', fetched: [BETH] }, passes('hosted')),
      note: 'baked at test time with our bakePng, as the peer bakes with openbadges_bakery',
    },
    {
      state: 'baked-2.0-png-by-url',
      input: { url: 'https://example.org/baked' },
      peer: "test_verify.test_verify_of_baked_image: verify('https://example.org/baked') VALID, same validation subject",
      expected: verified({ version: '2.0', form: 'hosted', fetched: ['https://example.org/baked', BETH] }, passes('hosted')),
    },
    {
      state: 'hosted-1.1',
      input: { url: BETH },
      identities: [EARNER],
      serve: {
        [BETH]: doc(`${C}/1_1_basic_assertion.json`),
        'https://example.org/robotics-badge.json': doc(`${C}/1_1_basic_badgeclass.json`),
        'https://example.org/organization.json': doc(`${C}/1_1_basic_issuer.json`),
      },
      peer: 'test_legacy_versions: 1_1_basic_* detected as 1.1 by @context and upgraded (the INVENTORY maps the same URLs to the 1.1 components)',
      expected: verified({ version: '1.1', form: 'hosted', recipientMatch: 'matched' }, passes('hosted'), passes('achievement'), passes('issuer')),
    },
    {
      state: 'hosted-1.0-given-as-json',
      input: doc(`${C}/1_0_basic_assertion.json`),
      identities: ['test@example.com'],
      peer: 'test_legacy_versions.test_json_1_0_assertion_input: verify.url becomes the validation subject and is fetched; upgraded with id = verify.url',
      expected: verified({ version: '1.0', form: 'hosted', recipientMatch: 'matched', fetched: ['http://a.com/instance', 'http://a.com/badgeclass', 'http://a.com/issuer'] }, passes('hosted')),
    },
    {
      state: 'hosted-1.0-extra-properties',
      input: doc(`${C}/1_0_basic_assertion_with_extra_properties.json`),
      serve: { 'http://a.com/instance3': doc(`${C}/1_0_basic_assertion_with_extra_properties.json`) },
      peer: 'test_legacy_versions (full_validate_1_0_to_2_0_conversion): upgraded, extra properties ("snood") kept, valid',
      expected: verified({ version: '1.0', fetched: ['http://a.com/instance3'] }, passes('hosted')),
      note: 'served at its own verify.url, http://a.com/instance3, as the peer\'s conversion test serves it',
    },
    {
      state: 'recipient-string-in-1.0',
      input: doc(`${C}/1_0_assertion_with_errors.json`),
      serve: { 'http://a.com/instance': doc(`${C}/1_0_assertion_with_errors.json`) },
      peer: 'INVENTORY: a bare-string recipient in 1.0 (which requires an IdentityObject) is a validation error',
      expected: invalid(fails(['format', 'recipient'], /recipient/i)),
      note: 'the issuer is made to host this very document at its verify.url, so the hosted copy is the faulty one',
    },
    {
      state: 'json-0.5-without-address',
      input: doc(`${C}/0_5_assertion.json`),
      peer: 'test_input.test_input_json_bad_0_5 / test_json_0_5_assertion_input: ERROR "Could not determine verifiable input from provided JSON. No hosted verification URL found."',
      expected: unverified(open('hosted', /does not say where its issuer hosts it/), { version: '0.5' }),
      differs: NO_ADDRESS,
    },
    {
      state: 'json-0.5-salted-without-address',
      input: doc(`${C}/0_5_1_assertion.json`),
      peer: 'INVENTORY: detected 0.5 (string recipient + salt, no @context); no hosted URL → ERROR',
      expected: unverified(open('hosted', /does not say where its issuer hosts it/), { version: '0.5' }),
      differs: NO_ADDRESS,
    },
  ],
};
