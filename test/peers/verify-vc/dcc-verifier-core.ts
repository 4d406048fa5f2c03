import { doc, fails, invalid, open, passes, unverified, type Expected, type ExpectedCheck } from '../verify-ob2/case.ts';
import type { VcCase, VcSource } from './case.ts';
import { both, expiredWith, ISSUERS_KEY, LIST_ALONE, NO_PROOF, notABadge, SHORT_LIST, SHORT_STATUS_LIST, signatureValid, UNREACHABLE } from './outcomes.ts';

/** The list every *Status* fixture names; the INVENTORY's stand-in is the peer's own copy. */
const STATUS_LIST = 'https://raw.githubusercontent.com/digitalcredentials/verifier-core/refs/heads/main/src/test-fixtures/status/e5WK8CbZ1GjycuPombrj';
/** A typo of it (e5VK…) that the peer's test expects to answer 404. */
const MISSING_STATUS_LIST = 'https://raw.githubusercontent.com/digitalcredentials/verifier-core/refs/heads/main/src/test-fixtures/status/e5VK8CbZ1GjycuPombrj';

const SIGNED: readonly ExpectedCheck[] = [signatureValid(), passes('key', ISSUERS_KEY)];
const onList = { fetched: [STATUS_LIST] };

/** A credential the peer's verifyCredential() checks; `proofAlone` for those whose did:key proofs it finds valid. */
function credential(state: string, file: string, peer: string, expected: Expected, extra: Partial<VcCase> = {}): VcCase {
  return { state, input: doc(file), peer, expected, ...extra };
}

const verified = (state: string, file: string, peer: string): VcCase => credential(state, file, peer, { status: 'verified', checks: SIGNED }, { proofAlone: true });

/** On the 100,000-entry list: revocation left open (d). */
const shortList = (state: string, file: string, peer: string, expected: Expected = unverified(open('revocation', SHORT_LIST), onList, ...SIGNED)): VcCase =>
  credential(state, file, peer, expected, { differs: SHORT_STATUS_LIST, proofAlone: true });

const expiredOnShortList = (date: string): Expected => expiredWith(fails('expiry', new RegExp(`expired on ${date}`)), onList, open('revocation', SHORT_LIST), ...SIGNED);

const didWebUnreachable = (did: string): ExpectedCheck => open('key', new RegExp(`DID document of ${did.replaceAll('.', '\\.')} could not be read`));

export const dccVerifierCore: VcSource = {
  folder: 'dcc-verifier-core',
  web: { [STATUS_LIST]: 'status-e5WK8CbZ1GjycuPombrj.json' },
  now: '2026-03-01T12:00:00Z',
  nowBecause:
    "the peer's tests run at the wall clock: any day after the latest issue date (safeModeBreaker, 2025-07-14) reads the v1 fixtures' expirationDate 2025-01-09T16:23:24Z and the v2 ones' 2011 and 2012 as passed, as the tests expect",
  cases: [
    verified('v2-no-status', 'credentials/v2NoStatus.json', 'VERIFIED (no revocation step) — basis for derived cases; VP tests'),
    shortList(
      'v2-valid-status',
      'credentials/v2WithValidStatus.json',
      'Verify.v2 "returns as verified when status is valid": VERIFIED — log: valid_signature ✓ · expiration ✓ · revocation_status ✓ · registered_issuer ✓ (statusListIndex 9 unset)',
    ),
    shortList('v2-eddsa-valid-status', 'credentials/v2EddsaWithValidStatus.json', 'Verify.v2 eddsa "when status is valid": VERIFIED — log: valid_signature ✓ · expiration ✓ · revocation_status ✓ · registered_issuer ✓'),
    shortList(
      'v2-two-proofs-valid-status',
      'credentials/v2DoubleSigWithValidStatus.json',
      'VERIFIED — both proofs (Ed25519Signature2020 + eddsa-rdfc-2022)',
      unverified(open('revocation', SHORT_LIST), onList, passes('signature', /Proof 1: .*eddsa-rdfc-2022/), passes('signature', /Proof 2: .*Ed25519Signature2020/), passes('key', ISSUERS_KEY)),
    ),
    credential(
      'v2-status-list-not-found',
      'credentials/v2DoubleSigWithBadStatusUrl.json',
      'Verify.v2 "returns log error when statuslist url is unreachable": signature ✓, expiration ✓, revocation_status ERROR status_list_not_found (404)',
      unverified(open('revocation', /its status list could not be read/), { fetched: [MISSING_STATUS_LIST] }, passes('signature', /Proof 1: /), passes('signature', /Proof 2: /), passes('key', ISSUERS_KEY)),
      { serve: { [MISSING_STATUS_LIST]: { status: 404 } }, proofAlone: true, note: 'the typo URL answers 404 here, as it did to the peer: a status that could not be read leaves the verdict open, as the peer logs an error for that step' },
    ),
    credential('v2-expired', 'credentials/v2Expired.json', 'Verify.v2 "when expired": UNVERIFIED — expiration false (validUntil 2011)', expiredWith(fails('expiry', /expired on 2011-01-01/), {}, ...SIGNED), { proofAlone: true }),
    shortList(
      'v2-expired-valid-status',
      'credentials/v2ExpiredWithValidStatus.json',
      'Verify.v2 "when expired with valid status": UNVERIFIED — expiration false, revocation ✓ (the peer notes it fails until digitalcredentials/vc#28)',
      expiredOnShortList('2012-01-01'),
    ),
    shortList('v2-revoked', 'credentials/v2Revoked.json', 'Verify.v2 "when revoked": UNVERIFIED — revocation_status false (statusListIndex 8 set)'),
    shortList('v2-revoked-and-expired', 'credentials/v2RevokedAndExpired.json', 'fixture: UNVERIFIED — expiration false & revocation false (index 8 set, validUntil 2011)', expiredOnShortList('2011-01-01')),
    verified('v2-simple-issuer-id', 'credentials/v2SimpleIssuerId.json', 'VERIFIED — issuer is a plain string; VP test "v1 and v2 vcs with simple issuer ids"'),
    verified('v2-ob-spec-example', 'credentials/v2OBv3SpecExample.json', 'VERIFIED — OB 3.0 spec example re-signed by DCC (eddsa-rdfc-2022)'),
    credential(
      'v2-did-web-valid-status',
      'credentials/v2didWebWithValidStatus.json',
      'Verify.v2 did:web "when status is valid": VERIFIED (registered_issuer via Sandbox registry)',
      unverified(didWebUnreachable('did:web:digitalcredentials.github.io:dcc-did-web'), { fetched: ['https://digitalcredentials.github.io/dcc-did-web/did.json', STATUS_LIST] }, open('revocation', SHORT_LIST)),
      { differs: both(UNREACHABLE, SHORT_STATUS_LIST), note: 'INVENTORY: the DID document at https://digitalcredentials.github.io/dcc-did-web/did.json is not available offline (no public snapshot found)' },
    ),
    credential(
      'v2-did-web-multikey-valid-status',
      'credentials/v2didWebMultikeyWithValidStatus.json',
      'Verify.v2 did:web "multikey verification method": VERIFIED',
      unverified(didWebUnreachable('did:web:digitalcredentials.github.io:dcc-did-web:multikey'), { fetched: ['https://digitalcredentials.github.io/dcc-did-web/multikey/did.json'] }, open('revocation', SHORT_LIST)),
      { differs: both(UNREACHABLE, SHORT_STATUS_LIST), note: 'INVENTORY: its DID document is not available offline' },
    ),
    credential(
      'v2-bad-did-web',
      'credentials/v2WithBadDidWeb.json',
      'Verify.v2 "when did:web url is unreachable": FATAL did_web_unresolved (https://digitalcredentials.github.io/dcc-did-web-bad/did.json)',
      unverified(didWebUnreachable('did:web:digitalcredentials.github.io:dcc-did-web-bad'), { fetched: ['https://digitalcredentials.github.io/dcc-did-web-bad/did.json'] }),
      { differs: UNREACHABLE },
    ),
    credential(
      'safe-mode-breaker',
      'credentials/safeModeBreaker.json',
      'Verify.v2 "for safe mode violation": FATAL jsonld.ValidationError "Relative @type reference found." (a real-world credential with a StatusList2021Entry)',
      invalid(fails('signature', /type "StatusList2021Entry" is not defined by the JSON-LD contexts/), { version: '3.0' }),
    ),
    verified('v1-no-status', 'credentials/v1NoStatus.json', 'VERIFIED — VP test expectedV1Result; basis for derived v1 cases'),
    shortList('v1-valid-status', 'credentials/v1WithValidStatus.json', 'Verify.v1 "returns as verified when status is valid": VERIFIED — log: valid_signature ✓ · expiration ✓ · revocation_status ✓ · registered_issuer ✓'),
    credential('v1-expired', 'credentials/v1Expired.json', 'Verify.v1 "when expired": UNVERIFIED — expiration false', expiredWith(fails('expiry', /expired on 2025-01-09/), {}, ...SIGNED), { proofAlone: true }),
    shortList('v1-expired-valid-status', 'credentials/v1ExpiredWithValidStatus.json', 'Verify.v1 "when expired with valid status": UNVERIFIED — expiration false, revocation ✓', expiredOnShortList('2025-01-09')),
    shortList('v1-revoked', 'credentials/v1Revoked.json', 'Verify.v1 "when revoked": UNVERIFIED — revocation_status false (index 6 set)'),
    shortList('v1-revoked-and-expired', 'credentials/v1RevokedAndExpired.json', 'fixture: UNVERIFIED — both false', expiredOnShortList('2025-01-09')),
    verified('v1-simple-issuer-id', 'credentials/v1SimpleIssuerId.json', 'VERIFIED — VP test'),
    verified('v1-ob-spec-example', 'credentials/v1OBv3SpecExample.json', 'VERIFIED — spec example, VCDM 1.1'),
    credential(
      'experimentation',
      'credentials/testVC.json',
      'Verify.experimentation (skipped): experimentation only; the INVENTORY\'s offline check: both signatures INVALID',
      invalid(fails('signature', /eddsa-rdfc-2022\) signature does not match/), { version: '3.0' }, fails('signature', /Ed25519Signature2020 signature does not match/)),
    ),
    credential('v2-no-proof', 'derived/v2NoProof.json', 'Verify.v2 "when no proof": FATAL no_proof', invalid(fails('signature', NO_PROOF))),
    credential('v1-no-proof', 'derived/v1NoProof.json', 'Verify.v1 "when no proof": FATAL no_proof', invalid(fails('signature', NO_PROOF))),
    credential('v2-tampered', 'derived/v2Tampered.json', 'Verify.v2 "when tampered with": FATAL invalid_signature (name changed)', invalid(fails('signature', /signature does not match/))),
    credential('v1-tampered', 'derived/v1Tampered.json', 'Verify.v1 "when tampered with": FATAL invalid_signature', invalid(fails('signature', /signature does not match/))),
    credential(
      'v2-expired-and-tampered',
      'derived/v2ExpiredAndTampered.json',
      'Verify.v2: FATAL invalid_signature (not "expired": a signature failure masks every other step)',
      invalid(fails('signature', /signature does not match/), {}, fails('expiry', /expired on 2011-01-01/)),
      { note: 'both failures are reported; the signature decides: invalid, not expired' },
    ),
    credential('v1-expired-and-tampered', 'derived/v1ExpiredAndTampered.json', 'Verify.v1: FATAL invalid_signature', invalid(fails('signature', /signature does not match/))),
    credential(
      'v2-id-not-a-uri',
      'derived/v2NonURIId.json',
      'Verify.v2 "when credential id is not a uri": FATAL invalid_credential_id',
      invalid(fails('signature', /identifier "0923lksjf" is not an absolute URL or URN/)),
    ),
    credential('v1-id-not-a-uri', 'derived/v1NonURIId.json', 'Verify.v1: FATAL invalid_credential_id', invalid(fails('signature', /identifier "0923lksjf" is not an absolute URL or URN/))),
    credential('no-context', 'derived/credentialWithoutContext.json', 'Verify.general "when not jsonld": FATAL invalid_jsonld', invalid(fails('context', /first @context must be the Verifiable Credentials context/))),
    credential(
      'no-vc-context',
      'derived/credentialWithoutVCContext.json',
      'Verify.general "when no vc context": FATAL no_vc_context',
      invalid(fails('context', /first @context must be the Verifiable Credentials context \(https:\/\/www\.w3\.org\/ns\/credentials\/v2\), not https:\/\/purl\.imsglobal\.org/)),
    ),
    credential('status-list-alone', 'status-e5WK8CbZ1GjycuPombrj.json', '(status list) bits 2, 6, 8 set — the BitstringStatusListCredential every *Status* fixture uses', notABadge(), { differs: LIST_ALONE, proofAlone: true }),
  ],
};
