import { useId } from 'preact/hooks';
import type { Locale } from '../i18n/locale.ts';
import { SORT_ORDERS, type Arrangement, type SortOrder } from './arrange.ts';

interface Props {
  readonly locale: Locale;
  readonly arrangement: Arrangement;
  readonly issuers: readonly { readonly value: string; readonly label: string }[];
  readonly tags: readonly string[];
  readonly shown: number;
  readonly total: number;
  readonly onChange: (arrangement: Arrangement) => void;
}

const SORT_LABEL = { newest: 'toolbar.newest', oldest: 'toolbar.oldest', listed: 'toolbar.listed' } as const;

/** Filter by issuer or tag and order by date: native selects, so keyboard and screen readers need nothing more. */
export function Toolbar({ locale, arrangement, issuers, tags, shown, total, onChange }: Props) {
  const { t } = locale;
  const id = useId();
  return (
    <div class="toolbar" part="toolbar" role="group" aria-label={t('toolbar.label')}>
      {issuers.length > 1 ? (
        <span class="control">
          <label for={`${id}-issuer`}>{t('toolbar.issuer')}</label>
          <select id={`${id}-issuer`} value={arrangement.issuer} onChange={(e) => onChange({ ...arrangement, issuer: e.currentTarget.value })}>
            <option value="">{t('toolbar.allIssuers')}</option>
            {issuers.map((issuer) => (
              <option key={issuer.value} value={issuer.value}>
                {issuer.label}
              </option>
            ))}
          </select>
        </span>
      ) : null}
      {tags.length > 0 ? (
        <span class="control">
          <label for={`${id}-tag`}>{t('toolbar.tag')}</label>
          <select id={`${id}-tag`} value={arrangement.tag} onChange={(e) => onChange({ ...arrangement, tag: e.currentTarget.value })}>
            <option value="">{t('toolbar.allTags')}</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </span>
      ) : null}
      <span class="control">
        <label for={`${id}-sort`}>{t('toolbar.sort')}</label>
        <select id={`${id}-sort`} value={arrangement.sort} onChange={(e) => onChange({ ...arrangement, sort: e.currentTarget.value as SortOrder })}>
          {SORT_ORDERS.map((order) => (
            <option key={order} value={order}>
              {t(SORT_LABEL[order])}
            </option>
          ))}
        </select>
      </span>
      <span class="count">{t('toolbar.count', { shown, total })}</span>
    </div>
  );
}
