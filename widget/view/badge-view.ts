import type { Badge } from '../../core/index.ts';
import { safeHref, safeImageSrc } from '../../ui/safe-url.ts';
import type { BadgeEntry } from '../sources/entry.ts';
import { shownStatus, type Outcome, type ShownStatus } from '../verify/outcome.ts';

/** One card's data: what the badge says (verified data once there is a report), and its status. */
export interface BadgeView {
  readonly key: string;
  readonly name?: string;
  readonly issuer?: string;
  /** Issuer id, URL and name: what an `issuer` filter may match. */
  readonly issuerKeys: readonly string[];
  readonly image?: string;
  readonly issuedOn?: string;
  readonly tags: readonly string[];
  readonly link?: string;
  readonly status: ShownStatus;
  readonly outcome?: Outcome;
  /** The order the sources gave. */
  readonly index: number;
}

/**
 * Before the report, a card shows what the source says (marked "not yet verified"); after it, what the
 * core read from the badge that was checked, so a preview cannot say more than the badge does.
 */
export function badgeView(entry: BadgeEntry, index: number, outcome: Outcome | undefined, shown = entry.shown): BadgeView {
  const badge: Badge | undefined = outcome && 'report' in outcome ? outcome.report.badge : undefined;
  const issuer = badge ? badge.issuer : shown.issuer;
  const image = safeImageSrc(shown.image) ?? safeImageSrc(badge?.image);
  const name = badge?.name || shown.name;
  const issuerName = issuer?.name || issuer?.url || issuer?.id;
  const issuedOn = badge ? badge.issuedOn : shown.issuedOn;
  const tags = [...new Set([...entry.tags, ...(badge ? badge.tags : (shown.tags ?? []))])];
  const link = safeHref(entry.link ?? shown.link);
  return {
    key: entry.key,
    ...(name ? { name } : {}),
    ...(issuerName ? { issuer: issuerName } : {}),
    issuerKeys: [issuer?.id, issuer?.url, issuer?.name].filter((v): v is string => typeof v === 'string' && v !== ''),
    ...(image ? { image } : {}),
    ...(issuedOn ? { issuedOn } : {}),
    tags,
    ...(link ? { link } : {}),
    status: shownStatus(outcome),
    ...(outcome ? { outcome } : {}),
    index,
  };
}
