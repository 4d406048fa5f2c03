import type { Alignment, Badge, EndorsementSummary, Evidence, Issuer, Recipient, Result } from '../../model/badge.ts';
import { idOf, isRecord, list, str, strings, type JsonRecord } from '../../util/json.ts';
import { imageUrl } from '../image.ts';

/** The normalised Badge from an OB 3.0 credential (or a CLR 2.0 record, whose credentials come in `credentials`). */
export function normaliseCredential(credential: JsonRecord, extra: { issuedOn?: string; expires?: string; endorsements: readonly EndorsementSummary[]; credentials?: readonly Badge[] }): Badge {
  const subject = firstRecord(credential.credentialSubject);
  const achievement = isRecord(subject?.achievement) ? subject.achievement : undefined;
  const criteria = isRecord(achievement?.criteria) ? achievement.criteria : undefined;
  return {
    id: str(credential.id),
    name: str(achievement?.name) ?? str(credential.name) ?? '',
    description: str(achievement?.description) ?? str(credential.description),
    image: imageUrl(credential.image) ?? imageUrl(achievement?.image),
    criteria: criteria ? { url: str(criteria.id), narrative: str(criteria.narrative) } : undefined,
    issuer: profileOf(credential.issuer),
    recipient: recipientOf(subject),
    issuedOn: extra.issuedOn,
    expires: extra.expires,
    evidence: list(credential.evidence).flatMap(evidenceOf),
    alignments: list(achievement?.alignment).flatMap(alignmentOf),
    tags: strings(achievement?.tag),
    endorsements: extra.endorsements,
    achievementId: str(achievement?.id),
    achievementType: str(achievement?.achievementType),
    results: resultsOf(subject, achievement),
    credentials: extra.credentials,
  };
}

/** OB 3.0 §Profile: the issuer is an IRI or a Profile object. */
export function profileOf(value: unknown): Issuer {
  if (typeof value === 'string') return { id: value };
  if (!isRecord(value)) return {};
  return { id: str(value.id), name: str(value.name), url: str(value.url), email: str(value.email), image: imageUrl(value.image), description: str(value.description) };
}

function recipientOf(subject: JsonRecord | undefined): Recipient {
  const identifier = list(subject?.identifier).find(isRecord);
  return {
    type: str(identifier?.identityType),
    identity: str(identifier?.identityHash),
    hashed: identifier?.hashed === true,
    salt: str(identifier?.salt),
    id: str(subject?.id),
    name: str(subject?.name),
  };
}

function evidenceOf(e: unknown): Evidence[] {
  if (typeof e === 'string') return [{ id: e }];
  if (!isRecord(e)) return [];
  return [{ id: str(e.id), name: str(e.name), description: str(e.description), narrative: str(e.narrative), genre: str(e.genre), audience: str(e.audience) }];
}

function alignmentOf(a: unknown): Alignment[] {
  if (!isRecord(a) || str(a.targetName) === undefined) return [];
  return [{ targetName: str(a.targetName)!, targetUrl: str(a.targetUrl), targetDescription: str(a.targetDescription), targetFramework: str(a.targetFramework), targetCode: str(a.targetCode) }];
}

/** OB 3.0 §Result: a value or status, named by the achievement's ResultDescription it refers to. */
function resultsOf(subject: JsonRecord | undefined, achievement: JsonRecord | undefined): Result[] {
  const descriptions = new Map(list(achievement?.resultDescription).filter(isRecord).map((d) => [idOf(d), str(d.name)]));
  return list(subject?.result)
    .filter(isRecord)
    .map((r) => ({ name: descriptions.get(str(r.resultDescription)) ?? undefined, value: str(r.value), status: str(r.status) }));
}

export function firstRecord(value: unknown): JsonRecord | undefined {
  return list(value).find(isRecord);
}
