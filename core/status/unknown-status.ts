import type { Check } from '../model/report.ts';
import { undecided } from '../verify/checks.ts';

const QUESTION: Readonly<Record<string, string>> = {
  revocation: 'Whether its issuer has revoked it',
  suspension: 'Whether its issuer has suspended it',
};

/**
 * A status that could not be learned: the badge was never shown to be revoked, nor shown not to be, so it
 * cannot be `verified` while this stands. `problem` finishes the sentence ("the status list … expired").
 */
export function unknownStatus(problem: string, purpose = 'revocation'): Check {
  return undecided('revocation', `${QUESTION[purpose] ?? 'Its status'} could not be checked: ${problem.replace(/\.$/, '')}.`);
}
