import type { Badge } from '../../model/badge.ts';
import type { Check, Report } from '../../model/report.ts';
import type { CompactJws } from '../../parse/jws.ts';
import { credentialFrom } from './credential-from.ts';
import { credentialStatusChecks, type ListVerification } from '../../status/credential-status.ts';
import { unknownContexts } from '../../jsonld/context-urls.ts';
import { unknownContextMessage } from '../../jsonld/unknown-context.ts';
import { idOf, isRecord, type JsonRecord } from '../../util/json.ts';
import { fail, skip } from '../checks.ts';
import { endorsementsCheck } from '../endorsements-check.ts';
import { dateChecks } from '../dates.ts';
import { imageChecks } from '../image.ts';
import { recipientCheck } from '../recipient.ts';
import { buildReport, type ReportParts } from '../report.ts';
import { childSession, type Session } from '../session.ts';
import { credentialShape, validityFields } from './credential-shape.ts';
import { verifyVcEndorsements } from './endorsements-vc.ts';
import { nestedChecks } from './nested.ts';
import { firstRecord, normaliseCredential } from './normalise-vc.ts';
import { proofChecks } from './proofs.ts';
import { recipientIdentities } from './recipient-vc.ts';
import { schemaChecks } from './schema-checks.ts';
import { vcJwtChecks } from './vc-jwt.ts';

export interface CredentialStart {
  readonly credential: JsonRecord;
  /** The VC-JWT the credential came in, when it did. */
  readonly jws?: CompactJws;
  /** The input was a baked image, so its image needs no fetching. */
  readonly fromImage?: boolean;
  /**
   * What the credential sits in: an endorsement's own endorsements are not followed, and a CLR's
   * credentials hold no CLRs of their own that are followed.
   */
  readonly within?: 'clr' | 'endorsement';
}

/**
 * Verifies an OB 3.0 credential or CLR 2.0 record: its shape and contexts, its proof (Data Integrity or
 * VC-JWT) with a key the issuer controls, its dates, its status, its schemas, its recipient, its
 * endorsements and, for a CLR, every credential inside it.
 */
export async function verifyCredential(session: Session, start: CredentialStart): Promise<ReportParts> {
  const { credential, jws } = start;
  const shape = credentialShape(credential);
  const version = shape.kind === 'clr' ? 'clr-2.0' : '3.0';
  const form = jws ? 'vc-jwt' : 'data-integrity';
  if (shape.kind === undefined || shape.issuerId === undefined || shape.checks.some((c) => c.status === 'fail')) {
    return { checks: shape.checks, version, form };
  }
  const { kind, issuerId, vcdm = '2.0' } = shape;
  // An unknown context is never fetched (DESIGN.md): the credential's terms cannot be read, so it fails,
  // and an embedded proof, which signs those terms, cannot even be checked.
  const unknown = unknownContexts(credential);
  const contextChecks = unknown.slice(0, 3).map((url) => fail('context', unknownContextMessage(url)));
  const proofUnreadable = unknown.length > 0 && !jws && credential.proof !== undefined;

  // The signature waits on crypto (and perhaps key documents); everything else runs meanwhile.
  const signature = proofUnreadable
    ? Promise.resolve([skip('signature', 'The proof was not checked: it signs terms from a context Badge Lens does not know.')])
    : jws
      ? vcJwtChecks(session, jws, credential, issuerId)
      : proofChecks(session, credential, issuerId);
  const status = credentialStatusChecks(session, credential, { verifyListCredential: (doc, url) => verifyListCredential(session, doc, url) });
  const schema = schemaChecks(credential, kind, vcdm);
  const achievement = firstRecord(credential.credentialSubject)?.achievement;
  const image = imageChecks(session, isRecord(achievement) ? achievement.image : credential.image, undefined, start.fromImage ?? false, version);
  const endorsed = start.within !== 'endorsement' ? verifyVcEndorsements(session, credential) : Promise.resolve({ reports: [] as Report[], summaries: [], unchecked: 0 });
  const nested = kind === 'clr' && start.within === undefined ? nestedChecks(session, credential) : Promise.resolve({ checks: [] as Check[], reports: [] as Report[], badges: [] as Badge[] });
  const dates = dateChecks(validityFields(credential, vcdm), session.now);
  const recipient = recipientCheck(recipientIdentities(credential), session.identities);

  const checks: Check[] = [...shape.checks, ...contextChecks, ...(await signature), ...dates.checks, ...(await status), ...(await schema), recipient.check, ...(await image)];
  const inner = await nested;
  checks.push(...inner.checks);
  const endorsements = await endorsed;
  checks.push(...endorsementsCheck(endorsements.reports, endorsements.unchecked));
  const badge = normaliseCredential(credential, { issuedOn: dates.issuedOn, expires: dates.expires, endorsements: endorsements.summaries, credentials: kind === 'clr' ? inner.badges : undefined });
  return { checks, version, form, badge, recipientMatch: recipient.match, endorsements: endorsements.reports, nested: inner.reports };
}

/**
 * Bitstring Status List v1.0 §3.2 step 4: the list is itself a credential and must verify: its proof, a
 * key its issuer controls, its dates. It is not an Open Badge, so only those checks apply.
 */
async function verifyListCredential(session: Session, document: unknown, url: string): Promise<ListVerification> {
  const found = credentialFrom(document);
  if (found === undefined) return { verified: false, message: `The status list at ${url} is not a credential.` };
  const child = childSession(session);
  const issuerId = idOf(found.credential.issuer);
  if (issuerId === undefined) return { verified: false, message: 'The status list does not name its issuer.' };
  const checks: Check[] = found.jws ? await vcJwtChecks(child, found.jws, found.credential, issuerId) : await proofChecks(child, found.credential, issuerId);
  const vcdm = found.credential['@context'] !== undefined && [found.credential['@context']].flat()[0] === 'https://www.w3.org/2018/credentials/v1' ? '1.1' : '2.0';
  checks.push(...dateChecks({ ...validityFields(found.credential, vcdm), issuedRequired: false }, session.now).checks);
  const report = buildReport({ checks }, child);
  return { verified: report.status === 'verified', message: report.summary };
}

