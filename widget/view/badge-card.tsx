import type { Locale } from '../i18n/locale.ts';
import type { BadgeView } from './badge-view.ts';
import { statusText } from './status-text.ts';
import { StatusIcon } from './status-icon.tsx';

interface Props {
  readonly badge: BadgeView;
  readonly locale: Locale;
  readonly onOpen: (key: string, opener: HTMLElement) => void;
}

/**
 * One badge: image, name, issuer, date and status in words with an icon, as one button that opens the
 * details. Parts: `badge` and `badge-<status>` on the card, `image`, `name`, `issuer`, `date`, `status`.
 */
export function BadgeCard({ badge, locale, onOpen }: Props) {
  const { t } = locale;
  const name = badge.name ?? t('card.unnamed');
  const checking = badge.status === 'checking';
  const how = badge.outcome && 'how' in badge.outcome ? badge.outcome.how : undefined;
  const note =
    how?.revocation === 'live' ? t('card.liveRevocation') : (how?.revocation === 'saved' || how?.revocation === 'offline') && how.savedOn ? t('card.savedRevocation', { date: locale.date(how.savedOn) }) : undefined;
  return (
    <li class={`card status-${badge.status}`} part={badge.status === 'blocked' ? 'badge badge-unverified badge-blocked' : `badge badge-${badge.status}`} data-key={badge.key} aria-busy={checking ? 'true' : undefined}>
      <button type="button" class="card-button" aria-haspopup="dialog" onClick={(event) => onOpen(badge.key, event.currentTarget as HTMLElement)}>
        <span class="card-picture">
          {/* The name and issuer are the next words: the image would only repeat them to a screen reader. */}
          {badge.image ? <img part="image" class="card-image" src={badge.image} alt="" loading="lazy" decoding="async" /> : <span part="image" class="card-image card-image-none" />}
        </span>
        <span class="card-text">
          <span part="name" class="card-name">
            {name}
          </span>
          <span part="issuer" class="card-issuer">
            {badge.issuer ? t('card.issuedBy', { issuer: badge.issuer }) : t('card.unknownIssuer')}
          </span>
          {badge.issuedOn ? (
            <span part="date" class="card-date">
              <time dateTime={badge.issuedOn}>{locale.date(badge.issuedOn)}</time>
            </span>
          ) : null}
          {note ? <span class="card-note">{note}</span> : null}
        </span>
        <span part="status" class="card-status">
          <StatusIcon status={badge.status} />
          <span class="status-text">{statusText(badge.status, locale)}</span>
        </span>
      </button>
    </li>
  );
}
