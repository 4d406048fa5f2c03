import type { Check, CheckId } from '../model/report.ts';

type Extra = Pick<Check, 'subject'>;

export const pass = (id: CheckId, message: string, extra: Extra = {}): Check => ({ id, status: 'pass', message, ...extra });
export const fail = (id: CheckId, message: string, extra: Extra = {}): Check => ({ id, status: 'fail', message, ...extra });
export const warn = (id: CheckId, message: string, extra: Extra = {}): Check => ({ id, status: 'warn', message, ...extra });
export const skip = (id: CheckId, message: string, extra: Extra = {}): Check => ({ id, status: 'skip', message, ...extra });

/** A check that proved the badge came from its issuer. */
export const proven = (id: CheckId, message: string, extra: Extra = {}): Check => ({ id, status: 'pass', message, authenticates: true, ...extra });

/** A check that could not be decided: the badge cannot be verified while it stands. */
export const undecided = (id: CheckId, message: string, extra: Extra = {}): Check => ({ id, status: 'skip', message, undecided: true, ...extra });

/** A failure that means revoked, suspended or expired rather than invalid. */
export const ended = (id: CheckId, outcome: 'revoked' | 'suspended' | 'expired', message: string, extra: Extra = {}): Check => ({
  id,
  status: 'fail',
  message,
  outcome,
  ...extra,
});
