import { badge, found, json, jws, notFound, text, url, type PeerSource } from './case.ts';

// lib/svg.js extracts the CDATA body when there is one, else `verify`; lib/png.js the first tEXt or iTXt
// 'openbadges' chunk. The derived images reproduce what its tests bake at run time.
const SIGNATURE_JWS = 'mozilla-openbadges-bakery/derived/signature.test.jws';
// node-jws wrote the algorithm in lower case; baking hands the text on as it is, and verification decides.
const ohSup = jws('rs256', { verify: { url: 'oh sup' } }, SIGNATURE_JWS);

export const mozillaOpenbadgesBakery: PeerSource = {
  folder: 'mozilla-openbadges-bakery',
  cases: [
    {
      state: 'svg-json-with-verify-url',
      file: 'fixtures/baked.svg',
      peer: 'svg.test.js "svg data extraction: all good": JSON whose verify.url = http://example.org',
      expected: found([badge('assertion', 'cdata', json({ verify: { url: 'http://example.org' } }), { verify: 'http://example.org' })]),
    },
    {
      state: 'svg-empty-cdata',
      file: 'fixtures/no-json.svg',
      peer: 'svg.test.js "svg data extraction: no json": the verify attribute, http://example.org',
      expected: found([badge('assertion', 'verify', url('http://example.org'))]),
    },
    {
      state: 'svg-invalid-json',
      file: 'fixtures/bad-json.svg',
      peer: 'extract returns the raw string; debake then fails with JSON_PARSE_ERROR',
      expected: found([badge('assertion', 'cdata', text('{verify:{"url":"http://example.org"}}'), { verify: 'http://example.org' })]),
    },
    {
      state: 'svg-unbaked',
      file: 'fixtures/unbaked.svg',
      peer: 'svg.test.js "svg extraction: not baked": IMAGE_UNBAKED',
      expected: notFound('no-badge'),
    },
    {
      state: 'png-unbaked',
      file: 'fixtures/unbaked.png',
      peer: 'IMAGE_UNBAKED (only a tEXt Software chunk)',
      expected: notFound('no-badge'),
    },
    {
      state: 'png-signed',
      file: 'derived/signed-baked.png',
      peer: 'bakery.test.js "baking png badges with signatures": debake → {verify:{url:"oh sup"}}',
      expected: found([badge('assertion', 'iTXt', ohSup)]),
    },
    {
      state: 'svg-signed',
      file: 'derived/signed-baked.svg',
      peer: 'bakery.test.js "baking svg badges with signatures": debake → {verify:{url:"oh sup"}}',
      expected: found([badge('assertion', 'verify', ohSup)]),
    },
    {
      state: 'png-hosted-url',
      file: 'derived/url-baked.png',
      peer: 'bakery.test.js "should work with URL": the URL http://example.org, then fetched',
      expected: found([badge('assertion', 'iTXt', url('http://example.org'))]),
    },
  ],
};
