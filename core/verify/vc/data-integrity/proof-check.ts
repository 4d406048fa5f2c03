import type { Check } from '../../../model/report.ts';
import { fail, undecided } from '../../checks.ts';
import type { ProofFailure } from './proof-result.ts';

/**
 * The report check for a proof that did not verify. An unknown context is its own check ('context');
 * a suite Badge Lens cannot check leaves the verdict open (DESIGN.md: an unknown proof type is
 * `unverified`, never `invalid`); everything else is a failed signature.
 *
 * @example
 * if (!result.ok) checks.push(proofFailureCheck(result, { subject: credential.id }));
 */
export function proofFailureCheck(failure: ProofFailure, extra: Pick<Check, 'subject'> = {}): Check {
  switch (failure.reason) {
    case 'unknown-context':
      return fail('context', failure.message, extra);
    case 'unsupported-suite':
      return undecided('signature', failure.message, extra);
    case 'bad-signature':
    case 'canonicalisation':
    case 'malformed':
      return fail('signature', failure.message, extra);
  }
}
