import type { Check, Status } from './report.ts';

/**
 * The verdict from the checks, and the message of the check that decided it. A failure wins over
 * everything; among failures, any that is not about revocation, suspension or expiry makes the badge
 * invalid. Without failures, a badge is verified only when a check proved it came from its issuer and no
 * check was left undecided.
 */
export function decide(checks: readonly Check[]): { status: Status; summary: string } {
  const failures = checks.filter((c) => c.status === 'fail');
  const invalid = failures.find((c) => c.outcome === undefined);
  if (invalid) return { status: 'invalid', summary: invalid.message };
  for (const outcome of ['revoked', 'suspended', 'expired'] as const) {
    const found = failures.find((c) => c.outcome === outcome);
    if (found) return { status: outcome, summary: found.message };
  }
  const undecided = checks.find((c) => c.undecided && c.status !== 'pass');
  if (undecided) return { status: 'unverified', summary: undecided.message };
  const proof = checks.find((c) => c.authenticates && c.status === 'pass');
  if (!proof) return { status: 'unverified', summary: 'Nothing proved that this badge comes from its issuer.' };
  return { status: 'verified', summary: proof.message };
}
