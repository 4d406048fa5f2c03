import type { Badge } from '../model/badge.ts';
import type { Check, Form, RecipientMatch, Report, Version } from '../model/report.ts';
import { decide } from '../model/verdict.ts';
import { toIso } from '../parse/timestamps.ts';
import type { Session } from './session.ts';

export interface ReportParts {
  readonly checks: readonly Check[];
  readonly version?: Version;
  readonly form?: Form;
  readonly badge?: Badge;
  readonly recipientMatch?: RecipientMatch;
  readonly endorsements?: readonly Report[];
  readonly nested?: readonly Report[];
}

/** The report for a session: the verdict decided from the checks, and every document and URL used. */
export function buildReport(parts: ReportParts, session: Session): Report {
  const { status, summary } = decide(parts.checks);
  return {
    status,
    summary,
    ...(parts.version ? { version: parts.version } : {}),
    ...(parts.form ? { form: parts.form } : {}),
    ...(parts.badge ? { badge: parts.badge } : {}),
    recipientMatch: parts.recipientMatch ?? 'not-checked',
    checks: parts.checks,
    documents: Object.fromEntries(session.documents),
    fetches: [...session.net.records],
    ...(parts.endorsements?.length ? { endorsements: parts.endorsements } : {}),
    ...(parts.nested?.length ? { nested: parts.nested } : {}),
    checkedAt: toIso(session.now),
  };
}
