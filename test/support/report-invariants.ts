import { expect } from 'vitest';
import { CHECK_IDS, type Report } from '../../core/index.ts';

const KNOWN = new Set<string>(CHECK_IDS);

/**
 * What every report must be, whatever it says: its check ids are among CHECK_IDS, and a `verified`
 * verdict stands on a passing signature and a passing key check (DESIGN.md: verified only when a
 * cryptographic check passed; issue 4: the key must be the issuer's). Nested and endorsement reports too.
 */
export function expectSoundReport(report: Report, where = 'report'): void {
  for (const check of report.checks) expect(KNOWN.has(check.id), `${where}: check id "${check.id}"`).toBe(true);
  if (report.status === 'verified') {
    const passed = (id: string) => report.checks.some((c) => c.id === id && c.status === 'pass');
    expect(passed('signature'), `${where} is verified without a passing signature check`).toBe(true);
    expect(passed('key'), `${where} is verified without a passing key check`).toBe(true);
    expect(report.checks.some((c) => c.status === 'fail'), `${where} is verified with a failed check`).toBe(false);
  }
  report.nested?.forEach((r, i) => expectSoundReport(r, `${where}.nested[${i}]`));
  report.endorsements?.forEach((r, i) => expectSoundReport(r, `${where}.endorsements[${i}]`));
}

/** `id:status` of each check, in order, for one glance at a whole report. */
export const statuses = (report: Report): string[] => report.checks.map((c) => `${c.id}:${c.status}`);

/** The checks of one id. */
export const checksOf = (report: Report, id: string) => report.checks.filter((c) => c.id === id);
