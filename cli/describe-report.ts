import type { Check, Report, Status } from '../core/index.ts';
import { paint, type CliIo } from './io.ts';

const STATUS_COLOUR: Readonly<Record<Status, number>> = { verified: 32, invalid: 31, revoked: 31, suspended: 33, expired: 33, unverified: 33 };
const MARK: Readonly<Record<Check['status'], string>> = { pass: '✓', fail: '✗', warn: '!', skip: '–' };
const MARK_COLOUR: Readonly<Record<Check['status'], number>> = { pass: 32, fail: 31, warn: 33, skip: 90 };

/** A short readable block: status, badge, issuer, recipient, each check, and the hosts contacted. */
export function describeReport(input: string, report: Report, io: CliIo): string {
  const lines = [paint(io, 1, input), `  ${paint(io, STATUS_COLOUR[report.status], report.status.toUpperCase())}  ${report.summary}`];
  const badge = report.badge;
  if (badge) {
    if (badge.name) lines.push(`  badge      ${badge.name}${report.version ? ` (Open Badges ${report.version.replace('clr-', 'CLR ')}, ${report.form ?? 'unknown form'})` : ''}`);
    const issuer = [badge.issuer.name, badge.issuer.url ?? badge.issuer.id].filter(Boolean).join(' — ');
    if (issuer) lines.push(`  issuer     ${issuer}`);
    lines.push(`  recipient  ${recipientLine(report)}`);
    const dates = [badge.issuedOn && `issued ${badge.issuedOn.slice(0, 10)}`, badge.expires && `expires ${badge.expires.slice(0, 10)}`].filter(Boolean);
    if (dates.length) lines.push(`  dates      ${dates.join(', ')}`);
  }
  lines.push('  checks');
  for (const check of report.checks) {
    lines.push(`    ${paint(io, MARK_COLOUR[check.status], MARK[check.status])} ${check.id.padEnd(20)} ${check.message}`);
  }
  const hosts = [...new Set(report.fetches.filter((f) => f.source === 'network').map((f) => hostOf(f.url)))];
  if (hosts.length) lines.push(`  contacted  ${hosts.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

function recipientLine(report: Report): string {
  const recipient = report.badge?.recipient;
  const who = recipient?.identity ? (recipient.hashed ? `hashed ${recipient.type ?? 'identity'}` : recipient.identity) : recipient?.id ?? 'not named';
  const match = { matched: 'matches the identity given', mismatched: 'issued to someone else', 'not-checked': 'not checked' }[report.recipientMatch];
  return `${who} (${match})`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
