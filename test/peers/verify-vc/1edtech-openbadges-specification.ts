import { doc, fails, invalid, open, passes, warns } from '../verify-ob2/case.ts';
import type { VcCase, VcSource } from './case.ts';
import { ADDRESS_KEY, both, HEADER_KEY, KEY_FROM_ADDRESS, KEY_IN_JWT_HEADER, keyNotTiedToIssuer, NBF_WARNING, NO_PROOF, UNREACHABLE } from './outcomes.ts';

const RENDERED = 'ob3-rendered-examples';
const UNSIGNED = 'ob3-unsigned-examples';
const UNREACHABLE_REVOCATION_LIST = open('revocation', /revocation list could not be read: .* could not be reached/);

/** The rendered examples; `revocationList` where the example names a 1EdTechRevocationList at an example domain. */
const EXAMPLES: readonly { readonly name: string; readonly revocationList?: true }[] = [
  { name: '01-sample-openbadgecredential-file-contents' },
  { name: '02-sample-openbadgecredential' },
  { name: '03-complete-openbadgecredential', revocationList: true },
  { name: '04-sample-endorsementcredential', revocationList: true },
  { name: '05-achievement-alignment-case' },
  { name: '06-achievement-alignment-credential-engine' },
  { name: '07-skill-assertion-case' },
  { name: '08-skill-assertion-credential-registry' },
];

const UNSIGNED_EXAMPLES: readonly [file: string, source: string][] = [
  ['01-sample-openbadgecredential-file-contents', 'ob_v3p0/docformat.md:11'],
  ['02-sample-credential-a', 'ob_v3p0/equality-and-comparison.md:17'],
  ['03-sample-credential-b', 'ob_v3p0/equality-and-comparison.md:52'],
  ['04-sample-credential-c', 'ob_v3p0/equality-and-comparison.md:93'],
  ['05-sample-credential-d', 'ob_v3p0/equality-and-comparison.md:128'],
  ['06-untitled', 'ob_v3p0/examples.html:126'],
  ['07-untitled', 'ob_v3p0/examples.html:182'],
  ['08-achievement-alignment-case', 'ob_v3p0/examples/achievementAlignmentCase.html:3'],
  ['09-achievement-alignment-credential-engine', 'ob_v3p0/examples/achievementAlignmentCe.html:3'],
  ['10-sample-openbadgecredential', 'ob_v3p0/examples/basicOpenBadgeCredential.html:7'],
  ['11-sample-endorsementcredential', 'ob_v3p0/examples/endorsement.html:3'],
  ['12-complete-openbadgecredential', 'ob_v3p0/examples/fullOpenBadge.html:3'],
  ['13-skill-assertion-case', 'ob_v3p0/examples/skillAssertionCase.html:6'],
  ['14-skill-assertion-credential-registry', 'ob_v3p0/examples/skillAssertionCtdl.html:6'],
  ['15-upgraded-ob-2-0-assertion-included-within-clr-2-0', 'ob_v3p0/impl/migrating.md:176'],
  ['16-achievement-alignment-case', 'ob_v3p0/impl/recommended-practices.md:259'],
  ['17-skill-assertion-credential-registry', 'ob_v3p0/impl/recommended-practices.md:451'],
  ['18-sample-assertion-credential', 'ob_v3p0/readme.md:76'],
];

function signedExample(name: string, revocationList: boolean): VcCase {
  const status = revocationList ? [UNREACHABLE_REVOCATION_LIST] : [];
  return {
    state: `${name}-with-proof`,
    input: doc(`${RENDERED}/${name}.signed.json`),
    peer: `rendered spec example (with-proof tab): VALID (proof)${revocationList ? '; credentialStatus 1EdTechRevocationList at an example domain → status undeterminable offline' : ''}`,
    expected: keyNotTiedToIssuer(ADDRESS_KEY, { version: '3.0', form: 'data-integrity' }, passes('signature', /eddsa-rdfc-2022/), ...status),
    differs: revocationList ? both(KEY_FROM_ADDRESS, UNREACHABLE) : KEY_FROM_ADDRESS,
  };
}

function jwtExample(name: string, revocationList: boolean): VcCase {
  const status = revocationList ? [UNREACHABLE_REVOCATION_LIST] : [];
  return {
    state: `${name}-vc-jwt`,
    input: doc(`${RENDERED}/${name}.jwt`),
    peer: 'rendered spec example (VC-JWT tab): signature VALID; claims iss/jti/sub match; nbf MISSING → INVALID under strict OB 3.0 §jwt-verify',
    expected: keyNotTiedToIssuer(
      HEADER_KEY,
      { version: '3.0', form: 'vc-jwt', warned: true },
      passes('signature', /VC-JWT, RS256/),
      passes('jwt-claims', /claims agree with the credential/),
      warns('jwt-claims', /no nbf claim/),
      ...status,
    ),
    differs: both(KEY_IN_JWT_HEADER, NBF_WARNING, ...(revocationList ? [UNREACHABLE] : [])),
  };
}

export const onedtechOpenbadgesSpecificationVc: VcSource = {
  folder: '1edtech-openbadges-specification',
  // Nothing the examples name is served: their issuers (example.edu, 1edtech.edu, state.gov) are examples.
  web: {},
  now: '2026-03-01T12:00:00Z',
  nowBecause: 'the examples were signed on 2024-04-03 and the latest validUntil among them is 2030-01-01: any day between reads them as their authors meant',
  cases: [
    ...EXAMPLES.flatMap(({ name, revocationList }) => [signedExample(name, revocationList === true), jwtExample(name, revocationList === true)]),
    {
      state: 'test-vector-ob3',
      input: doc('test-vectors/obv3p0/signed-credential.json'),
      peer: 'implementation guide "Linked Data Proof Test Vector for Open Badges 3.0": VALID (hashes and signature reproduced in data-integrity.test.ts)',
      expected: keyNotTiedToIssuer(ADDRESS_KEY, { version: '3.0', form: 'data-integrity' }, passes('signature', /eddsa-rdfc-2022/)),
      differs: KEY_FROM_ADDRESS,
    },
    {
      state: 'test-vector-clr',
      input: doc('test-vectors/clrv2p0/signed-credential.json'),
      peer: 'implementation guide CLR 2.0 test vector: VALID (the outer ClrCredential proof and the nested AchievementCredential proof)',
      expected: keyNotTiedToIssuer(ADDRESS_KEY, { version: 'clr-2.0', form: 'data-integrity' }, open('nested', /"Achievement 1" in this record could not be verified: The key was read from its own address/)),
      differs: KEY_FROM_ADDRESS,
    },
    ...UNSIGNED_EXAMPLES.map(([name, source]): VcCase => ({
      state: `unsigned-${name}`,
      input: doc(`${UNSIGNED}/${name}.json`),
      peer: `${source}: no proof → not verifiable as a VC (data-model example)`,
      expected: invalid(fails('signature', NO_PROOF), { version: '3.0' }),
    })),
  ],
};
