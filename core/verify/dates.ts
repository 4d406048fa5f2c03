import type { Check } from '../model/report.ts';
import { parseBadgeDate, toIso, writtenDay } from '../parse/timestamps.ts';
import { ended, fail, pass } from './checks.ts';

/**
 * Clocks disagree: an issuer's server a few minutes ahead of the viewer must not make a fresh badge
 * "issued in the future". Five minutes covers ordinary drift and nothing a forger could use.
 */
const CLOCK_SKEW_MS = 5 * 60_000;

export interface DateFields {
  readonly issued: unknown;
  readonly expires: unknown;
  /** The property names, for messages: `issuedOn`/`expires` or `validFrom`/`validUntil`. */
  readonly issuedName: string;
  readonly expiresName: string;
  readonly issuedRequired: boolean;
}

/** The `issued` and `expiry` checks: not issued in the future, not expired, not expiring before issue. */
export function dateChecks(fields: DateFields, now: Date): { checks: Check[]; issuedOn?: string; expires?: string } {
  const checks: Check[] = [];
  const issued = readDate(fields.issued, fields.issuedName, fields.issuedRequired, checks, 'issued');
  const expires = readDate(fields.expires, fields.expiresName, false, checks, 'expiry');
  if (issued) {
    checks.push(
      issued.getTime() > now.getTime() + CLOCK_SKEW_MS
        ? fail('issued', `It is dated ${writtenDay(fields.issued, issued)}, which is in the future.`)
        : pass('issued', `Issued on ${writtenDay(fields.issued, issued)}.`),
    );
  }
  if (expires) {
    if (issued && expires.getTime() < issued.getTime()) {
      checks.push(fail('expiry', `It expires (${writtenDay(fields.expires, expires)}) before it was issued (${writtenDay(fields.issued, issued)}).`));
    } else if (expires.getTime() <= now.getTime()) {
      checks.push(ended('expiry', 'expired', `It expired on ${writtenDay(fields.expires, expires)}.`));
    } else {
      checks.push(pass('expiry', `Valid until ${writtenDay(fields.expires, expires)}.`));
    }
  } else if (fields.expires === undefined) {
    checks.push(pass('expiry', 'It does not expire.'));
  }
  return { checks, ...(issued ? { issuedOn: toIso(issued) } : {}), ...(expires ? { expires: toIso(expires) } : {}) };
}

function readDate(value: unknown, name: string, required: boolean, checks: Check[], id: 'issued' | 'expiry'): Date | undefined {
  if (value === undefined || value === null) {
    if (required) checks.push(fail(id, `It has no ${name} date.`));
    return undefined;
  }
  const date = parseBadgeDate(value);
  if (date === undefined) checks.push(fail(id, `Its ${name} "${String(value).slice(0, 40)}" is not a date.`));
  return date;
}
