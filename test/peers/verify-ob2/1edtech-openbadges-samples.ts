import { passes, verified, type VerifyCase, type VerifySource } from './case.ts';

const SERVER = 'http://localhost:3000';
const WIGGINS = 'wiggins@concentricsky.com';
const NOT_ASSERTED = "no tests: spec-author samples for a json-server graph; the INVENTORY expects each to VERIFY with the stand-ins";

function sample(state: string, slug: string, what: string, expected: VerifyCase['expected'], note?: string): VerifyCase {
  return { state, input: { url: `${SERVER}/assertions/${slug}` }, identities: [WIGGINS], peer: `${NOT_ASSERTED} (${what})`, expected, ...(note ? { note } : {}) };
}

export const onedtechOpenbadgesSamples: VerifySource = {
  folder: '1edtech-openbadges-samples',
  // raw/routes.json: json-server on localhost:3000 serves each object at its own id.
  web: {
    [`${SERVER}/issuers/first`]: 'components/issuer-first.json',
    [`${SERVER}/badges/bill-of-rights`]: 'components/badge-bill-of-rights.json',
    [`${SERVER}/badges/geolocated-badge`]: 'components/badge-geolocated-badge.json',
    [`${SERVER}/assertions/wiggins-bill-of-rights`]: 'components/assertion-wiggins-bill-of-rights.json',
    [`${SERVER}/assertions/geolocated-1`]: 'components/assertion-geolocated-1.json',
    [`${SERVER}/assertions/bespoke-badge-1`]: 'components/assertion-bespoke-badge-1.json',
  },
  now: '2024-06-01T00:00:00Z',
  nowBecause: 'the samples were issued on 2016-10-27 and expire in 2222 at the earliest: any day between reads them as their authors meant',
  cases: [
    sample(
      'hosted-plain-recipient-verify-key',
      'wiggins-bill-of-rights',
      'plain-email recipient, 1.1-style `verify {type, url}`, expires 2222, alignments and tags',
      verified(
        { version: '2.0', form: 'hosted', recipientMatch: 'matched', fetched: [`${SERVER}/assertions/wiggins-bill-of-rights`, `${SERVER}/badges/bill-of-rights`, `${SERVER}/issuers/first`] },
        passes('hosted'),
        passes('verification-policy'),
        passes('expiry', /2222-12-31/),
      ),
      'the badge lives on localhost:3000, which only allowPrivateNetwork lets the verifier reach; its images are on api.badgr.io, which has no stand-in, so the image check warns',
    ),
    sample(
      'badge-class-with-extension',
      'geolocated-1',
      'the BadgeClass carries a GeoCoordinates extension; issuedOn has a +00:01 offset; `verify` without url',
      verified({ version: '2.0', recipientMatch: 'matched' }, passes('issued', /2016-10-27/), passes('schema', /GeoCoordinates/)),
      'the geoCoordinates extension context and its schema are bundled, so the extension is checked offline',
    ),
    sample(
      'embedded-badge-class-with-urn-id',
      'bespoke-badge-1',
      'an embedded BadgeClass whose id is urn:uuid (the reason for PR #9)',
      verified({ version: '2.0', recipientMatch: 'matched' }, passes('achievement', /Bespoke Badge/), passes('issuer')),
    ),
  ],
};
