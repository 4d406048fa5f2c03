import { BadgeDetails } from '../../ui/badge-details.tsx';
import { detailsWords, type DetailsMessages } from '../../ui/details-words.ts';
import type { Locale } from '../i18n/locale.ts';
import type { BadgeView } from './badge-view.ts';
import { HowChecked } from './how-checked.tsx';
import { statusText } from './status-text.ts';

/**
 * What the dialog shows, loaded on first open: the same details as the extension's popover (BadgeDetails),
 * then how this badge was checked here, all in the page's language (the core's sentences stay English).
 */
export function DetailsContent({ badge, locale, messages }: { readonly badge: BadgeView; readonly locale: Locale; readonly messages: DetailsMessages }) {
  const outcome = badge.outcome;
  if (outcome === undefined) {
    return (
      <div class="dialog-pending">
        <p class="dialog-name">{badge.name ?? locale.t('card.unnamed')}</p>
        <p>{locale.t('dialog.checking')}</p>
      </div>
    );
  }
  if ('error' in outcome) {
    return (
      <div class="dialog-pending">
        <p class="dialog-name">{badge.name ?? locale.t('card.unnamed')}</p>
        <p>
          {statusText('unverified', locale)}: {outcome.error}
        </p>
      </div>
    );
  }
  return (
    <>
      {badge.status === 'blocked' ? (
        <p class="dialog-blocked" part="blocked-note">
          <strong>{statusText('blocked', locale)}.</strong> {locale.t('dialog.blocked')}
        </p>
      ) : null}
      <BadgeDetails report={outcome.report} headingLevel={2} words={detailsWords(locale.lang, messages, locale.date)} />
      <HowChecked how={outcome.how} locale={locale} />
      {badge.link ? (
        <p class="dialog-link">
          <a href={badge.link} target="_blank" rel="noopener noreferrer nofollow">
            {locale.t('dialog.openSource')}
          </a>
        </p>
      ) : null}
    </>
  );
}
