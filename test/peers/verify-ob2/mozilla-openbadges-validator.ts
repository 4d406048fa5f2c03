import {
  dataUriOf,
  doc,
  fails,
  invalid,
  jsonOf,
  open,
  passes,
  revoked,
  selfHosted,
  unverified,
  verified,
  warns,
  type Signed,
  type VerifyCase,
  type VerifySource,
} from './case.ts';
import { ASSERTION, BADGE, GEN, ISSUER, ORIGIN, VALUE_TABLE_CASES } from './mozilla-value-table.ts';

const D = 'derived';
const PUBLIC_KEY = `${ORIGIN}/public-key`;
const BRIAN = 'brian@mozillafoundation.org';

/** full.test.js signs the 1.0 generator with verify { type: signed, url: …/public-key } using node-jws. */
const signed = (alg: string, set: Record<string, unknown> = {}, key = 'fixtures/rsa-private.pem'): { signed: Signed } => ({
  signed: { payload: doc(GEN.assertion, { verify: { type: 'signed', url: PUBLIC_KEY }, ...set }), header: { alg }, key },
});
const UPPER_RS256 =
  'signed with the header spelt "RS256" so that the case tests what it is about; the peer\'s node-jws writes "rs256", which we refuse (see signed-1.0-lower-case-alg)';

const UNREACHABLE =
  'an address that cannot be reached leaves the verdict open: unverified, never invalid (DESIGN: anything the core could not decide is unverified) — the peer reports an "unreachable" error';
const SIGNED_DATA_ONLY =
  'the peer refuses a signed badge given as an object ("verify-type-mismatch"); we report unverified: the data may be genuine, but without its signature nothing can prove it';
const ISSUERS_COPY =
  "OB 2.0 §Hosted verification: only the issuer's copy is trusted and shown; a copy given that differs from it is not a reason to fail (we warn when recipient, badge or dates differ) — the peer demands deep equality, which its INVENTORY notes was its users' top complaint";

export const mozillaOpenbadgesValidator: VerifySource = {
  folder: 'mozilla-openbadges-validator',
  // The nock mocks of full.test.js and errors.test.js; images: fixtures/cc.large.png (INVENTORY).
  web: {
    [ASSERTION]: GEN.assertion,
    [BADGE]: GEN.badge,
    [ISSUER]: GEN.issuer,
    [PUBLIC_KEY]: 'fixtures/rsa-public.pem',
    [`${ORIGIN}/revocation-list`]: { text: '{"found":true}' },
    [`${ORIGIN}/image`]: 'fixtures/cc.large.png',
    [`${ORIGIN}/badge-image`]: 'fixtures/cc.large.png',
    [`${ORIGIN}/assertion-image`]: 'fixtures/cc.large.png',
    [`${ORIGIN}/issuer-image`]: 'fixtures/cc.large.png',
  },
  now: '2013-03-01T00:00:00Z',
  nowBecause:
    'the generators date their badges 2013 (0.5: issued 2013-01-01, expires 2013-06-06; 1.0: issued 2013-02-18, expires 2014-02-18) and the peer checks no dates: a day inside both windows reproduces it',
  cases: [
    {
      state: '0.5-given-as-object',
      input: doc(GEN.v05),
      peer: 'full.test.js "0.5.0 validation": validator(object) no errors',
      expected: unverified(open('hosted', /does not say where its issuer hosts it/), { version: '0.5' }),
      differs: 'a 0.5 assertion has no address of its own: given alone it cannot be checked with its issuer, so it is unverified (the peer checks its structure and fetches its resources only)',
    },
    {
      state: '0.5-by-url',
      input: { url: ASSERTION },
      identities: [BRIAN],
      serve: { [ASSERTION]: doc(GEN.v05) },
      peer: 'full.test.js "0.5.0 validation by url": no errors, version 0.5.0',
      expected: verified({ version: '0.5', form: 'hosted', recipientMatch: 'matched' }, passes('hosted'), passes('verification-policy'), passes('recipient')),
    },
    {
      state: '0.5-by-url-without-criteria',
      input: { url: ASSERTION },
      serve: { [ASSERTION]: doc(GEN.v05, { 'badge.criteria': null }) },
      peer: 'full.test.js "0.5.0 validation by url fail: invalid structure": error "structure", badge.criteria',
      expected: invalid(fails('achievement', /criteria/)),
    },
    {
      state: '0.5-by-url-not-found',
      input: { url: ASSERTION },
      serve: { [ASSERTION]: { status: 404 } },
      peer: 'full.test.js "0.5.0 validation by url fail: assertion unreachable": error "http-status" (404)',
      expected: invalid(fails('input', /404/)),
    },
    {
      state: '0.5-without-recipient',
      input: doc(GEN.v05, { recipient: null }),
      peer: 'errors.test.js "0.5 missing required element": error',
      expected: invalid(fails('format', /recipient/)),
    },
    {
      state: '0.5-badge-image-not-found',
      input: { url: ASSERTION },
      serve: { [ASSERTION]: doc(GEN.v05), [`${ORIGIN}/image`]: { status: 404 } },
      peer: 'errors.test.js "0.5 assertion with non-existant badge image": error "resources", assertion.badge.image http-status',
      expected: verified({ version: '0.5' }, warns('image', /404/)),
      differs: 'an image is evidence of nothing: a missing badge image warns and does not fail a genuine badge (core/verify/image.ts)',
    },
    {
      state: '1.0-hosted-given-as-object',
      input: doc(GEN.assertion),
      identities: [BRIAN],
      peer: 'full.test.js "1.0.0 hosted validation": no errors, version 1.0.0',
      expected: verified({ version: '1.0', form: 'hosted', recipientMatch: 'matched', fetched: [ASSERTION, BADGE, ISSUER] }, passes('hosted'), passes('verification-policy')),
    },
    {
      state: '1.0-hosted-by-url',
      input: { url: ASSERTION },
      peer: 'full.test.js "1.0.0 hosted validation by url": no errors',
      expected: verified({ version: '1.0', form: 'hosted' }, passes('hosted')),
    },
    {
      state: '1.0-hosted-data-uri-image',
      input: { url: ASSERTION },
      serve: { [ASSERTION]: doc(GEN.assertion, { image: dataUriOf('fixtures/cc.large.png', 'image/png') }) },
      peer: 'full.test.js "1.0.0 hosted validation by url with dataURI image": no errors (OB 1.0: an assertion image is "Data URL or URL")',
      expected: verified({ version: '1.0' }, passes('hosted')),
    },
    {
      state: '1.0-object-saying-signed',
      input: doc(GEN.assertion, { 'verify.type': 'signed' }),
      peer: 'full.test.js "passed object when should pass signature": error "verify-type-mismatch"',
      expected: unverified(open('signature', /without the signature/)),
      differs: SIGNED_DATA_ONLY,
    },
    {
      state: '1.0-object-signed-without-key-url',
      input: doc(GEN.assertion, { verify: { type: 'signed' } }),
      peer: 'errors.test.js "1.0 metadata argument with signed type": error "verify-type-mismatch"',
      expected: invalid(fails('format', /verify\.url is missing/)),
    },
    {
      state: '1.0-hosted-copy-with-other-evidence',
      input: doc(GEN.assertion),
      serve: { [ASSERTION]: doc(GEN.assertion, { evidence: 'https://example.org/some-other-thing' }) },
      peer: 'full.test.js "hosted assertion different": error "deep-equal"',
      expected: verified({ version: '1.0' }, passes('hosted')),
      differs: ISSUERS_COPY,
    },
    {
      state: '1.0-hosted-copy-with-other-uid',
      input: doc(GEN.assertion, { uid: 'different' }),
      peer: 'errors.test.js "hosted differs from local": error "deep-equal"',
      expected: verified({ version: '1.0' }, passes('hosted')),
      differs: ISSUERS_COPY,
    },
    {
      state: '1.0-hashed-identity-not-a-hash',
      input: doc(GEN.assertion, { 'recipient.identity': 'someone@somewhere.org' }),
      serve: { [ASSERTION]: doc(GEN.assertion, { 'recipient.identity': 'someone@somewhere.org' }) },
      peer: 'errors.test.js "1.0 assertion, hashed true, identity unhashed": error on recipient.identity ("must be a self-identifying hash")',
      expected: invalid(fails(['format', 'recipient'], /hash/)),
    },
    {
      state: '1.0-without-verify',
      input: doc(GEN.assertion, { verify: undefined }),
      peer: 'errors.test.js "1.0 assertion without verify": error "input"',
      expected: invalid(fails('format', /how to verify/)),
    },
    {
      state: '1.0-without-uid',
      input: doc(GEN.assertion, { uid: undefined }),
      serve: { [ASSERTION]: doc(GEN.assertion, { uid: undefined }) },
      peer: 'errors.test.js "1.0 missing required element" (uid): error "structure"',
      expected: invalid(fails('format', /uid|identifier/i)),
    },
    {
      state: '1.0-without-badge',
      input: doc(GEN.assertion, { badge: undefined }),
      peer: 'errors.test.js "missing required url": error "required", field badge',
      expected: invalid(fails('format', /which badge/)),
    },
    {
      state: '1.0-badge-unreachable',
      input: doc(GEN.assertion, { badge: 'http://nope.example.org/' }),
      serve: { [ASSERTION]: doc(GEN.assertion, { badge: 'http://nope.example.org/' }) },
      peer: 'errors.test.js "unreachable url": error "unreachable"',
      expected: unverified(open('achievement', /could not be read/)),
      differs: UNREACHABLE,
    },
    {
      state: '1.0-badge-not-json',
      input: doc(GEN.assertion),
      serve: { [BADGE]: { text: 'imma badge' } },
      peer: 'errors.test.js "1.0 assertion, non-JSON linked object": error "parse"',
      expected: invalid(fails('achievement', /not JSON/)),
    },
    {
      state: 'jws-over-something-else',
      input: { signed: { payload: { inline: { dummy: 'assertion' } }, header: { alg: 'rs256' }, key: 'fixtures/rsa-private.pem' } },
      peer: 'errors.test.js "validateHosted: string arg": a JWS of {dummy: "assertion"} → error "input"',
      expected: invalid(fails('format', /not an Open Badge/)),
    },
    {
      state: 'text-not-a-url',
      input: { text: 'not a url' },
      peer: 'errors.test.js "non-url argument": error "input"',
      expected: invalid(fails('input', /neither a web address, JSON nor a JWS/)),
    },
    {
      state: 'text-not-a-jws',
      input: { text: 'abcd' },
      peer: 'errors.test.js "malformed signed badge": error "input"',
      expected: invalid(fails('input')),
    },
    {
      state: 'empty-object',
      input: { text: '{}' },
      peer: 'errors.test.js "non-string argument" (validator({})): error "input"',
      expected: invalid(fails('format', /not an Open Badge/)),
    },
    {
      state: 'assertion-url-not-found',
      input: { url: ASSERTION },
      serve: { [ASSERTION]: { status: 404 } },
      peer: 'errors.test.js "assertion url 404s": error "http-status", received 404',
      expected: invalid(fails('input', /404/)),
    },
    {
      state: 'assertion-url-unreachable',
      input: { url: 'http://nope.example.org//assertion' },
      peer: 'errors.test.js "assertion url unreachable": error "unreachable"',
      expected: unverified(open('input', /could not be fetched/)),
      differs: UNREACHABLE,
    },
    {
      state: 'jws-hs256',
      input: signed('HS256'),
      peer: 'errors.test.js "hs* algorithm": error "input" (getAssertionGUID: "jws-algorithm")',
      expected: invalid(fails('signature', /shared secret/)),
      note: 'the peer signs an empty payload; the 1.0 signed assertion is signed here so that the algorithm, not the payload, decides',
    },
    {
      state: 'jws-payload-not-json',
      input: { signed: { payload: { raw: 'hey there' }, header: { alg: 'rs256' }, key: 'fixtures/rsa-private.pem' } },
      peer: 'errors.test.js "unparsable JSON payload": error "input" (getAssertionGUID: "jws-payload-parse")',
      expected: invalid(fails('input', /payload is not a JSON object/)),
    },
    {
      state: 'signed-1.0-lower-case-alg',
      input: signed('rs256'),
      identities: [BRIAN],
      peer: 'full.test.js "1.0.0 signed validation": node-jws {alg: "rs256"}, key at verify.url → no errors',
      expected: invalid(fails('signature', /case-sensitive/), { version: '1.0', form: 'jws' }),
      differs: 'RFC 7515 §4.1.1 / RFC 7518 §3.1: "alg" values are case-sensitive and only "RS256" names RSASSA-PKCS1-v1_5 with SHA-256; a JWS that says "rs256" is refused rather than guessed at',
    },
    {
      state: 'signed-1.0',
      input: signed('RS256'),
      identities: [BRIAN],
      peer: 'full.test.js "1.0.0 signed validation": no errors',
      expected: verified({ version: '1.0', form: 'jws', recipientMatch: 'matched', fetched: [PUBLIC_KEY] }, passes('signature'), passes('key', /public-key/)),
      note: UPPER_RS256,
    },
    {
      state: 'signed-1.0-without-criteria',
      input: signed('RS256'),
      serve: { [BADGE]: doc(GEN.badge, { criteria: null }) },
      peer: 'full.test.js "1.0.0 signed validation fail: missing badge criteria": error "structure", badge.criteria',
      expected: invalid(fails('achievement', /criteria/)),
      note: UPPER_RS256,
    },
    {
      state: 'signed-1.0-other-key',
      input: signed('RS256'),
      serve: { [PUBLIC_KEY]: doc('fixtures/rsa-wrong-public.pem') },
      peer: 'errors.test.js "signature mismatch": the key at verify.url is rsa-wrong-public.pem → error "verify-signature"',
      expected: invalid(fails('signature', /does not match/)),
      note: UPPER_RS256,
    },
    {
      state: 'signed-1.0-revoked',
      input: signed('RS256', { uid: 'abc123' }),
      serve: { [`${ORIGIN}/revocation-list`]: { text: '{"abc123": "my bad"}' } },
      peer: 'errors.test.js "revoked assertion": revocation list {"abc123": "my bad"} → error "verify-revoked"',
      expected: revoked(fails('revocation', /my bad/), { form: 'jws' }),
      note: UPPER_RS256,
    },
    {
      state: '1.1-hosted',
      input: selfHosted(`${D}/generator-1.1.0-assertion.json`),
      serve: {
        [`${ORIGIN}/1.1/assertion`]: doc(`${D}/generator-1.1.0-assertion.json`),
        [`${ORIGIN}/1.1/badge`]: selfHosted(`${D}/generator-1.1.0-badge.json`),
        [`${ORIGIN}/1.1/issuer`]: selfHosted(`${D}/generator-1.1.0-issuer.json`),
      },
      identities: [BRIAN],
      peer: 'remote/extensions.test.js serves the 1.1 generators at /1.1/assertion, /1.1/badge, /1.1/issuer: no errors',
      expected: verified({ version: '1.1', form: 'hosted', recipientMatch: 'matched' }, passes('hosted'), warns('achievement', /moved/), warns('issuer', /moved/)),
      note: 'the generators give each node an id other than the URL it is served at (assertion /assertion/1, badge /badge, issuer /issuer): we fetch a node at its id, so each is served there too',
    },
    {
      state: '1.1-hosted-with-extension',
      input: selfHosted(`${D}/generator-1.1.0-assertion.json`, { 'extensions:MyExtension': jsonOf(`${D}/generator-1.1.0-extension.json`) }),
      serve: {
        [`${ORIGIN}/1.1/badge`]: selfHosted(`${D}/generator-1.1.0-badge.json`),
        [`${ORIGIN}/1.1/issuer`]: selfHosted(`${D}/generator-1.1.0-issuer.json`),
        'http://example.org/1.1/MyExtension/context.json': doc(`${D}/generator-1.1.0-extension-context.json`),
        'http://example.org/1.1/MyExtension/schema.json': doc(`${D}/generator-1.1.0-extension-schema.json`),
      },
      peer: 'INVENTORY / remote/extensions.test.js: a 1.1 extension is validated against the JSON Schema its context names (both fetched)',
      expected: verified({ version: '1.1' }, passes('hosted'), warns('schema', /not checked/)),
      differs:
        "DESIGN: JSON-LD contexts come only from the bundled set and the verifier never fetches a context or a schema, so an extension whose own context is not bundled is reported as not checked (a warning); the peer fetched the issuer's context and schema and validated it. The bundled OB 1.1 core extension schema may apply too, but to the node as JSON-LD reads it (the v1 context aliases `type` to `@type`)",
    },
    ...VALUE_TABLE_CASES,
  ] satisfies readonly VerifyCase[],
};
