import { doc, fails, invalid, passes, verified, warns, type VerifyCase, type VerifySource } from './case.ts';

const WEBMAKER = 'https://badges.webmaker.org/badge/assertion/';
const EMILY_URL = `${WEBMAKER}c5da4a92da939cc3342786a3164a8a50ee38c454ef44db35dc524da52226a01d`;
const SUNNY_URL = `${WEBMAKER}227ab06150d6053d42eeaa37cc4e18b55431df122630cb8e72563de89c97d74e`;
// Where the peer's test page served its JSON fixtures from; here on the issuer's own origin, as a real hosted 0.5 badge lives.
const TEST_JSON = 'https://badges.webmaker.org/test/json/';
const EMILY = 'emily@mozillafoundation.org';
const SUNNY = 'sunny@mozillafoundation.org';

const SOMEONE_ELSE =
  "the peer fails a badge issued to someone other than the viewer; we keep the verdict about the badge (genuine: verified) and report whose it is apart, as recipientMatch 'mismatched' with a recipient warning — a page may rightly show a badge its viewer does not hold";

function image(state: string, file: string, identity: string, peer: string, extra: Partial<VerifyCase> = {}): VerifyCase {
  return {
    state,
    input: doc(`fixtures/img/${file}`),
    identities: [identity],
    peer,
    expected: verified({ version: '0.5', form: 'hosted', recipientMatch: 'matched' }, passes('hosted'), passes('recipient')),
    ...extra,
  };
}

function json(state: string, file: string, identity: string): VerifyCase {
  return {
    state,
    input: { url: `${TEST_JSON}${file}` },
    identities: [identity],
    peer: `verifier-verifyAssertion-tests.js "Successful assertion request": getAssertion('json/${file}') then verifyAssertion('${identity}') succeed`,
    expected: verified({ version: '0.5', form: 'hosted', recipientMatch: 'matched' }, passes('hosted'), passes('recipient', new RegExp(identity))),
    note: "the peer's test page loaded the file from its own origin; it is served from the issuer's origin (0.5 has no id: the URL it came from is its address, and it must be on the issuer's origin)",
  };
}

const otherRecipient = (state: string, file: string, identity: string, peer: string): VerifyCase =>
  image(state, file, identity, peer, {
    expected: verified({ version: '0.5', recipientMatch: 'mismatched' }, warns('recipient', /someone else/)),
    differs: SOMEONE_ELSE,
  });

export const openbadgesVerifierChrome: VerifySource = {
  folder: 'openbadges-verifier-chrome',
  web: {
    [EMILY_URL]: 'fixtures/json/emily-mozfestivator.json',
    [SUNNY_URL]: 'fixtures/json/sunny-mozfesticipant.json',
    [TEST_JSON]: 'fixtures/json',
  },
  now: '2013-06-01T00:00:00Z',
  nowBecause: 'the 0.5 assertions carry no dates; the clock is the peer\'s year (2013) for the record',
  cases: [
    image('webmaker-text-url', 'emily-mozfestivator.png', EMILY, "verifier-verify-tests.js \"Successful verification\": verify('emily@…', emily-mozfestivator.png) VALID", {
      expected: verified({ version: '0.5', form: 'hosted', recipientMatch: 'matched', fetched: [EMILY_URL] }, passes('hosted'), passes('recipient', /emily@/), passes('verification-policy')),
    }),
    image('webmaker-text-url-hashed-recipient', 'sunny-mozfesticipant.png', SUNNY, "verifier-verify-tests.js \"Successful verification\": verify('sunny@…', sunny-mozfesticipant.png) VALID", {
      expected: verified({ version: '0.5', form: 'hosted', recipientMatch: 'matched', fetched: [SUNNY_URL] }, passes('hosted'), passes('recipient', /sunny@/)),
    }),
    otherRecipient('webmaker-text-url-other-viewer', 'emily-mozfestivator.png', SUNNY, "verifier-verify-tests.js \"Failed verification: Wrong email\": verify('sunny@…', emily's badge) fails"),
    otherRecipient('webmaker-hashed-other-viewer', 'sunny-mozfesticipant.png', 'brian@mozillafoundation.org', "verifier-verify-tests.js \"Failed verification: Wrong email\": verify('brian@…', sunny's badge) fails"),
    otherRecipient('webmaker-hashed-another-viewer', 'sunny-mozfesticipant.png', EMILY, "verifier-verify-tests.js \"Failed verification: Wrong email\": verify('emily@…', sunny's badge) fails"),
    {
      state: 'png-without-text-chunks',
      input: doc('fixtures/img/no-text-chunk.png'),
      peer: 'verifier-getAssertionUrl-tests.js: error "Not a badge."',
      expected: invalid(fails('input', /no Open Badge/)),
    },
    json('plain-recipient', 'emily-mozfestivator.json', EMILY),
    json('md5-recipient', 'md5-emily-mozfestivator.json', EMILY),
    json('sha256-recipient', 'sha256-emily-mozfestivator.json', EMILY),
    json('sha512-recipient', 'sha512-emily-mozfestivator.json', EMILY),
    json('sha256-recipient-other-salt', 'sunny-mozfesticipant.json', SUNNY),
    {
      state: 'unknown-hash-algorithm',
      input: { url: `${TEST_JSON}unsupported-hash.json` },
      identities: [EMILY],
      peer: 'verifier-getAssertion-tests.js "Unsupported hash algorithm": error "1337 hash is not supported."',
      expected: invalid(fails('format', /recipient must be an email address or a hash/)),
    },
    {
      state: 'json-not-an-assertion',
      input: { url: `${TEST_JSON}not-assertion.json` },
      peer: 'verifier-getAssertion-tests.js "JSON not assertion": error "Invalid assertion."',
      expected: invalid(fails('format', /not an Open Badge/)),
    },
  ],
};
