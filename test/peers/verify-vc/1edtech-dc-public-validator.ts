import { doc, fails, invalid, open, passes, unverified, warns, type Expected } from '../verify-ob2/case.ts';
import type { VcCase, VcSource } from './case.ts';
import {
  ADDRESS_KEY,
  both,
  expiredWith,
  HEADER_KEY,
  KEY_FROM_ADDRESS,
  KEY_IN_JWT_HEADER,
  KEY_NOT_ISSUERS,
  keyNotTiedToIssuer,
  LIST_ALONE,
  NO_PROOF,
  notABadge,
  signatureValid,
  UNCHECKABLE_PROOF,
  UNKNOWN_CONTEXT,
  undecidedKey,
  UNREACHABLE,
  URN_ISSUER_KEY,
} from './outcomes.ts';

const OB30 = 'fixtures/ob30';
const CLR20 = 'fixtures/clr20';
/** The statusListCredential both Bitstring fixtures name; the INVENTORY's stand-in is the peer's own copy. */
const TESTLIST = 'https://raw.githubusercontent.com/1EdTech/digital-credentials-public-validator/refs/heads/main/inspector-vc/src/test/resources/ob30/bit-string-list/testlist';
const UNREACHABLE_REVOCATION_LIST = /revocation list could not be read: .* could not be reached/;

const ob3 = { version: '3.0', form: 'data-integrity' } as const;
const ob3Jwt = { version: '3.0', form: 'vc-jwt' } as const;
const clr = { version: 'clr-2.0' } as const;

/** The peer says VALID: the proof verifies with the key in its verificationMethod's fragment (a). */
function addressKeyCase(state: string, file: string, peer: string, expected: Expected = keyNotTiedToIssuer(ADDRESS_KEY, ob3), extra: Partial<VcCase> = {}): VcCase {
  return { state, input: doc(file), peer, expected, differs: KEY_FROM_ADDRESS, ...extra };
}

/** The peer says VALID: the VC-JWT verifies with the jwk in its own header (b). */
function headerKeyCase(state: string, file: string, peer: string, expected: Expected = keyNotTiedToIssuer(HEADER_KEY, ob3Jwt, passes('jwt-claims', /agree/))): VcCase {
  return { state, input: doc(file), peer, expected, differs: KEY_IN_JWT_HEADER };
}

/**
 * A fixture whose type is wrong somewhere inside: JSON-LD in safe mode cannot sign a term or type the
 * contexts do not define, so the proof fails before any key is used; the JSON Schema often says so too.
 */
function wrongTypeCase(state: string, file: string, peer: string, term: RegExp, schema?: RegExp): VcCase {
  const checks = schema ? [fails('schema', schema)] : [];
  return { state, input: doc(`${OB30}/${file}`), peer, expected: invalid(fails('signature', term), ob3, ...checks) };
}

const vcdm11Warnings = [warns('context', /older Open Badges 3\.0 context/), warns('format', /Verifiable Credentials 1\.1 data model/)] as const;

export const onedtechDcPublicValidatorVc: VcSource = {
  folder: '1edtech-dc-public-validator',
  web: { [TESTLIST]: `${OB30}/bit-string-list/testlist` },
  now: '2026-03-01T12:00:00Z',
  nowBecause:
    'the peer runs at the wall clock: any day after velocity.jwt was issued (2025-10-15) and before the validUntil of endorsement-valid and complete (2030-01-01) reads every fixture as its tests do; simple-err-expired (2010) stays expired and simple-err-issued (2040) in the future',
  cases: [
    addressKeyCase('simple', `${OB30}/simple.json`, 'OB30Tests.testSimpleJsonValid: VALID'),
    addressKeyCase('simple-1ob', `${OB30}/simple.1ob`, 'OB30Tests.testSimple1ObValid: VALID (.1ob extension, JSON content)'),
    addressKeyCase(
      'simple-vcdm-1.1',
      `${OB30}/simple_v1.json`,
      'OB30Tests.testSimpleV1JsonValid: VALID with WARNING (VCDM 1.1 and the unversioned OB 3.0 context)',
      keyNotTiedToIssuer(ADDRESS_KEY, { ...ob3, warned: true }, passes('signature', /Ed25519Signature2020/), ...vcdm11Warnings),
    ),
    {
      state: 'did-key-signs-for-a-urn-issuer',
      input: doc(`${OB30}/simple-did-key-method.json`),
      peer: 'OB30Tests.testSimpleDidKeyMethodJsonValid: VALID (verificationMethod did:key; the issuer id is a urn:uuid: no controller/issuer binding enforced)',
      expected: invalid(fails('key', URN_ISSUER_KEY), ob3, signatureValid(/eddsa-rdfc-2022/)),
      differs: KEY_NOT_ISSUERS,
      proofAlone: true,
    },
    addressKeyCase(
      'did-web-method',
      `${OB30}/simple-did-web-method.json`,
      'OB30Tests.testSimpleDidWebMethodJsonValid, @Disabled: no verdict (the file uses an https URL#multibase verificationMethod, not did:web)',
      undefined,
      { note: 'the peer disabled its test; the proof verifies with the key in the fragment' },
    ),
    {
      state: 'multiple-proofs',
      input: doc(`${OB30}/simple-multiple-proofs.json`),
      peer: 'OB30Tests.testSimpleMultipleProofsJsonValid: INVALID, 1 error (JsonLDValidationProbe: "SomeProofType" is not defined in the JSON-LD context); the eddsa proof itself verifies',
      expected: unverified(open('signature', /Proof 1: .*SomeProofType/), ob3, passes('signature', /Proof 2: .*eddsa-rdfc-2022/), undecidedKey()),
      differs: both(UNCHECKABLE_PROOF, KEY_FROM_ADDRESS),
    },
    addressKeyCase('baked-png-json', `${OB30}/simple-json.png`, 'OB30Tests.testSimplePNGPlainValid: VALID (iTXt openbadgecredential, JSON)'),
    headerKeyCase('baked-png-vc-jwt', `${OB30}/simple-jwt.png`, 'OB30Tests.testSimplePNGJWTValid: VALID (iTXt openbadgecredential, VC-JWT with jwk in its header)'),
    headerKeyCase(
      'baked-png-vc-jwt-vcdm-1.1',
      `${OB30}/simple-jwt_v1.png`,
      'OB30Tests.testSimpleV1PNGJWTValid: VALID with WARNING (VCDM 1.1 payload in "vc"; canonical-schema error and outdated context)',
      keyNotTiedToIssuer(HEADER_KEY, { ...ob3Jwt, warned: true }, ...vcdm11Warnings, warns('schema', /does not meet the ob_v3p0_achievementcredential_schema/)),
    ),
    addressKeyCase('baked-svg-json', `${OB30}/simple-json.svg`, 'OB30Tests.testSimpleJsonSVGPlainValid: VALID (<openbadges:credential>, CDATA JSON)'),
    headerKeyCase('baked-svg-vc-jwt', `${OB30}/simple-jwt.svg`, 'OB30Tests.testSimpleJsonSVGJWTValid: VALID (verify="<VC-JWT>")'),
    headerKeyCase(
      'baked-svg-vc-jwt-vcdm-1.1',
      `${OB30}/simple-jwt_v1.svg`,
      'OB30Tests.testSimpleV1JsonSVGJWTValid: VALID with WARNING',
      keyNotTiedToIssuer(HEADER_KEY, { ...ob3Jwt, warned: true }, ...vcdm11Warnings),
    ),
    {
      state: 'velocity-vc-jwt',
      input: doc(`${OB30}/velocity.jwt`),
      peer: 'OB30Tests.testVelocityJWTValid: INVALID ("due to the lack of ob\'s extension context": it names the Velocity context https://lib.velocitynetwork.foundation/contexts/credential-extensions-2022.jsonld.json; kid is did:velocity)',
      expected: invalid(fails('context', /lib\.velocitynetwork\.foundation/), ob3Jwt),
      note: 'a context outside the bundled set is a failed context check whatever the proof form (DESIGN, Security rules); a VC-JWT needs no JSON-LD to check its signature, but its terms still mean what its contexts say',
    },
    {
      state: 'unknown-credential-type',
      input: doc(`${OB30}/simple-err-type.json`),
      peer: 'OB30 (Samples): INVALID, fatal TypePropertyProbe (type lacks OpenBadgeCredential/AchievementCredential)',
      expected: invalid(fails('format', /\(VerifiableCredential, OtherCredential\) is not an Open Badges or CLR credential/)),
    },
    {
      state: 'garbage-in-key-fragment',
      input: doc(`${OB30}/simple-err-proof-method.json`),
      peer: 'OB30 (Samples): INVALID, 1 error (EmbeddedProofProbe: garbage in the verificationMethod fragment, not a valid multikey)',
      expected: invalid(fails('key', /is neither an Ed25519 nor a P-256 public key/), ob3),
    },
    {
      state: 'key-without-scheme',
      input: doc(`${OB30}/simple-err-proof-method-no-scheme.json`),
      peer: 'OB30 (Samples): INVALID, 1 error (EmbeddedProofProbe: verificationMethod is a bare multibase)',
      expected: invalid(fails('key', /"z6Mk\w+", which is neither a DID nor a web address/), ob3),
    },
    {
      state: 'key-with-unknown-scheme',
      input: doc(`${OB30}/simple-err-proof-method-unknown-scheme.json`),
      peer: 'OB30 (Samples): INVALID, 1 error (EmbeddedProofProbe: verificationMethod scheme "xxx:")',
      expected: invalid(fails('key', /"xxx:z6Mk\w+", which is neither a DID nor a web address/), ob3),
    },
    {
      state: 'key-with-unknown-did-method',
      input: doc(`${OB30}/simple-err-proof-method-unknown-did-method.json`),
      peer: 'OB30 (Samples): INVALID, 1 error (EmbeddedProofProbe: did:example cannot be resolved)',
      expected: invalid(fails('key', /did:example:z6Mk\w+ but not which of its keys made it/), ob3),
      note: 'the DID names no key (no fragment), which is already a failure before its method matters',
    },
    {
      state: 'proof-value-altered',
      input: doc(`${OB30}/simple-err-proof-value.json`),
      peer: 'OB30 (Samples): INVALID, 1 error (EmbeddedProofProbe: garbage added to proofValue)',
      expected: invalid(fails('signature', /eddsa-rdfc-2022\) signature does not match/), ob3),
    },
    {
      state: 'expired',
      input: doc(`${OB30}/simple-err-expired.json`),
      peer: 'OB30 (Samples): INVALID (ExpirationProbe: validUntil in the past; the signature itself is valid)',
      expected: expiredWith(fails('expiry', /expired on 2010-01-01/), ob3, signatureValid()),
      note: 'its key is read from its address (a), which would leave it unverified; expiry decides first',
    },
    {
      state: 'issued-in-the-future',
      input: doc(`${OB30}/simple-err-issued.json`),
      peer: 'OB30 (Samples): INVALID (IssuanceProbe: validFrom 2040, not yet valid)',
      expected: invalid(fails('issued', /dated 2040-01-01, which is in the future/), ob3),
    },
    {
      state: 'no-issuer',
      input: doc(`${OB30}/simple-err-issuer.json`),
      peer: 'OB30Tests.testSimpleJsonSchemaError: INVALID (JsonSchemaProbe: issuer removed)',
      expected: invalid(fails('format', /does not name its issuer/)),
    },
    {
      state: 'no-vc-context',
      input: doc(`${OB30}/simple-err-context.json`),
      peer: 'OB30 (Samples): INVALID (ContextPropertyProbe: https://www.w3.org/ns/credentials/v2 missing from @context)',
      expected: invalid(fails('context', /first @context must be the Verifiable Credentials context/)),
    },
    addressKeyCase('context-alias', `${OB30}/simple-context-alias.json`, 'OB30Tests.testSimpleJsonContextAlias: VALID'),
    {
      state: 'older-context-version',
      input: doc(`${OB30}/simple-context-version.json`),
      peer: 'OB30Tests.testSimpleJsonContextVersion: ContextPropertyProbe reported (context-3.0.2; the test asserts only that the probe ran)',
      expected: keyNotTiedToIssuer(ADDRESS_KEY, ob3, warns('context', /older Open Badges 3\.0 context \(https:\/\/purl\.imsglobal\.org\/spec\/ob\/v3p0\/context-3\.0\.2\.json\)/)),
      note: 'what the peer asserts, a report on the context version, we make as a warning; the verdict is open for its key (a), which this case does not test',
    },
    wrongTypeCase(
      'credential-subject-type',
      'simple-err-credential-subject-type.json',
      'OB30 (Samples): INVALID (CredentialSubjectProbe: credentialSubject.type wrong)',
      /term "achievement" is not defined by the JSON-LD contexts/,
      /credentialSubject\/type/,
    ),
    wrongTypeCase(
      'identifier-type',
      'simple-err-credential-subject-identifier-type.json',
      'OB30 (Samples): INVALID (CredentialSubjectProbe: identifier.type = InvalidIdentityObject)',
      /term "hashed" is not defined/,
      /credentialSubject\/identifier/,
    ),
    wrongTypeCase(
      'result-type',
      'simple-err-credential-subject-result-type.json',
      'OB30 (Samples): INVALID (CredentialSubjectProbe: result.type wrong)',
      /term "achievedLevel" is not defined/,
      /credentialSubject\/result/,
    ),
    wrongTypeCase(
      'result-description-type',
      'simple-err-credential-subject-achievement-result-description-type.json',
      'OB30 (Samples): INVALID (CredentialSubjectProbe: achievement.resultDescription.type wrong)',
      /term "resultType" is not defined/,
    ),
    wrongTypeCase('profile-type', 'simple-err-credential-subject-profile-type.json', 'OB30 (Samples): INVALID (CredentialSubjectProbe: profile type wrong)', /type "InvalidProfile" is not defined/),
    wrongTypeCase('evidence-type', 'simple-err-evidence-type.json', 'OB30 (Samples): INVALID (EvidenceProbe: evidence.type wrong)', /term "audience" is not defined/),
    wrongTypeCase('issuer-type', 'simple-err-issuer-type.json', 'OB30 (Samples): INVALID (IssuerProbe: issuer.type wrong)', /type "InvalidProfile" is not defined/, /\/issuer\/type/),
    wrongTypeCase(
      'issuer-parent-org-type',
      'simple-err-issuer-parentorg-type.json',
      'OB30 (Samples): INVALID (IssuerProbe: issuer.parentOrg.type wrong)',
      /type "InvalidProfile" is not defined/,
      /\/issuer\/parentOrg\/type/,
    ),
    wrongTypeCase(
      'issuer-other-identifier-type',
      'simple-err-issuer-otheridentifier-type.json',
      'OB30 (Samples): INVALID (IssuerProbe: issuer.otherIdentifier.type wrong)',
      /term "identifier" is not defined/,
      /\/issuer\/otherIdentifier/,
    ),
    {
      state: 'complete',
      input: doc(`${OB30}/complete.json`),
      peer: 'OB30Tests.testCompleteJsonInvalidInlineSchemaRef: INVALID (InlineJsonSchemaProbe: "404 inline schema ref"); 1EdTechRevocationList and refresh service at unreachable URLs',
      expected: unverified(undecidedKey(), ob3, signatureValid(), open('revocation', UNREACHABLE_REVOCATION_LIST), passes('schema'), warns('endorsements', /0 of 3 endorsements verified/)),
      differs: both(
        "the peer fails it on a schema its endorsements name at accrediter.edu and state.gov (404); Badge Lens fetches no schema it does not ship, and an endorsement's verdict never changes the badge's",
        KEY_FROM_ADDRESS,
        UNREACHABLE,
      ),
    },
    {
      state: 'complete-vcdm-1.1',
      input: doc(`${OB30}/complete_v1.json`),
      peer: 'OB30Tests.testCompleteV1JsonInvalidInlineSchemaRef: INVALID (InlineJsonSchemaProbe: "404 inline schema ref")',
      expected: expiredWith(fails('expiry', /expired on 2020-01-01/), { version: '3.0' }, undecidedKey(/key document at 1edtech\.edu could not be read/)),
      differs: both(
        'the peer fails it on a schema reference that answers 404; Badge Lens fetches no schema it does not ship, and finds its expirationDate (2020-01-01) passed: expired, not valid either way',
        UNREACHABLE,
      ),
    },
    {
      state: 'no-proof',
      input: doc(`${OB30}/simple-noproof.json`),
      peer: 'OB30 Samples flag: INVALID (no proof)',
      expected: invalid(fails('signature', NO_PROOF), ob3),
    },
    {
      state: 'revoked-on-a-live-list',
      input: doc(`${OB30}/credential-status-revoked.json`),
      peer: 'OB30Tests.testCredentialStatusRevoked: INVALID, 1 fatal (RevocationListProbe: the live 1EdTechRevocationList at dc.1edtech.org lists it)',
      expected: unverified(undecidedKey(/DID document of did:web:dc\.1edtech\.org.* could not be read/), ob3, open('revocation', UNREACHABLE_REVOCATION_LIST)),
      differs: both(UNREACHABLE, 'without the list, Badge Lens cannot say revoked'),
    },
    addressKeyCase(
      'legacy-eddsa-2022',
      `${OB30}/simple-eddsa-2022.json`,
      'OB30Tests.testEddsa2022Warning: VALID with WARNING (legacy cryptosuite "eddsa-2022")',
      keyNotTiedToIssuer(ADDRESS_KEY, { ...ob3, warned: true }, warns('signature', /eddsa-2022, the draft name of eddsa-rdfc-2022/)),
    ),
    {
      state: 'bitstring-revoked',
      input: doc(`${OB30}/bit-string-list/credential-status-revoked.json`),
      peer: 'OB30Tests.testBitstringStatusListRevoked: INVALID, 1 fatal (BitstringStatusListProbe: index 23 set in testlist)',
      expected: unverified(open('revocation', /status list at raw\.githubusercontent\.com could not be verified: The key was read from its own address/), { ...ob3, fetched: [TESTLIST] }, undecidedKey()),
      differs: both(
        KEY_FROM_ADDRESS,
        'the status list testlist is signed the same way, so it cannot be tied to 1edtech.edu either and its bits are not trusted: unverified, not revoked (status-lists.test.ts reads index 23 set once the list is trusted)',
      ),
    },
    {
      state: 'bitstring-revoked-blank-nodes',
      input: doc(`${OB30}/bit-string-list/credential-status-revoked-blank-nodes.json`),
      peer: 'OB30Tests.testRevokedWithBlankNodes: INVALID, 1 fatal (BitstringStatusListProbe)',
      expected: unverified(open('revocation', /status list at raw\.githubusercontent\.com could not be verified/), { ...ob3, fetched: [TESTLIST] }, undecidedKey()),
      differs: both(
        KEY_FROM_ADDRESS,
        'the status list testlist is signed the same way, so it cannot be tied to 1edtech.edu either and its bits are not trusted: unverified, not revoked (status-lists.test.ts reads index 23 set once the list is trusted)',
      ),
    },
    {
      state: 'status-list-alone',
      input: doc(`${OB30}/bit-string-list/testlist`),
      peer: 'BitstringStatusListCredentialInspectorTest.testSimpleJsonValid: VALID (the status list credential itself)',
      expected: notABadge(/\(VerifiableCredential, BitstringStatusListCredential\) is not an Open Badges or CLR credential/),
      differs: LIST_ALONE,
    },
    {
      state: 'selective-disclosure',
      input: doc(`${OB30}/sd/derivedcredential.json`),
      peer: 'OB30Tests.testDerivedCredentialValid: VALID (ecdsa-sd-2023 derived proof, P-256 key in the URL#zDn… fragment)',
      expected: unverified(open('signature', /ecdsa-sd-2023 cryptosuite, which Badge Lens cannot check/), ob3),
      differs: UNCHECKABLE_PROOF,
    },
    addressKeyCase('endorsement', `${OB30}/endorsement-valid.json`, 'Endorsement30Tests.testEndorsementWithoutErrors: VALID'),
    {
      state: 'endorsement-altered',
      input: doc(`${OB30}/endorsement-err-schema-status-refresh.json`),
      peer: 'Endorsement30Tests.testEndorsementWithErrors: INVALID, 1 fatal (CredentialParseProbe: its refreshService URL is invalid, so the refreshed document cannot be parsed)',
      expected: invalid(fails('signature', /Ed25519Signature2020 signature does not match/), { version: '3.0' }),
      note: "the INVENTORY's offline check finds its Ed25519Signature2020 proof does not match: invalid for that, before any refresh",
    },
    {
      state: 'vc-jwt-extraction',
      input: doc(`${OB30}/simple.jwt`),
      peer: 'PayloadParserTests.testJwtExtract: the payload is extracted (no jwk or kid in its header, so its signature cannot be checked)',
      expected: invalid(fails('context', /lacks the Open Badges 3\.0 context/), ob3Jwt),
      differs: `${UNKNOWN_CONTEXT}: https://imsglobal.github.io/openbadges-specification/context.json; the payload is extracted (version 3.0, VC-JWT), which is all the peer's test asserts`,
    },

    // CLR 2.0
    addressKeyCase(
      'clr',
      `${CLR20}/simple.json`,
      'CLR20Tests.testSimpleJsonValid: VALID',
      keyNotTiedToIssuer(ADDRESS_KEY, clr, open('nested', /"Teamwork" in this record could not be verified: The key was read from its own address/)),
    ),
    {
      state: 'clr-vcdm-1.1',
      input: doc(`${CLR20}/simple_v1.json`),
      peer: 'CLR20Tests.testSimpleV1JsonValid: VALID with WARNING (outdated context versions)',
      expected: invalid(fails('nested', URN_ISSUER_KEY), clr, fails('key', /"urn:uuid:4ca4a241-fc3b-4d92-978e-f56fa96ae795", which is neither a DID nor a web address/)),
      differs: both(
        KEY_NOT_ISSUERS,
        "five of its credentials are signed with a did:key for a urn:uuid issuer; its own proof names its key urn:uuid:…#z6Mk…, which cannot be looked up at all, and a urn is no address to read it from (a)",
      ),
    },
    {
      state: 'clr-vc-jwt',
      input: doc(`${CLR20}/simple.jwt`),
      peer: 'CLR20Tests.testSimpleJWTValid (@Disabled): VALID (RS256, jwk in its header)',
      expected: invalid(fails('context', /lacks the CLR 2\.0 context/), { version: 'clr-2.0', form: 'vc-jwt' }),
      differs: `${UNKNOWN_CONTEXT}: https://dc.imsglobal.org/draft/clr/v2p0/context`,
    },
    {
      state: 'clr-complex',
      input: doc(`${CLR20}/complex.json`),
      peer: 'CLR20Tests.testComplexJsonValid, commented out (western.riverwell.k12.or.us is not accessible): no verdict; its nested credentials carry their own proofs',
      expected: invalid(fails('key', URN_ISSUER_KEY), clr, signatureValid(/Ed25519Signature2020/), fails('nested', URN_ISSUER_KEY)),
      differs: KEY_NOT_ISSUERS,
      proofAlone: true,
    },
    {
      state: 'clr-no-proof',
      input: doc(`${CLR20}/simple-noproof.json`),
      peer: '(no test) an unsigned ClrCredential',
      expected: invalid(fails('context', /lacks the CLR 2\.0 context/), { version: 'clr-2.0' }),
      differs: `${UNKNOWN_CONTEXT}: https://dc.imsglobal.org/draft/clr/v2p0/context (it is unsigned too)`,
    },
    {
      state: 'clr-old-draft-signed',
      input: doc(`${CLR20}/simple_old_safesigned.json`),
      peer: '(no test) signed on the old draft context https://dc.imsglobal.org/draft/clr/v2p0/context (not available offline)',
      expected: invalid(fails('context', /lacks the CLR 2\.0 context/), { version: 'clr-2.0' }),
      differs: `${UNKNOWN_CONTEXT}: https://dc.imsglobal.org/draft/clr/v2p0/context`,
    },
  ],
};
