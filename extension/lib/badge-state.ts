import type { Report, Status } from '../../core/index.ts';

/** What a mark and a list row show: the verdict (or that it is still being checked) and what the badge is called. */
export type MarkStatus = Status | 'checking';

export interface BadgeState {
  readonly status: MarkStatus;
  readonly name?: string;
  readonly issuer?: string;
  /** The badge image as the report gives it (untrusted: checked before use). */
  readonly image?: string;
}

export const CHECKING: BadgeState = { status: 'checking' };

const STATUSES: ReadonlySet<string> = new Set<MarkStatus>(['checking', 'verified', 'invalid', 'revoked', 'suspended', 'expired', 'unverified']);

export function isMarkStatus(value: unknown): value is MarkStatus {
  return typeof value === 'string' && STATUSES.has(value);
}

/** The few fields of a report that the marks and the popup list need. */
export function stateOf(report: Report): BadgeState {
  const badge = report.badge;
  const issuer = badge?.issuer.name || badge?.issuer.url || badge?.issuer.id;
  return {
    status: report.status,
    ...(badge?.name ? { name: badge.name } : {}),
    ...(issuer ? { issuer } : {}),
    ...(badge?.image ? { image: badge.image } : {}),
  };
}

/** Reads a state that crossed a message or storage boundary; undefined when it is not one. */
export function parseBadgeState(value: unknown): BadgeState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { status, name, issuer, image } = value as Record<string, unknown>;
  if (!isMarkStatus(status)) return undefined;
  const text = (v: unknown): string | undefined => (typeof v === 'string' && v.length <= 2000 ? v : undefined);
  const fields = { name: text(name), issuer: text(issuer), image: typeof image === 'string' && image.length <= 100_000 ? image : undefined };
  return { status, ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) };
}
