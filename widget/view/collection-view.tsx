import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '../i18n/locale.ts';
import type { DetailsModule } from '../world.ts';
import { arrange, issuerChoices, issuerValue, tagChoices, type Arrangement } from './arrange.ts';
import { BadgeCard } from './badge-card.tsx';
import { BadgeDialog } from './badge-dialog.tsx';
import { Toolbar } from './toolbar.tsx';
import type { BadgeView } from './badge-view.ts';
import { statusText } from './status-text.ts';

export type Layout = 'grid' | 'list' | 'compact';

export interface ViewProps {
  readonly badges: readonly BadgeView[];
  readonly locale: Locale;
  readonly layout: Layout;
  /** `<open-badge>`: one card, no toolbar. */
  readonly single: boolean;
  readonly title?: string;
  /** `auto` shows the toolbar for two badges or more; `none` never. */
  readonly controls: 'auto' | 'none';
  /** The arrangement the attributes ask for; the visitor may change it. */
  readonly initial: Arrangement;
  /** Every badge has been checked. */
  readonly done: boolean;
  readonly loadDetails: () => Promise<DetailsModule>;
  /** Render only the first this many cards (the first screen); the element renders the rest next. */
  readonly limit?: number;
}

/** The collection: an optional title, the toolbar, the cards, a status summary for screen readers, and the dialog. */
export function CollectionView({ badges, locale, layout, single, title, controls, initial, done, loadDetails, limit }: ViewProps) {
  const { t } = locale;
  const [arrangement, setArrangement] = useState<Arrangement>(initial);
  const [openKey, setOpenKey] = useState<string | undefined>(undefined);
  const opener = useRef<HTMLElement | null>(null);
  // Attributes set later (or a new source) win over what the visitor chose before.
  useEffect(() => setArrangement(initial), [initial.issuer, initial.tag, initial.sort]);

  const effective = { ...arrangement, issuer: issuerValue(badges, arrangement.issuer) };
  const shown = useMemo(() => arrange(badges, effective), [badges, effective.issuer, effective.tag, effective.sort]);
  const toolbar = !single && controls !== 'none' && badges.length > 1;
  const open = badges.find((b) => b.key === openKey);

  return (
    <div class={`collection layout-${layout}`} part="collection" lang={locale.lang}>
      {title && !single ? (
        <p class="title" part="title">
          {title}
        </p>
      ) : null}
      {toolbar ? (
        <Toolbar
          locale={locale}
          arrangement={effective}
          issuers={issuerChoices(badges)}
          tags={tagChoices(badges)}
          shown={shown.length}
          total={badges.length}
          onChange={setArrangement}
        />
      ) : null}
      {shown.length > 0 ? (
        <ul class="cards" part="list" role="list">
          {(limit === undefined ? shown : shown.slice(0, limit)).map((badge) => (
            <BadgeCard
              key={badge.key}
              badge={badge}
              locale={locale}
              onOpen={(key, element) => {
                opener.current = element;
                setOpenKey(key);
              }}
            />
          ))}
        </ul>
      ) : (
        <p class="empty">{badges.length === 0 ? t('summary.none') : t('summary.filtered')}</p>
      )}
      <p class={single ? 'summary visually-hidden' : 'summary'} role="status">
        {summary(badges, done, locale)}
      </p>
      <BadgeDialog
        badge={open}
        locale={locale}
        loadDetails={loadDetails}
        onClose={() => {
          setOpenKey(undefined);
          // Back where the visitor was: the card that opened the dialog.
          opener.current?.focus();
        }}
      />
    </div>
  );
}

function summary(badges: readonly BadgeView[], done: boolean, locale: Locale): string {
  if (badges.length === 0) return '';
  if (!done) return locale.t('summary.checking', { total: badges.length });
  const counts = new Map<string, number>();
  for (const b of badges) counts.set(b.status, (counts.get(b.status) ?? 0) + 1);
  const text = [...counts].map(([status, n]) => `${statusText(status as BadgeView['status'], locale)}: ${n}`).join(', ');
  return badges.length === 1 ? locale.t('summary.one', { counts: text }) : locale.t('summary.done', { total: badges.length, counts: text });
}
