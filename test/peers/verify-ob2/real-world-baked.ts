import { doc, open, passes, unverified, type VerifySource } from './case.ts';

const NOT_ASSERTED = 'real-world: no peer asserts an outcome';

// Only the hosted assertions have stand-ins: their BadgeClasses and issuers cannot be had offline.
const STUCK_AT_BADGE_CLASS = /badge description \(BadgeClass\) could not be read/;

export const realWorldBakedCredly: VerifySource = {
  folder: 'real-world-baked-credly',
  web: {
    'https://www.credly.com/api/v1/obi/v2/badge_assertions/a388d729-fc22-4503-9eb8-684947932757': 'ob2/takesection__aws-ml-engineer-associate.hosted-assertion.json',
  },
  now: '2025-06-01T00:00:00Z',
  nowBecause: 'the badge was issued 2025-03-27 and expires 2028-03-27: a day between, as when its owner downloaded it',
  cases: [
    {
      state: 'ob2-hosted-credly',
      input: doc('ob2/takesection__aws-ml-engineer-associate.png'),
      peer: `${NOT_ASSERTED}; INVENTORY: the hosted assertion has a local stand-in (identical to the baked payload), the BadgeClass and Issuer are not available`,
      expected: unverified(open('achievement', STUCK_AT_BADGE_CLASS), {
        version: '2.0',
        form: 'hosted',
        fetched: ['https://www.credly.com/api/v1/obi/v2/badge_assertions/a388d729-fc22-4503-9eb8-684947932757'],
      }, passes('hosted', /www\.credly\.com/)),
      note: "what can be decided offline is decided: the issuer's copy is found and matches; the verdict stays open at the BadgeClass, which cannot be reached",
    },
  ],
};

export const realWorldBakedMisc: VerifySource = {
  folder: 'real-world-baked-misc',
  web: {
    'https://nlp.netlearning.co.jp/api/v1.0/openbadge/v2/Assertion/Tml2NHpTRGlRWkNlS0FzV1A0aWUvQT09': 'netlearning/takesection__netlearning-ttt.hosted-assertion.json',
  },
  now: '2025-06-01T00:00:00Z',
  nowBecause: 'the badge was issued 2025-02-21 and does not expire: any later day',
  cases: [
    {
      state: 'ob2-hosted-netlearning',
      input: doc('netlearning/takesection__netlearning-ttt.png'),
      peer: `${NOT_ASSERTED}; INVENTORY: hosted assertion stand-in (the owner's copy), BadgeClass not available, salted recipient (the earner's email is not given)`,
      expected: unverified(
        open('achievement', STUCK_AT_BADGE_CLASS),
        { version: '2.0', form: 'hosted', recipientMatch: 'not-checked' },
        passes('hosted', /nlp\.netlearning\.co\.jp/),
        passes('issued', /2025-02-21/),
      ),
      note: "verification: { type: 'HostedBadge' } is read as hosted; the verdict stays open at the BadgeClass, which cannot be reached. issuedOn is 2025-02-21T00:00:00+09:00: the day the issuer wrote is the 21st",
    },
  ],
};
