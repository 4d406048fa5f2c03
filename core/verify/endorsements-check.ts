import type { Check, Report } from '../model/report.ts';
import { pass, warn } from './checks.ts';

/**
 * Endorsements verified for one badge. Each may send the checker to another site for its issuer and key;
 * a badge carrying hundreds is a crafted one, and the rest are listed as not checked.
 */
export const MAX_ENDORSEMENTS = 20;

/**
 * One line about the endorsements. An endorsement is a claim about the badge, not part of it: one that
 * does not verify never changes the badge's verdict, but it must not read as reassurance either.
 */
export function endorsementsCheck(reports: readonly Report[], unchecked = 0): Check[] {
  if (unchecked > 0) {
    const good = reports.filter((r) => r.status === 'verified').length;
    return [warn('endorsements', `It carries ${reports.length + unchecked} endorsements; the first ${reports.length} were checked (${good} verified) and ${unchecked} were not.`)];
  }
  if (reports.length === 0) return [];
  const good = reports.filter((r) => r.status === 'verified').length;
  if (good === reports.length) return [pass('endorsements', reports.length === 1 ? 'Its endorsement verified.' : `All ${reports.length} endorsements verified.`)];
  return [warn('endorsements', `${good} of ${reports.length} endorsements verified; each is shown with its own status.`)];
}
