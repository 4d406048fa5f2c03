import { doc } from '../verify-ob2/case.ts';
import type { VcSource } from './case.ts';
import { notABadge } from './outcomes.ts';

export const digitalbazaarObv3TestSuite: VcSource = {
  folder: 'digitalbazaar-obv3-test-suite',
  web: {},
  now: '2026-03-01T12:00:00Z',
  nowBecause: 'the credential carries no dates a clock could change: any day',
  cases: [
    {
      state: 'draft-2022-credential',
      input: doc('obv3-example.json'),
      peer:
        'tests/10-issuer.js: a valid input for a VC-API issuer in 2022 (type OpenBadge, @vocab context, no proof); INVENTORY: against OB 3.0 final NOT a conformant OpenBadgeCredential — a spec-strict verifier should reject it',
      expected: notABadge(/\(VerifiableCredential, OpenBadge\) is not an Open Badges or CLR credential/),
      note: 'the draft type OpenBadge is not OpenBadgeCredential or AchievementCredential, and nothing else is read',
    },
  ],
};
