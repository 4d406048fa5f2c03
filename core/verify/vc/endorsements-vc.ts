import type { EndorsementSummary } from '../../model/badge.ts';
import type { Check, Report } from '../../model/report.ts';
import { idOf, isRecord, list, str, type JsonRecord } from '../../util/json.ts';
import { fail } from '../checks.ts';
import { MAX_ENDORSEMENTS } from '../endorsements-check.ts';
import { buildReport } from '../report.ts';
import { childSession, type Session } from '../session.ts';
import { firstRecord, profileOf } from './normalise-vc.ts';
import { credentialFrom } from './credential-from.ts';
import { verifyCredential } from './verify-credential.ts';

interface Target {
  readonly about: EndorsementSummary['about'];
  readonly node: unknown;
}

/**
 * OB 3.0 §EndorsementCredential: endorsements of the credential, its achievement or its issuer come
 * embedded (`endorsement`) or as VC-JWTs (`endorsementJwt`). Each is a credential verified in its own
 * right, and its subject must be what it is attached to. Its verdict is its own: a bad endorsement does
 * not make the badge invalid; it is shown as what it is.
 */
export async function verifyVcEndorsements(session: Session, credential: JsonRecord): Promise<{ reports: Report[]; summaries: EndorsementSummary[]; unchecked: number }> {
  const reports: Report[] = [];
  const summaries: EndorsementSummary[] = [];
  let unchecked = 0;
  if (session.options.endorsements === false) return { reports, summaries, unchecked };
  const achievement = firstRecord(credential.credentialSubject)?.achievement;
  const targets: Target[] = [
    { about: 'badge', node: credential },
    { about: 'achievement', node: achievement },
    { about: 'issuer', node: credential.issuer },
  ];
  for (const target of targets) {
    if (!isRecord(target.node)) continue;
    for (const item of [...list(target.node.endorsement), ...list(target.node.endorsementJwt)]) {
      if (reports.length >= MAX_ENDORSEMENTS) {
        unchecked++;
        continue;
      }
      const { report, summary } = await verifyEndorsement(session, item, target);
      reports.push(report);
      summaries.push(summary);
    }
  }
  return { reports, summaries, unchecked };
}

async function verifyEndorsement(session: Session, item: unknown, target: Target): Promise<{ report: Report; summary: EndorsementSummary }> {
  const child = childSession(session);
  const found = credentialFrom(item);
  const checks: Check[] = [];
  let parts;
  if (found === undefined) {
    parts = { checks: [fail('format', 'The endorsement is neither a credential nor a VC-JWT.')] };
  } else {
    parts = await verifyCredential(child, { credential: found.credential, ...(found.jws ? { jws: found.jws } : {}), within: 'endorsement' });
    const endorsed = idOf(firstRecord(found.credential.credentialSubject));
    const targetId = idOf(target.node);
    if (endorsed === undefined || endorsed !== targetId) {
      checks.push(fail('format', `The endorsement is about ${endorsed ?? 'nothing it names'}, not about this ${target.about}.`));
    }
  }
  const report = buildReport({ ...parts, checks: [...parts.checks, ...checks] }, child);
  const credential = found?.credential;
  const subject = firstRecord(credential?.credentialSubject);
  const summary: EndorsementSummary = {
    id: str(credential?.id),
    about: target.about,
    issuer: profileOf(credential?.issuer),
    comment: str(subject?.endorsementComment),
    issuedOn: report.badge?.issuedOn,
    status: report.status,
  };
  return { report, summary };
}
