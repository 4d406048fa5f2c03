import type { EndorsementSummary } from '../../model/badge.ts';
import type { Check, Report } from '../../model/report.ts';
import { readAssertion } from '../../parse/ob-legacy.ts';
import { recognise } from '../../parse/recognise.ts';
import { idOf, isRecord, list, str, type JsonRecord } from '../../util/json.ts';
import { fail, pass } from '../checks.ts';
import { dateChecks } from '../dates.ts';
import { loadNode } from '../load-node.ts';
import { MAX_ENDORSEMENTS } from '../endorsements-check.ts';
import { buildReport } from '../report.ts';
import { childSession, type Session } from '../session.ts';
import { verifyHosted } from './hosted.ts';
import { issuerOf } from './normalise.ts';
import { verificationPolicyCheck } from './policy.ts';

export interface EndorsementTarget {
  readonly about: EndorsementSummary['about'];
  readonly node: JsonRecord | undefined;
  readonly url?: string;
}

/**
 * OB 2.0 §Endorsement: an endorsement is verified like a hosted assertion (its issuer's own copy, the
 * issuer's verification policy), and its claim must be about the thing it is attached to. Its verdict is
 * its own: a bad endorsement does not make the badge invalid, it is shown as what it is.
 */
export async function verifyEndorsements(session: Session, targets: readonly EndorsementTarget[]): Promise<{ reports: Report[]; summaries: EndorsementSummary[]; unchecked: number }> {
  const reports: Report[] = [];
  const summaries: EndorsementSummary[] = [];
  let unchecked = 0;
  if (session.options.endorsements === false) return { reports, summaries, unchecked };
  for (const target of targets) {
    for (const ref of list(target.node?.endorsement)) {
      if (reports.length >= MAX_ENDORSEMENTS) {
        unchecked++;
        continue;
      }
      const { report, summary } = await verifyEndorsement(childSession(session), ref, target);
      reports.push(report);
      summaries.push(summary);
    }
  }
  return { reports, summaries, unchecked };
}

async function verifyEndorsement(session: Session, ref: unknown, target: EndorsementTarget): Promise<{ report: Report; summary: EndorsementSummary }> {
  const checks: Check[] = [];
  const loaded = await loadNode(session, ref, 'hosted', 'endorsement');
  let endorsement: JsonRecord | undefined;
  let issuer: JsonRecord | undefined;
  if (!loaded.ok) {
    checks.push(loaded.check);
  } else {
    const recognised = recognise(loaded.node);
    const hosted = await verifyHosted(session, readAssertion(loaded.node, '2.0'), '2.0', loaded.url, 'endorsement');
    checks.push(...loaded.notes, ...hosted.checks);
    endorsement = hosted.trusted?.raw ?? loaded.node;
    if (recognised.family !== 'ob' || recognised.role !== 'endorsement') checks.push(fail('format', 'The endorsement is not an Open Badges Endorsement.'));
    const claimed = idOf(endorsement.claim);
    const targetId = str(target.node?.id) ?? target.url;
    if (claimed === undefined || claimed !== targetId) {
      checks.push(fail('format', `The endorsement is about ${claimed ?? 'nothing it names'}, not about this ${target.about}.`));
    }
    const issuerNode = await loadNode(session, endorsement.issuer, 'issuer', "endorser's profile");
    if (!issuerNode.ok) checks.push(issuerNode.check);
    else {
      issuer = issuerNode.node;
      checks.push(pass('issuer', `Endorsed by ${str(issuer.name) ?? 'an unnamed issuer'}.`));
      if (hosted.url) checks.push(verificationPolicyCheck(hosted.url, issuer));
    }
    checks.push(...dateChecks({ issued: endorsement.issuedOn, expires: endorsement.expires, issuedName: 'issuedOn', expiresName: 'expires', issuedRequired: true }, session.now).checks);
  }
  const comment = isRecord(endorsement?.claim) ? str(endorsement.claim.endorsementComment) : undefined;
  const report = buildReport(
    {
      checks,
      version: '2.0',
      form: 'hosted',
      badge: {
        ...(idOf(endorsement) ? { id: idOf(endorsement)! } : {}),
        name: 'Endorsement',
        ...(comment ? { description: comment } : {}),
        issuer: issuerOf(issuer),
        recipient: { hashed: false },
        evidence: [],
        alignments: [],
        tags: [],
        endorsements: [],
      },
    },
    session,
  );
  const summary: EndorsementSummary = {
    ...(report.badge?.id ? { id: report.badge.id } : {}),
    about: target.about,
    issuer: issuerOf(issuer),
    ...(comment ? { comment } : {}),
    ...(str(endorsement?.issuedOn) ? { issuedOn: str(endorsement?.issuedOn)! } : {}),
    status: report.status,
  };
  return { report, summary };
}
