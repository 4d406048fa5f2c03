import type { CheckId } from '../../../core/index.ts';
import { doc, fails, invalid, open, unverified, verified, type Doc, type Expected, type VerifyCase } from './case.ts';

/**
 * The mozilla validator's value table (validator.test.js over fixtures/test-data.js): for each field of an
 * OB 0.5 assertion and of an OB 1.0 assertion, BadgeClass and Issuer, the kinds of value the field takes
 * (`good`: no errors) and refuses (`bad`, and `MISSING` for a required field: an error on that field).
 * Only the fields validator.test.js runs its macros on are swept. Each case puts every value of its groups
 * into a hosted graph served as the peer's full.test.js serves it and verifies the badge by its URL. Groups
 * are split only where we deliberately differ for some of their values.
 */
export const ORIGIN = 'https://example.org';
export const ASSERTION = `${ORIGIN}/assertion`;
export const BADGE = `${ORIGIN}/badge`;
export const ISSUER = `${ORIGIN}/issuer`;
export const GEN = {
  v05: 'derived/generator-0.5.0.json',
  assertion: 'derived/generator-1.0.0-assertion.json',
  badge: 'derived/generator-1.0.0-badge.json',
  issuer: 'derived/generator-1.0.0-issuer.json',
} as const;

const BRIAN = 'brian@mozillafoundation.org';

/** Before the value dates (2013-02-21, 2013-02-22) and after both generators' issue dates: for `expires` values. */
const BEFORE_EXPIRY = '2013-02-20T00:00:00Z';

type Doc05 = '0.5';
type Target = Doc05 | 'assertion' | 'badge' | 'issuer';
const TARGETS: Readonly<Record<Target, { at: string; base: Doc; test: string }>> = {
  '0.5': { at: ASSERTION, base: doc(GEN.v05), test: '"0.5.0 badges with errors"' },
  assertion: { at: ASSERTION, base: doc(GEN.assertion), test: '"1.0.0-assertion: some errors"' },
  badge: { at: BADGE, base: doc(GEN.badge), test: '"1.0.0-badge: some errors"' },
  issuer: { at: ISSUER, base: doc(GEN.issuer), test: '"1.0.0-issuer: some errors"' },
};
const PREFIX: Readonly<Record<Target, string>> = { '0.5': '0.5', assertion: '1.0', badge: '1.0-badge', issuer: '1.0-issuer' };

const NOTHING_THERE = 'the value is an address that we fetch (the issuer\'s copy, the BadgeClass, the issuer) and no stand-in is served at these sample addresses, so the verdict stays open; the peer checks the field\'s form only';
const SAME_ORIGIN = "OB 0.5 'origin' (and the 1.0 issuer url, lacking an id) must be the origin the badge is hosted on (core/verify/ob2/policy.ts); these values name another host than https://example.org, where the badge is served — the peer checks the field's form only";

const good = (extra: Parameters<typeof verified>[0] = {}): Expected => verified({ ...extra });
const bad = (id: CheckId | readonly CheckId[]): Expected => invalid(fails(id));

function sweep(target: Target, field: string, kind: string, from: readonly string[], expected: Expected, extra: Partial<VerifyCase> = {}): VerifyCase {
  const { at, base, test } = TARGETS[target];
  const verdict = expected.status === 'verified' && !from.includes('MISSING') ? 'no errors' : `an error on ${field}`;
  return {
    state: `${PREFIX[target]}-${field.replace(/\./g, '-')}-${kind}`,
    input: { url: ASSERTION },
    serve: { [at]: base, ...(target === '0.5' ? {} : { [ASSERTION]: TARGETS.assertion.base }) },
    values: { at, field, from },
    peer: `validator.test.js ${test}: ${field} = ${from.join(', ')} → ${verdict}`,
    expected,
    ...extra,
  };
}

export const VALUE_TABLE_CASES: readonly VerifyCase[] = [
  // OB 0.5: the assertion embeds its BadgeClass and issuer; served at https://example.org/assertion.
  sweep('0.5', 'recipient', 'good', ['EMAILS.good', 'HASHES.good'], good({ version: '0.5' })),
  sweep('0.5', 'recipient', 'not-text', ['STRINGS.bad'], bad('format')),
  sweep('0.5', 'recipient', 'bad', ['EMAILS.bad', 'HASHES.bad'], bad(['format', 'recipient'])),
  sweep('0.5', 'recipient', 'missing', ['MISSING'], bad('format')),
  sweep('0.5', 'salt', 'good', ['STRINGS.good', 'MISSING'], good()),
  sweep('0.5', 'salt', 'bad', ['STRINGS.bad'], bad(['format', 'recipient'])),
  sweep('0.5', 'evidence', 'good', ['URLS.good', 'MISSING'], good()),
  sweep('0.5', 'evidence', 'bad', ['STRINGS.bad', 'URLS.bad'], bad('format')),
  sweep('0.5', 'expires', 'good', ['TIMES.good[0]', 'MISSING'], good(), { now: BEFORE_EXPIRY, note: `clock ${BEFORE_EXPIRY}: before the value's date` }),
  sweep('0.5', 'expires', 'before-issue', ['TIMES.good[1]'], invalid(fails('expiry', /before it was issued/)), {
    differs: "2012-01-01 is before the generator's issued_on (2013-01-01): we fail a badge that expires before it was issued; the peer checks each field alone",
  }),
  sweep('0.5', 'expires', 'bad', ['STRINGS.bad', 'TIMES.bad'], bad('expiry')),
  sweep('0.5', 'issued_on', 'good', ['TIMES.good', 'MISSING'], good()),
  sweep('0.5', 'issued_on', 'bad', ['STRINGS.bad', 'TIMES.bad'], bad('issued')),
  sweep('0.5', 'badge.version', 'good', ['VERSIONS.good', 'MISSING'], good()),
  sweep('0.5', 'badge.version', 'bad', ['STRINGS.bad', 'VERSIONS.bad'], bad('achievement')),
  sweep('0.5', 'badge.name', 'good', ['STRINGS.good'], good()),
  sweep('0.5', 'badge.name', 'bad', ['STRINGS.bad', 'MISSING'], bad('achievement')),
  sweep('0.5', 'badge.description', 'good', ['STRINGS.good'], good()),
  sweep('0.5', 'badge.description', 'bad', ['STRINGS.bad', 'MISSING'], bad('achievement')),
  sweep('0.5', 'badge.image', 'good', ['URLS.good'], good()),
  sweep('0.5', 'badge.image', 'bad', ['STRINGS.bad', 'URLS.bad', 'MISSING'], bad('achievement')),
  sweep('0.5', 'badge.criteria', 'good', ['URLS.good'], good()),
  sweep('0.5', 'badge.criteria', 'bad', ['STRINGS.bad', 'URLS.bad', 'MISSING'], bad('achievement')),
  sweep('0.5', 'badge.issuer.name', 'good', ['STRINGS.good'], good()),
  sweep('0.5', 'badge.issuer.name', 'bad', ['STRINGS.bad', 'MISSING'], bad('issuer')),
  sweep('0.5', 'badge.issuer.contact', 'good', ['EMAILS.good', 'MISSING'], good()),
  sweep('0.5', 'badge.issuer.contact', 'bad', ['STRINGS.bad', 'EMAILS.bad'], bad('issuer')),
  sweep('0.5', 'badge.issuer.origin', 'other-host', ['ORIGINS.good'], invalid(fails('verification-policy')), { differs: SAME_ORIGIN }),
  sweep('0.5', 'badge.issuer.origin', 'bad', ['STRINGS.bad', 'ORIGINS.bad', 'MISSING'], bad(['issuer', 'verification-policy'])),
  sweep('0.5', 'badge.issuer.org', 'good', ['STRINGS.good', 'MISSING'], good()),
  sweep('0.5', 'badge.issuer.org', 'bad', ['STRINGS.bad'], bad('issuer')),

  // OB 1.0 assertion, served at https://example.org/assertion (its verify.url).
  sweep('assertion', 'uid', 'good', ['STRINGS.good'], good({ version: '1.0' })),
  sweep('assertion', 'uid', 'bad', ['STRINGS.bad', 'MISSING'], bad('format')),
  sweep('assertion', 'recipient.type', 'good', ['IDENTITY_TYPES.good'], good()),
  sweep('assertion', 'recipient.type', 'other-type', ['IDENTITY_TYPES.bad'], bad('format')),
  sweep('assertion', 'recipient.type', 'bad', ['STRINGS.bad', 'MISSING'], bad(['format', 'recipient'])),
  sweep('assertion', 'recipient.hashed', 'true', ['BOOLEANS.good[0]', 'BOOLEANS.good[1]', 'BOOLEANS.good[2]'], good({ recipientMatch: 'matched' }), {
    identities: [BRIAN],
    note: 'the identity is sha256(brian@mozillafoundation.org + "seasalt"): each spelling of true must read it as a hash',
  }),
  sweep('assertion', 'recipient.hashed', 'false', ['BOOLEANS.good[3]', 'BOOLEANS.good[4]', 'BOOLEANS.good[5]'], good()),
  sweep('assertion', 'recipient.hashed', 'bad', ['STRINGS.bad', 'BOOLEANS.bad', 'MISSING'], bad(['format', 'recipient'])),
  sweep('assertion', 'recipient.salt', 'good', ['STRINGS.good', 'MISSING'], good()),
  sweep('assertion', 'recipient.salt', 'bad', ['STRINGS.bad'], bad(['format', 'recipient'])),
  sweep('assertion', 'recipient.identity', 'good', ['STRINGS.good'], invalid(fails('format', /marked hashed but its identity is not a hash/)), {
    differs: 'the generated recipient says hashed: true, and a hashed identity must be a hash, as the peer itself requires in errors.test.js (1.0-hashed-identity-not-a-hash); the sweep sets text that is no hash under hashed: true',
  }),
  sweep('assertion', 'recipient.identity', 'bad', ['STRINGS.bad', 'MISSING'], bad('format')),
  sweep('assertion', 'verify.type', 'hosted', ['VERIFY_TYPES.good[0]', 'VERIFY_TYPES.good[1]'], good()),
  sweep('assertion', 'verify.type', 'signed', ['VERIFY_TYPES.good[2]', 'VERIFY_TYPES.good[3]'], unverified(open('signature', /without the signature/)), {
    differs: 'a document that says it is signed, fetched as JSON without its JWS, cannot prove anything: unverified (the peer checks the field\'s form only)',
  }),
  sweep('assertion', 'verify.type', 'bad', ['STRINGS.bad', 'VERIFY_TYPES.bad', 'MISSING'], bad('format')),
  sweep('assertion', 'verify.url', 'elsewhere', ['ABSOLUTE_URLS.good'], unverified(open('hosted')), { differs: NOTHING_THERE }),
  sweep('assertion', 'verify.url', 'bad', ['STRINGS.bad', 'ABSOLUTE_URLS.bad', 'MISSING'], bad(['format', 'hosted'])),
  sweep('assertion', 'badge', 'elsewhere', ['ABSOLUTE_URLS.good'], unverified(open('achievement')), { differs: NOTHING_THERE }),
  sweep('assertion', 'badge', 'bad', ['ABSOLUTE_URLS.bad', 'MISSING'], bad(['format', 'achievement'])),
  sweep('assertion', 'issuedOn', 'good', ['TIMES.good', 'ISO8601.good'], good()),
  sweep('assertion', 'issuedOn', 'bad', ['STRINGS.bad', 'TIMES.bad', 'ISO8601.bad', 'MISSING'], bad('issued')),
  sweep('assertion', 'expires', 'good', ['TIMES.good[0]', 'ISO8601.good[1]', 'ISO8601.good[2]', 'ISO8601.good[3]', 'ISO8601.good[4]', 'ISO8601.good[6]', 'ISO8601.good[7]', 'ISO8601.good[8]', 'ISO8601.good[9]', 'MISSING'], good(), { now: BEFORE_EXPIRY, note: `clock ${BEFORE_EXPIRY}: before the values' dates` }),
  sweep('assertion', 'expires', 'before-issue', ['TIMES.good[1]', 'ISO8601.good[0]', 'ISO8601.good[5]'], invalid(fails('expiry', /before it was issued/)), {
    now: BEFORE_EXPIRY,
    differs: "2012-01-01 is before the generator's issuedOn (2013-02-18): we fail a badge that expires before it was issued; the peer checks each field alone",
  }),
  sweep('assertion', 'expires', 'bad', ['STRINGS.bad', 'TIMES.bad', 'ISO8601.bad'], bad('expiry')),
  sweep('assertion', 'evidence', 'good', ['ABSOLUTE_URLS.good', 'MISSING'], good()),
  sweep('assertion', 'evidence', 'bad', ['STRINGS.bad', 'ABSOLUTE_URLS.bad'], bad('format')),
  sweep('assertion', 'image', 'good', ['ABSOLUTE_URLS.good', 'IMAGE_DATA_URLS.good', 'MISSING'], good()),
  sweep('assertion', 'image', 'bad-data-uri', ['IMAGE_DATA_URLS.bad[0]', 'IMAGE_DATA_URLS.bad[1]'], bad('format')),
  sweep('assertion', 'image', 'bad', ['STRINGS.bad', 'ABSOLUTE_URLS.bad', 'IMAGE_DATA_URLS.bad[2]'], bad('format')),

  // OB 1.0 BadgeClass, served at https://example.org/badge.
  sweep('badge', 'name', 'good', ['STRINGS.good'], good()),
  sweep('badge', 'name', 'bad', ['STRINGS.bad', 'MISSING'], bad('achievement')),
  sweep('badge', 'description', 'good', ['STRINGS.good'], good()),
  sweep('badge', 'description', 'bad', ['STRINGS.bad', 'MISSING'], bad('achievement')),
  sweep('badge', 'image', 'good', ['ABSOLUTE_URLS.good', 'IMAGE_DATA_URLS.good'], good()),
  sweep('badge', 'image', 'bad', ['STRINGS.bad', 'ABSOLUTE_URLS.bad', 'IMAGE_DATA_URLS.bad', 'MISSING'], bad('achievement')),
  sweep('badge', 'criteria', 'good', ['ABSOLUTE_URLS.good'], good()),
  sweep('badge', 'criteria', 'bad', ['STRINGS.bad', 'ABSOLUTE_URLS.bad', 'MISSING'], bad('achievement')),
  sweep('badge', 'issuer', 'elsewhere', ['ABSOLUTE_URLS.good'], unverified(open('issuer')), { differs: NOTHING_THERE }),
  sweep('badge', 'issuer', 'bad', ['STRINGS.bad', 'ABSOLUTE_URLS.bad', 'MISSING'], bad(['achievement', 'issuer'])),
  sweep('badge', 'alignment', 'good', ['ALIGNMENTS.good', 'MISSING'], good()),
  sweep('badge', 'alignment', 'bad', ['ALIGNMENTS.bad'], bad('achievement')),
  sweep('badge', 'tags', 'good', ['TAGLIST.good', 'MISSING'], good()),
  sweep('badge', 'tags', 'bad', ['TAGLIST.bad'], bad('achievement')),

  // OB 1.0 IssuerOrganization, served at https://example.org/issuer.
  sweep('issuer', 'name', 'good', ['STRINGS.good'], good()),
  sweep('issuer', 'name', 'bad', ['STRINGS.bad', 'MISSING'], bad('issuer')),
  sweep('issuer', 'url', 'badge-host', ['ABSOLUTE_URLS.good[0]', 'ABSOLUTE_URLS.good[3]'], good()),
  sweep('issuer', 'url', 'other-host', ['ABSOLUTE_URLS.good[1]', 'ABSOLUTE_URLS.good[2]'], invalid(fails('verification-policy')), { differs: SAME_ORIGIN }),
  sweep('issuer', 'url', 'bad', ['STRINGS.bad', 'ABSOLUTE_URLS.bad', 'MISSING'], bad(['issuer', 'verification-policy'])),
  sweep('issuer', 'description', 'good', ['STRINGS.good', 'MISSING'], good()),
  sweep('issuer', 'description', 'bad', ['STRINGS.bad'], bad('issuer')),
  sweep('issuer', 'image', 'good', ['ABSOLUTE_URLS.good', 'IMAGE_DATA_URLS.good', 'MISSING'], good()),
  sweep('issuer', 'image', 'bad', ['STRINGS.bad', 'ABSOLUTE_URLS.bad', 'IMAGE_DATA_URLS.bad'], bad('issuer')),
  sweep('issuer', 'revocationList', 'good', ['ABSOLUTE_URLS.good', 'MISSING'], good()),
  sweep('issuer', 'revocationList', 'bad', ['STRINGS.bad', 'ABSOLUTE_URLS.bad'], bad(['issuer', 'revocation'])),
];
