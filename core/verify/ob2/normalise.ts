import type { Alignment, Badge, EndorsementSummary, Evidence, Issuer } from '../../model/badge.ts';
import type { ObAssertion } from '../../parse/ob-legacy.ts';
import { httpUrl, isRecord, list, str, strings, type JsonRecord } from '../../util/json.ts';
import { imageUrl } from '../image.ts';

export interface ObGraph {
  readonly assertion: ObAssertion;
  readonly badgeClass?: JsonRecord;
  readonly badgeClassUrl?: string;
  readonly issuer?: JsonRecord;
  readonly issuedOn?: string;
  readonly expires?: string;
  readonly endorsements: readonly EndorsementSummary[];
}

// Absent fields are left undefined rather than spread away: they vanish from the JSON all the same, and
// building objects without spreads keeps verification cheap.

/** The normalised Badge from an OB 0.5–2.0 graph. */
export function normaliseOb(graph: ObGraph): Badge {
  const { assertion, badgeClass, issuer } = graph;
  const criteria = badgeClass?.criteria;
  return {
    id: assertion.id,
    name: str(badgeClass?.name) ?? '',
    description: str(badgeClass?.description),
    image: httpUrl(imageUrl(assertion.image)) ?? imageUrl(badgeClass?.image),
    criteria: typeof criteria === 'string' ? { url: criteria } : isRecord(criteria) ? { url: str(criteria.id), narrative: str(criteria.narrative) } : undefined,
    issuer: issuerOf(issuer),
    recipient: assertion.recipient ? { ...assertion.recipient } : { hashed: false },
    issuedOn: graph.issuedOn,
    expires: graph.expires,
    evidence: evidenceOf(assertion),
    alignments: list(badgeClass?.alignment).flatMap(alignmentOf),
    tags: strings(badgeClass?.tags),
    endorsements: graph.endorsements,
    achievementId: str(badgeClass?.id) ?? graph.badgeClassUrl,
  };
}

export function issuerOf(issuer: JsonRecord | undefined): Issuer {
  if (issuer === undefined) return {};
  return { id: str(issuer.id), name: str(issuer.name), url: str(issuer.url), email: str(issuer.email), image: imageUrl(issuer.image), description: str(issuer.description) };
}

function evidenceOf(assertion: ObAssertion): Evidence[] {
  const items: Evidence[] = list(assertion.evidence).flatMap((e): Evidence[] => {
    if (typeof e === 'string') return [{ id: e }];
    if (!isRecord(e)) return [];
    return [{ id: str(e.id), name: str(e.name), description: str(e.description), narrative: str(e.narrative), genre: str(e.genre), audience: str(e.audience) }];
  });
  if (assertion.narrative) items.push({ narrative: assertion.narrative });
  return items;
}

function alignmentOf(a: unknown): Alignment[] {
  if (!isRecord(a) || str(a.targetName) === undefined) return [];
  return [{ targetName: str(a.targetName)!, targetUrl: str(a.targetUrl), targetDescription: str(a.targetDescription), targetFramework: str(a.targetFramework), targetCode: str(a.targetCode) }];
}
