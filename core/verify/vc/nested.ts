import type { Badge } from '../../model/badge.ts';
import type { Check, Report } from '../../model/report.ts';
import { list } from '../../util/json.ts';
import { fail, pass, undecided } from '../checks.ts';
import { buildReport } from '../report.ts';
import { childSession, type Session } from '../session.ts';
import { firstRecord } from './normalise-vc.ts';
import { credentialFrom } from './credential-from.ts';
import { verifyCredential } from './verify-credential.ts';

// A transcript holds tens of credentials, a long career a few hundred; each is verified in full and may
// send the checker to its own issuer's site, so a record beyond this is not checked at all.
const MAX_NESTED = 500;

/**
 * CLR 2.0 §ClrSubject: a record holds credentials (`verifiableCredential`), each signed by its own issuer
 * and verified on its own, with a report of its own. A record is only as good as what it holds: any
 * credential inside that fails makes the whole invalid, and the check says which.
 */
export async function nestedChecks(session: Session, clr: Readonly<Record<string, unknown>>): Promise<{ checks: Check[]; reports: Report[]; badges: Badge[] }> {
  const items = list(firstRecord(clr.credentialSubject)?.verifiableCredential);
  const reports: Report[] = [];
  const badges: Badge[] = [];
  const checks: Check[] = [];
  if (items.length > MAX_NESTED) {
    return { checks: [undecided('nested', `This record holds ${items.length} credentials, more than the ${MAX_NESTED} Badge Lens checks in one record; none of them was checked.`)], reports, badges };
  }
  for (const [index, item] of items.entries()) {
    const child = childSession(session);
    const found = credentialFrom(item);
    const parts = found === undefined ? { checks: [fail('format', 'This entry is neither a credential nor a VC-JWT.')] } : await verifyCredential(child, { ...found, within: 'clr' });
    const report = buildReport(parts, child);
    reports.push(report);
    if (report.badge) badges.push(report.badge);
    const name = report.badge?.name ? `"${report.badge.name}"` : `number ${index + 1}`;
    if (report.status === 'unverified') checks.push(undecided('nested', `The credential ${name} in this record could not be verified: ${report.summary}`));
    else if (report.status !== 'verified') checks.push(fail('nested', `The credential ${name} in this record is ${report.status}: ${report.summary}`));
  }
  if (items.length > 0 && checks.length === 0) checks.push(pass('nested', `All ${items.length} credentials in this record verified.`));
  if (items.length === 0) checks.push(pass('nested', 'This record holds no credentials of its own.'));
  return { checks, reports, badges };
}
