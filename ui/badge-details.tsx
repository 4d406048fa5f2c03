import { useId, useRef, useState } from 'preact/hooks';
import { identityMatches, type Badge, type Check, type Report } from '../core/index.ts';
import { Markdown } from './markdown.tsx';
import { safeHref, safeImageSrc } from './safe-url.ts';
import { ENGLISH_DETAILS, type DetailsWords } from './details-words.ts';
import { checkLabel, checkName, STATUS_LABEL, statusLabel, versionLabel } from './status-label.ts';

interface Props {
  readonly report: Report;
  /** Where the trusted view lives (the extension's own page), shown as a link; the widget passes none. */
  readonly trustedViewUrl?: string;
  /** Heading level of the badge name, to fit the page around it. */
  readonly headingLevel?: 2 | 3;
  /** The words to show it in (default English). The core's own sentences stay English, marked as such. */
  readonly words?: DetailsWords;
}

/**
 * Everything a verification found, for a person: the badge (image, name, description, issuer, recipient,
 * dates, criteria, evidence, skills, endorsements), then every check in plain words and every host
 * contacted. Meets 1EdTech's Displayer minimum: image, name, description, issuer, issue date,
 * expired/revoked status, and a way to verify again. All badge text is rendered as text.
 */
export function BadgeDetails({ report, trustedViewUrl, headingLevel = 2, words = ENGLISH_DETAILS }: Props) {
  const { t } = words;
  const titleId = useId();
  const badge = report.badge;
  const status = statusLabel(report.status, words);
  const core = coreLanguage(words);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const image = safeImageSrc(badge?.image);
  return (
    <article class="bl-details" aria-labelledby={titleId} part="details">
      <header class="bl-details-header">
        {image ? <img class="bl-details-image" src={image} alt={t('details.imageAlt', { name: badge?.name || t('details.unnamed') })} /> : null}
        <div>
          <Heading id={titleId} class="bl-details-name">
            {badge?.name || t('details.unnamed')}
          </Heading>
          <p class={`bl-status bl-status-${report.status}`} part={`status status-${report.status}`}>
            <span aria-hidden="true">{status.symbol}</span> {status.text}
          </p>
          <p class="bl-summary" {...core}>
            {report.summary}
          </p>
        </div>
      </header>
      {badge ? <BadgeFacts badge={badge} report={report} words={words} /> : null}
      <ChecksList checks={report.checks} words={words} />
      <Contacted report={report} words={words} />
      <footer class="bl-details-footer">
        <span>{t('details.checkedAt', { time: report.checkedAt.replace('T', ' ').replace(/(:\d\d)?(\.\d+)?Z$/, ' UTC') })}</span>
        {trustedViewUrl ? (
          <a href={trustedViewUrl} target="_blank" rel="noopener">
            {t('details.openInBadgeLens')}
          </a>
        ) : null}
      </footer>
    </article>
  );
}

function BadgeFacts({ badge, report, words }: { readonly badge: Badge; readonly report: Report; readonly words: DetailsWords }) {
  const { t } = words;
  const issuerUrl = safeHref(badge.issuer.url) ?? safeHref(badge.issuer.id);
  const criteriaUrl = safeHref(badge.criteria?.url);
  const version = versionLabel(report.version, report.form, words);
  return (
    <>
      {badge.description ? <p class="bl-description">{badge.description}</p> : null}
      <dl class="bl-facts">
        <dt>{t('details.issuer')}</dt>
        <dd>
          {issuerUrl ? (
            <a href={issuerUrl} target="_blank" rel="noopener noreferrer nofollow">
              {badge.issuer.name || issuerUrl}
            </a>
          ) : (
            badge.issuer.name || badge.issuer.id || t('details.notNamed')
          )}
        </dd>
        <dt>{t('details.issuedTo')}</dt>
        <dd>
          <RecipientFact badge={badge} report={report} words={words} />
        </dd>
        {badge.issuedOn ? (
          <>
            <dt>{t('details.issuedOn')}</dt>
            <dd>{words.date(badge.issuedOn)}</dd>
          </>
        ) : null}
        {badge.expires ? (
          <>
            <dt>{t(report.status === 'expired' ? 'details.expiredOn' : 'details.expiresOn')}</dt>
            <dd>{words.date(badge.expires)}</dd>
          </>
        ) : null}
        {version ? (
          <>
            <dt>{t('details.format')}</dt>
            <dd>{version}</dd>
          </>
        ) : null}
      </dl>
      {badge.criteria && (criteriaUrl || badge.criteria.narrative) ? (
        <section class="bl-section">
          <h4>{t('details.criteria')}</h4>
          {badge.criteria.narrative ? <Markdown text={badge.criteria.narrative} /> : null}
          {criteriaUrl ? (
            <p>
              <a href={criteriaUrl} target="_blank" rel="noopener noreferrer nofollow">
                {t('details.criteriaPage')}
              </a>
            </p>
          ) : null}
        </section>
      ) : null}
      {badge.evidence.length > 0 ? (
        <section class="bl-section">
          <h4>{t('details.evidence')}</h4>
          <ul>
            {badge.evidence.map((e, i) => {
              const href = safeHref(e.id);
              return (
                <li key={i}>
                  {href ? (
                    <a href={href} target="_blank" rel="noopener noreferrer nofollow">
                      {e.name || href}
                    </a>
                  ) : (
                    e.name
                  )}
                  {e.description ? <span> — {e.description}</span> : null}
                  {e.narrative ? <Markdown text={e.narrative} /> : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {badge.alignments.length > 0 || badge.tags.length > 0 ? (
        <section class="bl-section">
          <h4>{t('details.skills')}</h4>
          <ul>
            {badge.alignments.map((a, i) => {
              const href = safeHref(a.targetUrl);
              return (
                <li key={i}>
                  {href ? (
                    <a href={href} target="_blank" rel="noopener noreferrer nofollow">
                      {a.targetName}
                    </a>
                  ) : (
                    a.targetName
                  )}
                  {a.targetFramework ? <span> ({a.targetFramework})</span> : null}
                </li>
              );
            })}
          </ul>
          {badge.tags.length > 0 ? <p class="bl-tags">{t('details.tags', { tags: badge.tags.join(', ') })}</p> : null}
        </section>
      ) : null}
      {badge.endorsements.length > 0 ? (
        <section class="bl-section">
          <h4>{t('details.endorsements')}</h4>
          <ul>
            {badge.endorsements.map((e, i) => (
              <li key={i}>
                <strong>{e.issuer.name || e.issuer.id || t('details.unnamedEndorser')}</strong> {t(e.about === 'badge' ? 'details.endorses.badge' : e.about === 'achievement' ? 'details.endorses.achievement' : 'details.endorses.issuer')}
                {e.comment ? <>: “{e.comment}”</> : null} <span class={`bl-status bl-status-${e.status}`}>({e.status in STATUS_LABEL ? statusLabel(e.status as Report['status'], words).text : e.status})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {badge.credentials && badge.credentials.length > 0 ? (
        <section class="bl-section">
          <h4>{t('details.credentials')}</h4>
          <ul>
            {(report.nested ?? []).map((n, i) => (
              <li key={i}>
                {n.badge?.name || t('details.unnamedCredential')} — <span class={`bl-status bl-status-${n.status}`}>{statusLabel(n.status, words).text}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/**
 * The recipient as issued, and a field to test an email or URL against it: the test runs here, and the
 * value typed is never sent anywhere or shown to the page.
 */
function RecipientFact({ badge, report, words }: { readonly badge: Badge; readonly report: Report; readonly words: DetailsWords }) {
  const { t } = words;
  const field = useRef<HTMLInputElement>(null);
  const [answer, setAnswer] = useState<boolean | undefined>(undefined);
  const inputId = useId();
  const recipient = badge.recipient;
  const described = recipient.hashed ? t('recipient.hashed', { type: recipient.type ?? t('recipient.identity') }) : recipient.identity || recipient.name || recipient.id || t('recipient.notNamed');
  const match = report.recipientMatch === 'not-checked' ? '' : t(`recipient.${report.recipientMatch}`);
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const identity = recipient.identity ?? recipient.id;
    const value = field.current?.value ?? '';
    if (!identity || value.trim() === '') return setAnswer(undefined);
    setAnswer(identityMatches({ identity, hashed: recipient.hashed, salt: recipient.salt, type: recipient.type }, value));
  };
  return (
    <>
      <span>{described}</span>
      {match ? <span class={`bl-match bl-match-${report.recipientMatch}`}> — {match}</span> : null}
      {recipient.identity || recipient.id ? (
        <form class="bl-recipient-check" onSubmit={onSubmit}>
          <label for={inputId}>{t('recipient.checkLabel')}</label>
          <input id={inputId} ref={field} type="text" autocomplete="off" spellcheck={false} />
          <button type="submit">{t('recipient.checkButton')}</button>
          <span role="status" aria-live="polite" class="bl-recipient-answer">
            {answer === undefined ? '' : t(answer ? 'recipient.yes' : 'recipient.no')}
          </span>
        </form>
      ) : null}
    </>
  );
}

function ChecksList({ checks, words }: { readonly checks: readonly Check[]; readonly words: DetailsWords }) {
  const core = coreLanguage(words);
  return (
    <section class="bl-section">
      <h4>{words.t('details.checks')}</h4>
      <ul class="bl-checks">
        {checks.map((check, i) => (
          <li key={i} class={`bl-check bl-check-${check.status}`}>
            <span class="bl-check-symbol" aria-hidden="true">
              {checkLabel(check.status, words).symbol}
            </span>
            <span class="bl-check-name">
              {checkName(check.id, words)}: <span class="bl-check-word">{checkLabel(check.status, words).text}</span>.
            </span>{' '}
            <span class="bl-check-message" {...core}>
              {check.message}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Contacted({ report, words }: { readonly report: Report; readonly words: DetailsWords }) {
  const hosts = [...new Set(report.fetches.filter((f) => f.source === 'network').map((f) => hostOf(f.url)))];
  return (
    <section class="bl-section">
      <h4>{words.t('details.contacted')}</h4>
      <p>{hosts.length > 0 ? hosts.join(', ') : words.t('details.noneContacted')}</p>
    </section>
  );
}

/** The core writes its sentences (summary, check messages) in English: marked so, inside a page in another language. */
function coreLanguage(words: DetailsWords): { readonly lang?: string } {
  return words.lang === 'en' ? {} : { lang: 'en' };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
