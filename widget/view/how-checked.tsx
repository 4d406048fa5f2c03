import type { Locale } from '../i18n/locale.ts';
import type { How } from '../verify/outcome.ts';
import { statusText } from './status-text.ts';

const hosts = (urls: readonly string[]): string =>
  [
    ...new Set(
      urls.map((url) => {
        try {
          return new URL(url).host;
        } catch {
          return url;
        }
      }),
    ),
  ].join(', ');

/**
 * Which checks ran live in this browser and which rest on documents saved when the collection was made,
 * with that date: a visitor can tell "verified just now" from "verified as of May".
 */
export function HowChecked({ how, locale }: { readonly how: How; readonly locale: Locale }) {
  const { t } = locale;
  const saved = how.savedOn ? locale.date(how.savedOn) : undefined;
  const lines = [t('how.browser', { date: locale.date(how.checkedAt) })];
  lines.push(saved ? t('how.saved', { date: saved }) : how.fromFile.length === 0 && how.revocation === undefined ? t('how.live') : t('how.nothingSaved'));
  if (how.revocation === 'live') lines.push(t('how.revocationLive', { hosts: hosts(how.rechecked ?? how.live) }));
  if (how.revocation === 'saved' && saved) lines.push(t('how.revocationSaved', { date: saved, hosts: hosts(how.unreachable) }));
  if (how.revocation === 'offline' && saved) lines.push(t('how.revocationOffline', { date: saved }));
  if (how.revocation === 'none') lines.push(t('how.revocationNone'));
  if (how.collected) lines.push(t('how.atCollection', { date: locale.date(how.collected.checkedAt), status: statusText(how.collected.status, locale) }));
  return (
    <section class="how" part="how">
      <h3 class="how-title">{t('how.title')}</h3>
      <ul class="how-list">
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
