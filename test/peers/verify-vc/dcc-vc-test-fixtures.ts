import { doc, fails, invalid, open, passes, unverified, type Expected, type ExpectedCheck } from '../verify-ob2/case.ts';
import type { VcCase, VcSource } from './case.ts';
import { both, expiredWith, ISSUERS_KEY, LIST_ALONE, NOT_A_BADGE, notABadge, SCHEMA_VIOLATION, SHORT_LIST, SHORT_STATUS_LIST, signatureValid, UNREACHABLE } from './outcomes.ts';

const VCS = 'verifiableCredentials';
const FIXTURES = 'https://digitalcredentials.github.io/vc-test-fixtures';
/** The DID documents of the two did:web issuers, by the registry the file names start with. */
const DID_DOCUMENTS = { legacy: `${FIXTURES}/dids/legacy/did.json`, oidf: `${FIXTURES}/dids/oidf/did.json` } as const;

/*
 * DCC names every fixture [registry]-[status]-[expiry] (its README), and that name is what the peer
 * asserts: VERIFIED, revoked, expired. The registry (legacy, oidf, …) drives only DCC's own issuer
 * registry step, which Open Badges does not have. Each row below is a fixture with the INVENTORY's
 * words; the helper named first says what Badge Lens makes of it.
 */

/** What every signed, well-formed fixture shows: its proofs verify with a key its issuer holds. */
const SIGNED: readonly ExpectedCheck[] = [signatureValid(), passes('key', ISSUERS_KEY)];

/** SIGNED, the DID document a did:web issuer is fetched from, and for a did:key, its proofs checked alone. */
function signedBy(file: string): { checks: readonly ExpectedCheck[]; fetched?: string[]; proofAlone?: true } {
  const didWeb = /\/didweb\//i.test(file);
  const registry = /(?:^|\/)(legacy|oidf)-/.exec(file)?.[1] as keyof typeof DID_DOCUMENTS | undefined;
  return {
    checks: SIGNED,
    ...(didWeb && registry ? { fetched: [DID_DOCUMENTS[registry]] } : {}),
    ...(didWeb ? {} : { proofAlone: true }),
  };
}

/** A fixture by its path under verifiableCredentials/, without .json; status lists and images by their own path. */
function row(file: string, peer: string, expected: Expected, extra: Partial<VcCase> = {}): VcCase {
  return { state: file, input: doc(`${VCS}/${file}.json`), peer, expected, ...extra };
}

function verified(file: string, peer: string): VcCase {
  const { checks, fetched, proofAlone } = signedBy(file);
  return row(file, peer, { status: 'verified', checks, ...(fetched ? { fetched } : {}) }, proofAlone ? { proofAlone } : {});
}

/** A status list of 100,000 entries: revocation left open, whatever its bit says (d). */
function shortList(file: string, peer: string): VcCase {
  const { checks, fetched, proofAlone } = signedBy(file);
  return row(file, peer, unverified(open('revocation', SHORT_LIST), fetched ? { fetched } : {}, ...checks), { differs: SHORT_STATUS_LIST, ...(proofAlone ? { proofAlone } : {}) });
}

function expired(file: string, peer: string): VcCase {
  const { checks, fetched, proofAlone } = signedBy(file);
  return row(file, peer, expiredWith(fails('expiry', /It expired on/), fetched ? { fetched } : {}, ...checks), proofAlone ? { proofAlone } : {});
}

/** Expired, on a status list too short to answer: expired is said, the peer's revocation answer is not (d). */
function expiredShortList(file: string, peer: string): VcCase {
  const { checks, fetched, proofAlone } = signedBy(file);
  return row(file, peer, expiredWith(fails('expiry', /It expired on/), fetched ? { fetched } : {}, open('revocation', SHORT_LIST), ...checks), {
    differs: SHORT_STATUS_LIST,
    ...(proofAlone ? { proofAlone } : {}),
  });
}

function notABadgeRow(file: string, peer: string): VcCase {
  return row(file, peer, notABadge(/\(VerifiableCredential\) is not an Open Badges or CLR credential/), { differs: NOT_A_BADGE, proofAlone: true });
}

/** A status list by its path; `signed` when its own proof is good (all but the tampered one). */
function listAlone(file: string, peer: string, signed = true): VcCase {
  return row(file, peer, notABadge(), { input: doc(file), differs: LIST_ALONE, ...(signed ? { proofAlone: true } : {}) });
}

/** achievementType "Program" is not an OB 3.0 AchievementType (it is "LearningProgram"). */
function programType(file: string, peer: string): VcCase {
  const { checks } = signedBy(file);
  return row(file, peer, invalid(fails('schema', /\/credentialSubject\/achievement\/achievementType: must be one of the allowed values/), {}, ...checks), { differs: SCHEMA_VIOLATION, proofAlone: true });
}

export const dccVcTestFixtures: VcSource = {
  folder: 'dcc-vc-test-fixtures',
  web: {
    [DID_DOCUMENTS.legacy]: 'dids/legacy/did.json',
    [DID_DOCUMENTS.oidf]: 'dids/oidf/did.json',
    [`${FIXTURES}/statusLists/didkey-ed25519Signature2020/`]: 'statusLists/didkey-ed25519Signature2020',
    // The v2 fixtures use verifier-core's list (the INVENTORY: same bits).
    'https://raw.githubusercontent.com/digitalcredentials/verifier-core/refs/heads/main/src/test-fixtures/status/e5WK8CbZ1GjycuPombrj': '../dcc-verifier-core/status-e5WK8CbZ1GjycuPombrj.json',
  },
  now: '2026-03-01T12:00:00Z',
  nowBecause:
    'the latest validFrom among the fixtures is 2026-01-23 (lcwExperience) and the earliest validUntil of a "notExpired" one is 2030-01-01: any day between reads every name as DCC wrote it; the "expired" ones ended in 2010, 2011 and on 2025-01-09, the "notYetValid" one starts in 2099',
  cases: [
    verified('v1/bothSignatureTypes/didKey/fourRegistry-noStatus-noExpiry', 'VERIFIED'),
    verified('v1/bothSignatureTypes/didKey/legacy-noStatus-noExpiry-basicOBv3', 'VERIFIED'),
    verified('v1/bothSignatureTypes/didKey/legacy-noStatus-noExpiry', 'VERIFIED'),
    shortList('v1/bothSignatureTypes/didKey/mixedRegistry-validStatus-noExpiry', 'VERIFIED'),
    verified('v1/bothSignatureTypes/didKey/noRegistry-noStatus-noExpiry', 'VERIFIED, (DCC registered_issuer=false: DID in no registry — not an OB check)'),
    expired('v1/bothSignatureTypes/didKey/oidf-noStatus-expired', 'expired — validUntil/expirationDate past'),
    verified('v1/bothSignatureTypes/didKey/oidf-noStatus-noExpiry', 'VERIFIED'),
    expiredShortList('v1/bothSignatureTypes/didKey/oidf-revokedStatus-expired', 'revoked, expired — status bit set; validUntil/expirationDate past'),
    verified('v1/bothSignatureTypes/didWeb/legacy-noStatus-noExpiry', 'VERIFIED'),
    shortList('v1/bothSignatureTypes/didWeb/legacy-revokedStaus-noExpiry', 'revoked — status bit set'),
    shortList('v1/bothSignatureTypes/didWeb/legacy-validStatus-noExpiry', 'VERIFIED'),
    verified('v1/bothSignatureTypes/didWeb/oidf-noStatus-noExpiry', 'VERIFIED'),
    shortList('v1/bothSignatureTypes/didWeb/oidf-revokedStatus-noExpiry', 'revoked — status bit set'),
    shortList('v1/bothSignatureTypes/didWeb/oidf-validStatus-noExpiry', 'VERIFIED'),
    verified('v1/dataIntegrityProof/didKey/fourRegistry-noStatus-noExpiry', 'VERIFIED'),
    verified('v1/dataIntegrityProof/didKey/legacy-noStatus-noExpiry', 'VERIFIED'),
    verified('v1/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-OBSpecExample', 'VERIFIED'),
    notABadgeRow('v1/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-oldDCCExample', 'VERIFIED'),
    shortList('v1/dataIntegrityProof/didKey/mixedRegistry-validStatus-noExpiry', 'VERIFIED'),
    verified('v1/dataIntegrityProof/didKey/noRegistry-noStatus-noExpiry', 'VERIFIED, (DCC registered_issuer=false: DID in no registry — not an OB check)'),
    expired('v1/dataIntegrityProof/didKey/oidf-noStatus-expired', 'expired — validUntil/expirationDate past'),
    verified('v1/dataIntegrityProof/didKey/oidf-noStatus-noExpiry', 'VERIFIED'),
    expiredShortList('v1/dataIntegrityProof/didKey/oidf-revokedStatus-expired', 'revoked, expired — status bit set; validUntil/expirationDate past'),
    verified('v1/dataIntegrityProof/didWeb/legacy-noStatus-noExpiry', 'VERIFIED'),
    shortList('v1/dataIntegrityProof/didWeb/legacy-revokedStatus-noExpiry', 'revoked — status bit set'),
    shortList('v1/dataIntegrityProof/didWeb/legacy-validStatus-noExpiry', 'VERIFIED'),
    verified('v1/dataIntegrityProof/didWeb/oidf-noStatus-noExpiry', 'VERIFIED'),
    shortList('v1/dataIntegrityProof/didWeb/oidf-revokedStatus-noExpiry', 'revoked — status bit set'),
    shortList('v1/dataIntegrityProof/didWeb/oidf-validStatus-noExpiry', 'VERIFIED'),
    verified('v1/ed25519/didKey/fourRegistry-noStatus-noExpiry', 'VERIFIED'),
    expired('v1/ed25519/didKey/legacy-noStatus-expired', 'expired — validUntil/expirationDate past'),
    verified('v1/ed25519/didKey/legacy-noStatus-noExpiry-stringIssuerId', 'VERIFIED'),
    row('v1/ed25519/didKey/legacy-noStatus-noExpiry', 'BROKEN (empty file upstream) — file is 0 bytes in the repo', invalid(fails('input', /neither a web address, JSON nor a JWS/))),
    verified('v1/ed25519/didKey/legacyRegistry-noStatus-noExpiry-issuerImageId', 'VERIFIED'),
    shortList('v1/ed25519/didKey/mixedRegistry-validStatus-noExpiry', 'VERIFIED'),
    verified('v1/ed25519/didKey/noRegistry-noStatus-noExpiry', 'VERIFIED, (DCC registered_issuer=false: DID in no registry — not an OB check)'),
    expired('v1/ed25519/didKey/oidf-noStatus-expired', 'expired — validUntil/expirationDate past'),
    verified('v1/ed25519/didKey/oidf-noStatus-noExpiry', 'VERIFIED'),
    expiredShortList('v1/ed25519/didKey/oidf-revokedStatus-expired', 'revoked, expired — status bit set; validUntil/expirationDate past'),
    verified('v1/ed25519/didWeb/legacy-noStatus-noExpiry', 'VERIFIED'),
    shortList('v1/ed25519/didWeb/legacy-revokedStatus-noExpiry', 'revoked — status bit set'),
    shortList('v1/ed25519/didWeb/legacy-validStatus-noExpiry', 'VERIFIED'),
    verified('v1/ed25519/didWeb/oidf-noStatus-noExpiry', 'VERIFIED'),
    shortList('v1/ed25519/didWeb/oidf-revokedStatus-noExpiry', 'revoked — status bit set'),
    shortList('v1/ed25519/didWeb/oidf-validStatus-noExpiry', 'VERIFIED'),
    notABadgeRow('v2/bothSignatureTypes/didkey/legacy-noStatus-noExpiry-nonOBWithOBContext', 'VERIFIED — schema_check → NO_SCHEMA (OB context but not an OB type)'),
    verified('v2/bothSignatureTypes/didkey/legacy-noStatus-noExpiry', 'VERIFIED'),
    verified('v2/bothSignatureTypes/didkey/legacy-noStatus-notExpired-endorsement-withSchema', 'VERIFIED — schema_check valid (credentialSchema listed)'),
    verified('v2/bothSignatureTypes/didkey/legacy-noStatus-notExpired-endorsement', 'VERIFIED'),
    expiredShortList('v2/bothSignatureTypes/didkey/noRegistry-revokedStatus-expired', 'revoked, expired, (DCC registered_issuer=false: DID in no registry — not an OB check) — status bit set; validUntil/expirationDate past'),
    shortList('v2/bothSignatureTypes/didkey/noRegistry-revokedStatus-notExpired', 'revoked, (DCC registered_issuer=false: DID in no registry — not an OB check) — status bit set'),
    shortList('v2/bothSignatureTypes/didkey/oidf-revokedStatus-noExpiry', 'revoked — status bit set'),
    expiredShortList('v2/bothSignatureTypes/didweb/legacy-revokedStatus-expired', 'revoked, expired — status bit set; validUntil/expirationDate past'),
    shortList('v2/bothSignatureTypes/didweb/legacy-revokedStatus-noExpiry', 'revoked — status bit set'),
    verified('v2/bothSignatureTypes/didweb/oidf-noStatus-notExpired', 'VERIFIED'),
    programType('v2/dataIntegrityProof/didKey/legacyRegistry-noStatus-_noExpiry-credSubjName', 'VERIFIED'),
    verified('v2/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-OBSpecExample', 'VERIFIED'),
    verified('v2/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-achievementTypeExample', 'VERIFIED'),
    verified('v2/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-alignments', 'VERIFIED'),
    verified('v2/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-basicOBv3', 'VERIFIED'),
    programType('v2/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-credName', 'VERIFIED'),
    programType('v2/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-credSubjName', 'VERIFIED'),
    programType('v2/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-identityHash', 'VERIFIED'),
    notABadgeRow('v2/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-minimal', 'VERIFIED — schema_check → NO_SCHEMA; VCDM2 with no validFrom'),
    verified('v2/dataIntegrityProof/didKey/legacyRegistry-noStatus-notExpired-withSchema', 'VERIFIED — schema_check valid (credentialSchema listed)'),
    row(
      'v2/dataIntegrityProof/didKey/noRegistry-revokedStatus-noExpiry',
      'revoked, (DCC registered_issuer=false: DID in no registry — not an OB check) — status bit set',
      expiredWith(fails('expiry', /expired on 2010-01-02/), {}, open('revocation', SHORT_LIST), ...SIGNED),
      {
        differs: both(SHORT_STATUS_LIST, 'despite "noExpiry" in its name, its validUntil is 2010-01-02: expired'),
        proofAlone: true,
      },
    ),
    shortList('v2/dataIntegrityProof/didKey/noRegsitry-revokedStatus-notExpired', 'revoked, (DCC registered_issuer=false: DID in no registry — not an OB check) — status bit set'),
    verified('v2/dataIntegrityProof/didKey/oidf-noStatus-notExpired-complexIssuer', 'VERIFIED'),
    row('v2/dataIntegrityProof/didKey/oidf-noStatus-notExpired-notYetValid', 'not yet valid — validFrom 2099', invalid(fails('issued', /dated 2099-01-01, which is in the future/), {}, ...SIGNED), {
      proofAlone: true,
    }),
    shortList('v2/dataIntegrityProof/didKey/oidf-revokedStatus-noExpiry', 'revoked — status bit set'),
    row(
      'v2/dataIntegrityProof/didKey/twoOIDF-revoked-notExpired-badSchema',
      'revoked, schema_check fails: missing validFrom — status bit set; Verify.schema.spec "returns error for extra term"',
      invalid(fails('issued', /no validFrom date/), {}, fails('schema', /must have required property 'validFrom'/), open('revocation', SHORT_LIST), ...SIGNED),
      { differs: both(SCHEMA_VIOLATION, SHORT_STATUS_LIST), proofAlone: true },
    ),
    expiredShortList('v2/dataIntegrityProof/didKey/twoOIDF-validStatus-expired', 'expired — validUntil/expirationDate past'),
    expiredShortList('v2/dataIntegrityProof/didweb/legacy-revokedStatus-expired', 'revoked, expired — status bit set; validUntil/expirationDate past'),
    shortList('v2/dataIntegrityProof/didweb/legacy-revokedStatus-noExpiry', 'revoked — status bit set'),
    verified('v2/dataIntegrityProof/didweb/oidf-noStatus-notExpired', 'VERIFIED'),
    notABadgeRow('v2/ed25519/didKey/legacy-expiredStatus-noExpiry', 'revocation status INDETERMINATE (status list expired 2021) — status list validUntil past'),
    notABadgeRow('v2/ed25519/didKey/legacy-missingTypeStatus-noExpiry', 'revocation status INDETERMINATE (list lacks BitstringStatusListCredential type)'),
    expired('v2/ed25519/didKey/legacy-noStatus-expired', 'expired — validUntil/expirationDate past'),
    verified('v2/ed25519/didKey/legacy-noStatus-noExpiry-lcwExperience', 'VERIFIED'),
    verified('v2/ed25519/didKey/legacy-noStatus-noExpiry-stringIssuerId', 'VERIFIED'),
    row('v2/ed25519/didKey/legacy-noStatus-noExpiry-tampered', 'FATAL invalid_signature — file name "tampered"', invalid(fails('signature', /Ed25519Signature2020 signature does not match/))),
    verified('v2/ed25519/didKey/legacy-noStatus-noExpiry', 'VERIFIED'),
    notABadgeRow('v2/ed25519/didKey/legacy-notYetValidStatus-noExpiry', 'revocation status INDETERMINATE (status list validFrom 3000) — status list not yet valid'),
    notABadgeRow('v2/ed25519/didKey/legacy-tamperedStatus-noExpiry', 'revocation status INDETERMINATE (status list signature invalid)'),
    expiredShortList('v2/ed25519/didKey/noRegistry-revokedStatus-expired', 'revoked, expired, (DCC registered_issuer=false: DID in no registry — not an OB check) — status bit set; validUntil/expirationDate past'),
    shortList('v2/ed25519/didKey/noRegistry-revokedStatus-notExpired', 'revoked, (DCC registered_issuer=false: DID in no registry — not an OB check) — status bit set'),
    shortList('v2/ed25519/didKey/oidf-revokedStatus-noExpiry', 'revoked — status bit set'),
    row(
      'v2/ed25519/didWeb/badDidWeb',
      'FATAL did_web_unresolved — did:web:digitalcredentials.github.io:dcc-did-web-bad',
      unverified(open('key', /DID document of did:web:digitalcredentials\.github\.io:dcc-did-web-bad could not be read/), {
        fetched: ['https://digitalcredentials.github.io/dcc-did-web-bad/did.json'],
      }),
      { differs: UNREACHABLE },
    ),
    expiredShortList('v2/ed25519/didWeb/legacy-revokedStatus-expired', 'revoked, expired — status bit set; validUntil/expirationDate past'),
    shortList('v2/ed25519/didWeb/legacy-revokedStatus-noExpiry', 'revoked — status bit set'),
    verified('v2/ed25519/didWeb/oidf-noStatus-notExpired', 'VERIFIED'),
    listAlone('statusLists/didkey-ed25519Signature2020/e5WK8CbZ1GjycuPombrj', '(status list) valid list, bits 2,6,8 set — referenced by legacy-*Status-noExpiry credentials'),
    listAlone('statusLists/didkey-ed25519Signature2020/expired', '(status list) validUntil 2021 → list expired — referenced by legacy-*Status-noExpiry credentials'),
    listAlone('statusLists/didkey-ed25519Signature2020/missingBitStringType', '(status list) type lacks BitstringStatusListCredential — referenced by legacy-*Status-noExpiry credentials'),
    listAlone('statusLists/didkey-ed25519Signature2020/notYetValid', '(status list) validFrom 3000 — referenced by legacy-*Status-noExpiry credentials'),
    listAlone('statusLists/didkey-ed25519Signature2020/tampered', '(status list) encodedList altered after signing (signature invalid; gzip corrupt) — referenced by legacy-*Status-noExpiry credentials', false),
    row('qr-not-baked/legacy-noStatus-noExpiry.qr', 'INVENTORY: the PNGs in the repo are QR codes of the raw URL, NOT baked badges (one kept as a negative "PNG without openbadges chunk" case)', invalid(fails('input', /has no Open Badge baked into it/)), {
      input: doc('qr-not-baked/legacy-noStatus-noExpiry.qr.png'),
    }),
  ],
};
