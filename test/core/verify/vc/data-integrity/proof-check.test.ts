import { describe, expect, it } from 'vitest';
import { proofFailureCheck } from '../../../../../core/verify/vc/data-integrity/proof-check.ts';
import type { ProofFailureReason } from '../../../../../core/verify/vc/data-integrity/proof-result.ts';

describe('proofFailureCheck', () => {
  it.each<[ProofFailureReason, object]>([
    ['unknown-context', { id: 'context', status: 'fail' }],
    ['unsupported-suite', { id: 'signature', status: 'skip', undecided: true }],
    ['bad-signature', { id: 'signature', status: 'fail' }],
    ['canonicalisation', { id: 'signature', status: 'fail' }],
    ['malformed', { id: 'signature', status: 'fail' }],
  ])('reports %s as %j', (reason, check) => {
    expect(proofFailureCheck({ ok: false, reason, message: 'Why.' }, { subject: 'urn:uuid:1' })).toEqual({ ...check, message: 'Why.', subject: 'urn:uuid:1' });
  });
});
