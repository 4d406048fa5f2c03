import { doc, fails, invalid, type VerifySource } from './case.ts';

// The bakery decodes and fetches; it never verifies. What it expects is what comes out of the image.
const NOT_A_BADGE = /not an Open Badge/;

export const mozillaOpenbadgesBakery: VerifySource = {
  folder: 'mozilla-openbadges-bakery',
  // bakery.test.js "should work with URL": a local server answers the baked URL with {band: "grapeful dread"}.
  web: { 'http://example.org/': { text: '{"band":"grapeful dread"}' } },
  now: '2017-01-01T00:00:00Z',
  nowBecause: 'nothing here is dated; the clock is the peer\'s year for the record',
  cases: [
    {
      state: 'signed-jws-of-something-else',
      input: doc('derived/signature.test.jws'),
      peer: 'signature.test.js: the JWS decodes to {verify: {url: "oh sup"}}, RS256 signature good with rsa-public.pem — the bakery checks nothing more',
      expected: invalid(fails('format', NOT_A_BADGE)),
      note: 'the payload is no assertion, so the verdict is decided before its lower-case "rs256" header is looked at',
    },
    {
      state: 'signed-png-of-something-else',
      input: doc('derived/signed-baked.png'),
      peer: 'png.test.js "baking png badges with signatures": debake → {verify: {url: "oh sup"}}',
      expected: invalid(fails('format', NOT_A_BADGE)),
    },
    {
      state: 'signed-svg-of-something-else',
      input: doc('derived/signed-baked.svg'),
      peer: 'svg.test.js "baking svg badges with signatures": debake → {verify: {url: "oh sup"}}',
      expected: invalid(fails('format', NOT_A_BADGE)),
    },
    {
      state: 'url-baked-png-of-something-else',
      input: doc('derived/url-baked.png'),
      peer: 'bakery.test.js "should work with URL": debake fetches http://example.org → {band: "grapeful dread"}',
      expected: invalid(fails('format', NOT_A_BADGE), { fetched: ['http://example.org'] }),
    },
    {
      state: 'svg-with-bad-json',
      input: doc('fixtures/bad-json.svg'),
      peer: 'svg.test.js / bakery.test.js: extract returns the raw text; debake → JSON_PARSE_ERROR',
      expected: invalid(fails('input', /not valid JSON/)),
    },
  ],
};
