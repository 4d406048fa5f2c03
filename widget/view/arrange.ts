import type { BadgeView } from './badge-view.ts';

export type SortOrder = 'newest' | 'oldest' | 'listed';
export const SORT_ORDERS: readonly SortOrder[] = ['newest', 'oldest', 'listed'];

export interface Arrangement {
  /** Show only badges whose issuer has this name, id or URL; empty for all. */
  readonly issuer: string;
  /** Show only badges with this tag (any case); empty for all. */
  readonly tag: string;
  readonly sort: SortOrder;
}

/** The badges to show, filtered and in order. Badges without a date go last, in their listed order. */
export function arrange(badges: readonly BadgeView[], { issuer, tag, sort }: Arrangement): BadgeView[] {
  const wantedTag = tag.trim().toLowerCase();
  const shown = badges.filter((b) => (issuer === '' || b.issuerKeys.includes(issuer)) && (wantedTag === '' || b.tags.some((t) => t.toLowerCase() === wantedTag)));
  if (sort === 'listed') return shown;
  const time = (b: BadgeView): number => (b.issuedOn ? Date.parse(b.issuedOn) : NaN);
  return [...shown].sort((a, b) => {
    const [ta, tb] = [time(a), time(b)];
    if (Number.isNaN(ta) || Number.isNaN(tb)) return Number.isNaN(ta) === Number.isNaN(tb) ? a.index - b.index : Number.isNaN(ta) ? 1 : -1;
    return (sort === 'newest' ? tb - ta : ta - tb) || a.index - b.index;
  });
}

/** The issuers to offer in the filter: value (first key) and label, each once, by label. */
export function issuerChoices(badges: readonly BadgeView[]): { readonly value: string; readonly label: string }[] {
  const seen = new Map<string, string>();
  for (const b of badges) if (b.issuerKeys[0] && b.issuer && !seen.has(b.issuerKeys[0])) seen.set(b.issuerKeys[0], b.issuer);
  return [...seen].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
}

/** The tags to offer, each once whatever its case, alphabetically. */
export function tagChoices(badges: readonly BadgeView[]): string[] {
  const seen = new Map<string, string>();
  for (const b of badges) for (const t of b.tags) if (!seen.has(t.toLowerCase())) seen.set(t.toLowerCase(), t);
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}

/** A filter given by attribute may name the issuer by any of its keys: the value the choices use for it. */
export function issuerValue(badges: readonly BadgeView[], given: string): string {
  if (given === '') return '';
  return badges.find((b) => b.issuerKeys.includes(given))?.issuerKeys[0] ?? given;
}
