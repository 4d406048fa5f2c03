import type { Check } from '../../model/report.ts';
import { readAssertion, type ObAssertion } from '../../parse/ob-legacy.ts';
import type { CompactJws } from '../../parse/jws.ts';
import type { ObRole } from '../../parse/recognise.ts';
import { revocationListCheck } from '../../status/ob2-revocation-list.ts';
import { isRecord, typesOf, type JsonRecord } from '../../util/json.ts';
import { fail, pass, undecided } from '../checks.ts';
import { dateChecks } from '../dates.ts';
import { endorsementsCheck } from '../endorsements-check.ts';
import { imageChecks } from '../image.ts';
import { recipientCheck } from '../recipient.ts';
import type { ReportParts } from '../report.ts';
import type { Session } from '../session.ts';
import { verifyEndorsements } from './endorsements.ts';
import { assertion05Problems, assertion10Problems, describeProblems } from './legacy-structure.ts';
import { extensionChecks } from './extensions.ts';
import { loadBadgeClass, loadIssuer } from './graph.ts';
import { verifyHosted } from './hosted.ts';
import { normaliseOb } from './normalise.ts';
import { verificationPolicyCheck } from './policy.ts';
import { verifySignature } from './signed.ts';

type ObVersion = '0.5' | '1.0' | '1.1' | '2.0';

export interface ObStart {
  readonly doc: JsonRecord;
  readonly version: ObVersion;
  readonly role: ObRole;
  /** The URL the document itself was fetched from, when it was. */
  readonly fetchedFrom?: string;
  /** The JWS the document came out of, for signed badges. */
  readonly jws?: CompactJws;
  /** The input was a baked image, so its image needs no fetching. */
  readonly fromImage: boolean;
}

const ROLE_NAMES: Readonly<Record<ObRole, string>> = {
  assertion: 'an awarded badge',
  'badge-class': "a badge's description (BadgeClass), not a badge awarded to someone",
  issuer: "an issuer's profile, not a badge awarded to someone",
  endorsement: 'an endorsement, not a badge awarded to someone',
  other: 'not an Open Badges assertion',
};

/**
 * Verifies an OB 0.5–2.0 assertion: hosted (the issuer's own copy is fetched and trusted) or signed
 * (RS256 JWS with a key the issuer lists), then its BadgeClass, issuer, dates, recipient, image,
 * extensions and endorsements.
 */
export async function verifyOb(session: Session, start: ObStart): Promise<ReportParts> {
  const { version } = start;
  if (start.role !== 'assertion') {
    if (start.role === 'other' && looksLikeAssertion(start.doc)) {
      return { checks: [fail('format', `Its type is ${typesOf(start.doc).join(', ') || 'missing'}, not Assertion.`)], version };
    }
    return { checks: [undecided('format', `This is ${ROLE_NAMES[start.role]}: there is nothing awarded to verify.`)], version };
  }
  const given = readAssertion(start.doc, version);
  const form = start.jws ? 'jws' : 'hosted';
  const checks: Check[] = [];
  const shape = shapeProblem(given);
  if (shape) return { checks: [fail('format', shape)], version, form };
  const structure = version === '0.5' ? assertion05Problems(start.doc) : version === '1.0' ? assertion10Problems(start.doc) : [];
  checks.push(structure.length > 0 ? fail('format', describeProblems(structure)) : pass('format', `An Open Badges ${version} ${form === 'jws' ? 'signed' : 'hosted'} assertion.`));

  let assertion: ObAssertion = given;
  let hostedUrl: string | undefined;
  if (start.jws === undefined) {
    if (given.verification.type === 'signed') {
      checks.push(undecided('signature', 'This badge is checked by its signature, but only its data was given, without the signature.'));
    } else {
      const hosted = await verifyHosted(session, given, version, start.fetchedFrom);
      checks.push(...hosted.checks);
      assertion = hosted.trusted ?? given;
      hostedUrl = hosted.url;
      if (hosted.trusted === undefined) return { checks, version, form, badge: normaliseOb({ assertion: given, endorsements: [] }) };
    }
  }

  const badgeClass = await loadBadgeClass(session, assertion, version);
  checks.push(...badgeClass.checks);
  const issuer = badgeClass.node ? await loadIssuer(session, badgeClass.node, version) : undefined;
  if (issuer) checks.push(...issuer.checks);

  // The signature check waits on the crypto thread; the other checks run while it does.
  const signed = start.jws && issuer?.node ? signatureAndRevocation(session, start.jws, assertion, issuer.node) : Promise.resolve([]);
  const image = imageChecks(session, badgeClass.node?.image, assertion.image, start.fromImage, version);
  const extensions = extensionChecks([assertion.raw, badgeClass.node, issuer?.node]);
  const endorsed = verifyEndorsements(session, [
    { about: 'badge', node: assertion.raw, url: hostedUrl },
    { about: 'achievement', node: badgeClass.node, url: badgeClass.url },
    { about: 'issuer', node: issuer?.node, url: issuer?.url },
  ]);
  const dates = dateChecks({ issued: assertion.issuedOn, expires: assertion.expires, issuedName: 'issuedOn', expiresName: 'expires', issuedRequired: version !== '0.5' }, session.now);
  const recipient = recipientCheck(assertion.recipient ? [assertion.recipient] : [], session.identities);

  if (hostedUrl && issuer?.node) checks.push(verificationPolicyCheck(hostedUrl, issuer.node, issuer.url));
  checks.push(...(await signed), ...dates.checks, recipient.check, ...(await image), ...(await extensions));
  const endorsements = await endorsed;
  checks.push(...endorsementsCheck(endorsements.reports, endorsements.unchecked));

  const badge = normaliseOb({
    assertion,
    badgeClass: badgeClass.node,
    badgeClassUrl: badgeClass.url,
    issuer: issuer?.node,
    issuedOn: dates.issuedOn,
    expires: dates.expires,
    endorsements: endorsements.summaries,
  });
  return { checks, version, form, badge, recipientMatch: recipient.match, endorsements: endorsements.reports };
}

async function signatureAndRevocation(session: Session, jws: CompactJws, assertion: ObAssertion, issuer: JsonRecord): Promise<Check[]> {
  const signature = await verifySignature(session, jws, assertion, issuer);
  return [...signature, await revocationListCheck(session, issuer, assertion)];
}

/** Recipient, badge and a verification method: an assertion by shape whatever its type says. */
function looksLikeAssertion(doc: JsonRecord): boolean {
  return doc.recipient !== undefined && doc.badge !== undefined && (isRecord(doc.verification) || isRecord(doc.verify));
}

/** OB 2.0 §Assertion: a recipient, a badge and a verification method are required. */
function shapeProblem(assertion: ObAssertion): string | undefined {
  if (assertion.recipient === undefined) return 'The badge does not name its recipient.';
  if (assertion.badge === undefined) return 'The badge does not say which badge (BadgeClass) it awards.';
  if (assertion.verification.type === undefined) return 'The badge does not say how to verify it (hosted or signed).';
  return undefined;
}

