import { expect } from 'vitest';
import type { Check, Report } from '../../../core/index.ts';
import type { Expected, ExpectedCheck } from './case.ts';

/** Asserts that a report is the outcome the case table expects; a failure shows every check the report made. */
export function expectReport(report: Report, expected: Expected, label = ''): void {
  const seen = `${label}${label ? ': ' : ''}${report.status} — ${report.summary}\n${report.checks.map(describe).join('\n')}`;
  expect(report.status, seen).toBe(expected.status);
  if (expected.version !== undefined) expect(report.version, seen).toBe(expected.version);
  if (expected.form !== undefined) expect(report.form, seen).toBe(expected.form);
  if (expected.recipientMatch !== undefined) expect(report.recipientMatch, seen).toBe(expected.recipientMatch);
  for (const wanted of expected.checks) {
    expect(report.checks.some((c) => matches(c, wanted)), `expected a check ${describeWanted(wanted)}\n${seen}`).toBe(true);
  }
  if (expected.warned) expect(report.checks.some((c) => c.status === 'warn'), `expected a warning\n${seen}`).toBe(true);
  for (const url of expected.fetched ?? []) {
    expect(report.fetches.map((f) => f.url), seen).toContain(url);
  }
  // The stand-in server is ours, not the badge's: the report names only the addresses the badge named.
  const standIns = [...report.fetches.map((f) => f.url), ...Object.keys(report.documents)].filter((url) => url.startsWith(LOCAL_SERVER));
  expect(standIns, 'the report names the stand-in server').toEqual([]);
}

const LOCAL_SERVER = 'http://127.0.0.1:';

function matches(check: Check, wanted: ExpectedCheck): boolean {
  const ids: readonly string[] = typeof wanted.id === 'string' ? [wanted.id] : wanted.id;
  return ids.includes(check.id) && check.status === wanted.status && (wanted.message === undefined || wanted.message.test(check.message));
}

function describe(check: Check): string {
  return `  ${check.status.padEnd(4)} ${check.id}: ${check.message}`;
}

function describeWanted(wanted: ExpectedCheck): string {
  return `${wanted.status} ${typeof wanted.id === 'string' ? wanted.id : wanted.id.join('|')}${wanted.message ? ` ${String(wanted.message)}` : ''}`;
}
