import {
  doc,
  fails,
  invalid,
  open,
  passes,
  revoked,
  expired,
  selfHosted,
  unverified,
  verified,
  verifiedWithWarning,
  warns,
  type VerifyCase,
  type VerifySource,
} from './case.ts';

const OB20 = 'fixtures/ob20';
const ASSETS = `${OB20}/assets`;
const BETH = 'https://example.org/beths-robotics-badge.json';
const EARNER = 'nobody@example.org';

// We verify only what was awarded to someone; the inspector also validates a BadgeClass or Profile alone.
const NOTHING_AWARDED = "a BadgeClass, Issuer or other node given alone is reported 'unverified' (nothing awarded to verify): a badge's description is not a badge anyone holds";
const ONLY_AWARDS = `${NOTHING_AWARDED}; we do not judge such a node valid or invalid at all`;
const nothingAwarded = unverified(open('format', /nothing awarded to verify/));

/** An assertion by the inspector's OB20Tests, over the example.org graph; we fetch it at its id, so it is served there. */
function hostedCase(state: string, file: string, peer: string, expected: VerifyCase['expected'], extra: Partial<VerifyCase> = {}): VerifyCase {
  return { state, input: selfHosted(`${OB20}/${file}`), identities: [EARNER], peer, expected, ...extra };
}

/** A node the inspector validates though nothing is awarded in it. */
function nodeCase(state: string, file: string, peer: string, valid: boolean): VerifyCase {
  return { state, input: doc(file), peer, expected: nothingAwarded, differs: valid ? NOTHING_AWARDED : ONLY_AWARDS };
}

/** Assets that declare an id other than the path the graph reaches them by: served at both, as their issuer would. */
const policyGraph = (badgeClass: string, issuer: string): VerifyCase['serve'] => ({
  [`https://example.org/${badgeClass}.json`]: selfHosted(`${ASSETS}/${badgeClass}.json`),
  [`http://example.org/${issuer}.json`]: selfHosted(`${ASSETS}/${issuer}.json`),
});
const POLICY_NOTE =
  'the BadgeClass and Issuer declare ids without ".json" (e.g. http://example.org/issuer-with-allowed-origins) that the peer never fetches; we fetch a node at the id it declares, so the same file is served there';

export const onedtechDcPublicValidator: VerifySource = {
  folder: '1edtech-dc-public-validator',
  // OB20Tests: https://www.example.org/, https://example.org/ and http://example.org/ → ob20/assets.
  web: { 'https://example.org/': ASSETS, 'https://www.example.org/': ASSETS },
  now: '2024-06-01T00:00:00Z',
  nowBecause: 'the peer runs at the wall clock; any day after basic-assertion-expired (2022-11-15) and before basic-assertion-in-future (2100) reads every fixture as its test does',
  cases: [
    hostedCase('hosted-assertion', 'basic-assertion.json', 'OB20Tests.testSimpleJsonValid: VALID', verified(
      { version: '2.0', form: 'hosted', recipientMatch: 'matched', fetched: [BETH, 'https://example.org/robotics-badge.json', 'https://example.org/organization.json'] },
      passes('hosted'),
      passes('verification-policy'),
      passes('image', /PNG/),
    ), { note: 'the inspector trusts the input JSON; we fetch a hosted assertion by its id (OB 2.0 §Hosted verification), so the fixture is served at its own id (INVENTORY)' }),
    hostedCase('baked-hosted-assertion', 'simple-badge.png', 'OB20Tests.testSimplePNGPlainValid: VALID (iTXt openbadges, hosted JSON)', verified({ version: '2.0', form: 'hosted', fetched: [BETH] }, passes('hosted')), {
      note: 'the baked JSON is served at its id, where its issuer would host it',
    }),
    nodeCase('badge-class-alone', `${ASSETS}/badgeclass1.json`, 'OB20Tests.testSimpleBadgeClassJsonValid: VALID', true),
    {
      state: 'unknown-context',
      input: doc(`${OB20}/basic-assertion-invalid-context.json`),
      peer: 'OB20Tests.testSimpleJsonInvalidContext: INVALID, 1 fatal (ContextPropertyProbe)',
      expected: invalid(fails('format', /@context \(https:\/\/w3id\.org\/openbadges\/invalid\)/)),
    },
    {
      state: 'unknown-type',
      input: doc(`${OB20}/basic-assertion-invalid-type.json`),
      peer: 'OB20Tests.testSimpleJsonInvalidType: INVALID, 1 fatal (TypePropertyProbe: OtherAssertion)',
      expected: invalid(fails('format', /OtherAssertion|type/)),
    },
    {
      state: 'signed',
      input: doc(`${OB20}/simple.jwt`),
      identities: [EARNER],
      peer: 'OB20Tests.testSimpleJWTValid: VALID (creator key1.json listed by organization.json)',
      expected: verified(
        { version: '2.0', form: 'jws', recipientMatch: 'matched', fetched: ['http://example.org/key1.json'] },
        passes('signature'),
        passes('key', /key1\.json/),
        passes('revocation', /no revocation list/),
      ),
    },
    {
      state: 'signed-not-revoked',
      input: doc(`${OB20}/simple-not-revoked.jwt`),
      peer: 'OB20Tests.testJWTNotRevoked: VALID (issuer with an empty RevocationList)',
      expected: verified({ form: 'jws', fetched: ['http://example.org/empty-revocation-list.json'] }, passes('signature'), passes('revocation', /not on/)),
    },
    {
      state: 'signed-revoked',
      input: doc(`${OB20}/simple-revoked.jwt`),
      peer: 'OB20Tests.testJWTRevoked: INVALID (id listed in revocation-list.json revokedAssertions)',
      expected: revoked(fails('revocation', /revoked this badge: "A good reason, for sure"/), { form: 'jws' }),
    },
    nodeCase('badge-class-with-data-image', `${ASSETS}/badge-with-data-image.json`, 'OB20Tests.testDataImageInBadge: VALID (data: URI image allowed in a BadgeClass)', true),
    hostedCase('assertion-with-data-image', 'assertion-with-data-image.json', 'OB20Tests.testDataImageInAssertion: INVALID (data: URI image not allowed in an Assertion)', invalid(fails('image', /data: URI/))),
    nodeCase('badge-class-with-image-object', `${ASSETS}/badgeclass-with-complex-image.json`, 'OB20Tests.testComplexImageInAssertion: VALID (Image object)', true),
    hostedCase('endorsed', 'assertion-with-endorsements.json', 'OB20Tests.testEndorsementsInAssertion: VALID', verified({ fetched: ['http://example.org/endorsement-1.json', 'https://example.org/endorsement-3.json'] }, warns('endorsements', /2 of 4/)), {
      note: 'endorsements 1 and 2 hang on the assertion but claim the BadgeClass: each endorsement gets its own verdict (those two invalid), and none changes the badge\'s',
    }),
    hostedCase('issuer-without-public-key', 'basic-assertion-no-public-key.json', 'OB20Tests.testNoPublicKeyInIssuer: VALID (hosted: no key needed)', verified({}, passes('hosted'), passes('issuer'))),
    nodeCase('issuer-alone-compact-iri', `${OB20}/issuer-compact-iri-validation.json`, 'OB20Tests.testCompactIriInIssuer: VALID', true),
    nodeCase('rdf-badge-class', `${OB20}/rdf-validation/valid-badge-class.json`, 'OB20Tests.testRdfValidation: VALID', true),
    nodeCase('rdf-issuer-with-extra-class', `${OB20}/rdf-validation/valid-issuer-extension.json`, 'OB20Tests.testRdfValidation: VALID', true),
    nodeCase('rdf-alignment-object', `${OB20}/rdf-validation/valid-alignment-object.json`, 'OB20Tests.testRdfValidation: VALID', true),
    nodeCase('rdf-external-class', `${OB20}/rdf-validation/valid-cool-class.json`, 'OB20Tests.testRdfValidation: VALID', true),
    nodeCase('rdf-criteria-without-type', `${OB20}/rdf-validation/valid-badge-class-empty-criteria-type.json`, 'OB20Tests.testRdfValidation: VALID', true),
    nodeCase('rdf-empty-type', `${OB20}/rdf-validation/invalid-empty-type.json`, 'OB20Tests.testRdfValidation: INVALID', false),
    nodeCase('rdf-unknown-class', `${OB20}/rdf-validation/invalid-class.json`, 'OB20Tests.testRdfValidation: INVALID', false),
    nodeCase('rdf-one-unknown-class', `${OB20}/rdf-validation/invalid-one-invalid-class.json`, 'OB20Tests.testRdfValidation: INVALID', false),
    nodeCase('rdf-issuer-of-wrong-type', `${OB20}/rdf-validation/badge-class-invalid-issuer-type.json`, 'OB20Tests.testRdfValidation: INVALID (its issuer document is a Criteria)', false),
    hostedCase('allowed-origins', 'basic-assertion-with-allowed-origins.json', 'OB20Tests.testVerification: VALID (issuer allowedOrigins example.com, example.org)', verified({}, passes('verification-policy', /allows/)), {
      serve: policyGraph('badgeclass-with-verification', 'issuer-with-allowed-origins'),
      note: POLICY_NOTE,
    }),
    hostedCase('starts-with', 'basic-assertion-with-allowed-origins-valid-starts-with.json', 'OB20Tests.testVerificationStartsWith: VALID (startsWith https://example.org/)', verified({}, passes('verification-policy')), {
      serve: policyGraph('badgeclass-with-verification-valid-starts-with', 'issuer-with-allowed-origins-valid-starts-with'),
      note: POLICY_NOTE,
    }),
    hostedCase('outside-starts-with', 'basic-assertion-with-allowed-origins-invalid-starts-with.json', 'OB20Tests.testVerificationStartsWith: INVALID (startsWith https://example.org/NOT)', invalid(fails('verification-policy', /not under one its issuer allows/)), {
      serve: policyGraph('badgeclass-with-verification-invalid-starts-with', 'issuer-with-allowed-origins-invalid-starts-with'),
      note: POLICY_NOTE,
    }),
    hostedCase('one-of-several-starts-with', 'basic-assertion-with-allowed-origins-valid-multiple-starts-with.json', 'OB20Tests.testVerificationMultipleStartsWith: VALID', verified({}, passes('verification-policy')), {
      serve: policyGraph('badgeclass-with-verification-valid-multiple-starts-with', 'issuer-with-allowed-origins-valid-multiple-starts-with'),
      note: POLICY_NOTE,
    }),
    hostedCase('outside-several-starts-with', 'basic-assertion-with-allowed-origins-invalid-multiple-starts-with.json', 'OB20Tests.testVerificationMultipleStartsWith: INVALID', invalid(fails('verification-policy')), {
      serve: policyGraph('badgeclass-with-verification-invalid-multiple-starts-with', 'issuer-with-allowed-origins-invalid-multiple-starts-with'),
      note: POLICY_NOTE,
    }),
    hostedCase('expired', 'basic-assertion-expired.json', 'OB20Tests.testExpired: INVALID (expires 2022-11-15)', expired(fails('expiry', /expired on 2022-11-15/))),
    hostedCase('expires-before-issued', 'basic-assertion-expired-before-issued.json', 'OB20Tests.testExpiredBeforeIssued: INVALID', invalid(fails('expiry', /before it was issued/))),
    hostedCase('issued-in-future', 'basic-assertion-in-future.json', 'OB20Tests.testIssuedInFuture: INVALID (issuedOn 2100)', invalid(fails('issued', /in the future/))),
    hostedCase('badge-class-with-language', 'basic-assertion-with-language.json', 'OB20Tests.testAssertionWithLanguage: VALID (@language "es" in the BadgeClass)', verified({}, passes('achievement', /Insignia fantastica/))),
    nodeCase('badge-class-alone-with-language', `${OB20}/badge-class-with-language.json`, 'Samples flag VALID (no direct test)', true),
    hostedCase('extension', 'assertion-with-extension-node-basic.json', 'OB20Tests.testExtensionNode: VALID (the node writes its property as the IRI http://schema.org/text, which its context names exampleProperty)', verified({}, passes('hosted')), {
      note: 'the exampleExtension context is bundled, so the node is checked against its schema; JSON-LD makes "http://schema.org/text" and "exampleProperty" the same property',
    }),
    hostedCase('extensions', 'assertion-with-multiple-extensions.json', 'OB20Tests.testMultipleExtensionNode: VALID', verified({}, passes('hosted'))),
    hostedCase('extension-against-its-schema', 'assertion-with-extension-node-invalid.json', 'OB20Tests.testInvalidExtensionNode: INVALID (http://schema.org/text = exampleProperty is 1337, not the string its schema requires)', invalid(fails('schema', /string/))),
    hostedCase('badge-class-moved', 'warning-with-redirection.json', 'WarningTests.testWarningRedirectionJsonValid: VALID with WARNING (altbadgeurl.json declares another id)', verifiedWithWarning({ fetched: ['http://example.org/altbadgeurl.json', 'https://example.org/robotics-badge.json'] }, warns('achievement', /moved/))),
    hostedCase('issuer-without-http-id', 'warning-issuer-non-http.json', 'WarningTests.testWarningIssuerNonHttps: VALID with WARNING ("Issuer urn:uuid:… has no HTTP domain to enforce hosted verification policy against")', verifiedWithWarning({}, warns('verification-policy'))),
  ],
};
