import { useId, useRef, useState } from 'preact/hooks';
import { identityMatches, type Badge, type Check, type Report } from '../core/index.ts';
import { Markdown } from './markdown.tsx';
import { safeHref, safeImageSrc } from './safe-url.ts';
import { CHECK_LABEL, CHECK_NAME, STATUS_LABEL, versionLabel } from './status-label.ts';

interface Props {
  readonly report: Report;
  /** Where the trusted view lives (the extension's own page), shown as a link; the widget passes none. */
  readonly trustedViewUrl?: string;
  /** Heading level of the badge name, to fit the page around it. */
  readonly headingLevel?: 2 | 3;
}

/**
 * Everything a verification found, for a person: the badge (image, name, description, issuer, recipient,
 * dates, criteria, evidence, skills, endorsements), then every check in plain words and every host
 * contacted. Meets 1EdTech's Displayer minimum: image, name, description, issuer, issue date,
 * expired/revoked status, and a way to verify again. All badge text is rendered as text.
 */
export function BadgeDetails({ report, trustedViewUrl, headingLevel = 2 }: Props) {
  const titleId = useId();
  const badge = report.badge;
  const status = STATUS_LABEL[report.status];
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const image = safeImageSrc(badge?.image);
  return (
    <article class="bl-details" aria-labelledby={titleId} part="details">
      <header class="bl-details-header">
        {image ? <img class="bl-details-image" src={image} alt={`Badge image: ${badge?.name || 'unnamed badge'}`} /> : null}
        <div>
          <Heading id={titleId} class="bl-details-name">
            {badge?.name || 'Unnamed badge'}
          </Heading>
          <p class={`bl-status bl-status-${report.status}`} part={`status status-${report.status}`}>
            <span aria-hidden="true">{status.symbol}</span> {status.text}
          </p>
          <p class="bl-summary">{report.summary}</p>
        </div>
      </header>
      {badge ? <BadgeFacts badge={badge} report={report} /> : null}
      <ChecksList checks={report.checks} />
      <Contacted report={report} />
      <footer class="bl-details-footer">
        <span>Checked {report.checkedAt.replace('T', ' ').replace(/(:\d\d)?(\.\d+)?Z$/, ' UTC')}.</span>
        {trustedViewUrl ? (
          <a href={trustedViewUrl} target="_blank" rel="noopener">
            Open in Badge Lens
          </a>
        ) : null}
      </footer>
    </article>
  );
}

function BadgeFacts({ badge, report }: { readonly badge: Badge; readonly report: Report }) {
  const issuerUrl = safeHref(badge.issuer.url) ?? safeHref(badge.issuer.id);
  const criteriaUrl = safeHref(badge.criteria?.url);
  const version = versionLabel(report.version, report.form);
  return (
    <>
      {badge.description ? <p class="bl-description">{badge.description}</p> : null}
      <dl class="bl-facts">
        <dt>Issuer</dt>
        <dd>
          {issuerUrl ? (
            <a href={issuerUrl} target="_blank" rel="noopener noreferrer nofollow">
              {badge.issuer.name || issuerUrl}
            </a>
          ) : (
            badge.issuer.name || badge.issuer.id || 'Not named'
          )}
        </dd>
        <dt>Issued to</dt>
        <dd>
          <RecipientFact badge={badge} report={report} />
        </dd>
        {badge.issuedOn ? (
          <>
            <dt>Issued on</dt>
            <dd>{badge.issuedOn.slice(0, 10)}</dd>
          </>
        ) : null}
        {badge.expires ? (
          <>
            <dt>{report.status === 'expired' ? 'Expired on' : 'Expires on'}</dt>
            <dd>{badge.expires.slice(0, 10)}</dd>
          </>
        ) : null}
        {version ? (
          <>
            <dt>Format</dt>
            <dd>{version}</dd>
          </>
        ) : null}
      </dl>
      {badge.criteria && (criteriaUrl || badge.criteria.narrative) ? (
        <section class="bl-section">
          <h4>Criteria</h4>
          {badge.criteria.narrative ? <Markdown text={badge.criteria.narrative} /> : null}
          {criteriaUrl ? (
            <p>
              <a href={criteriaUrl} target="_blank" rel="noopener noreferrer nofollow">
                Criteria page
              </a>
            </p>
          ) : null}
        </section>
      ) : null}
      {badge.evidence.length > 0 ? (
        <section class="bl-section">
          <h4>Evidence</h4>
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
          <h4>Skills and alignments</h4>
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
          {badge.tags.length > 0 ? <p class="bl-tags">Tags: {badge.tags.join(', ')}</p> : null}
        </section>
      ) : null}
      {badge.endorsements.length > 0 ? (
        <section class="bl-section">
          <h4>Endorsements</h4>
          <ul>
            {badge.endorsements.map((e, i) => (
              <li key={i}>
                <strong>{e.issuer.name || e.issuer.id || 'Unnamed endorser'}</strong> endorses the {e.about === 'badge' ? 'badge' : e.about === 'achievement' ? 'achievement' : 'issuer'}
                {e.comment ? <>: “{e.comment}”</> : null} <span class={`bl-status bl-status-${e.status}`}>({STATUS_LABEL[e.status as Report['status']]?.text ?? e.status})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {badge.credentials && badge.credentials.length > 0 ? (
        <section class="bl-section">
          <h4>Credentials in this record</h4>
          <ul>
            {(report.nested ?? []).map((n, i) => (
              <li key={i}>
                {n.badge?.name || 'Unnamed credential'} — <span class={`bl-status bl-status-${n.status}`}>{STATUS_LABEL[n.status].text}</span>
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
function RecipientFact({ badge, report }: { readonly badge: Badge; readonly report: Report }) {
  const field = useRef<HTMLInputElement>(null);
  const [answer, setAnswer] = useState<boolean | undefined>(undefined);
  const inputId = useId();
  const recipient = badge.recipient;
  const described = recipient.hashed ? `a hashed ${recipient.type ?? 'identity'}` : recipient.identity || recipient.name || recipient.id || 'not named';
  const match = { matched: 'matches the identity you gave', mismatched: 'issued to someone else', 'not-checked': '' }[report.recipientMatch];
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
          <label for={inputId}>Check an email or address</label>
          <input id={inputId} ref={field} type="text" autocomplete="off" spellcheck={false} />
          <button type="submit">Check</button>
          <span role="status" aria-live="polite" class="bl-recipient-answer">
            {answer === undefined ? '' : answer ? 'Yes: this badge was issued to that identity.' : 'No: this badge was not issued to that identity.'}
          </span>
        </form>
      ) : null}
    </>
  );
}

function ChecksList({ checks }: { readonly checks: readonly Check[] }) {
  return (
    <section class="bl-section">
      <h4>What was checked</h4>
      <ul class="bl-checks">
        {checks.map((check, i) => (
          <li key={i} class={`bl-check bl-check-${check.status}`}>
            <span class="bl-check-symbol" aria-hidden="true">
              {CHECK_LABEL[check.status].symbol}
            </span>
            <span class="bl-check-name">
              {CHECK_NAME[check.id] ?? check.id}: <span class="bl-check-word">{CHECK_LABEL[check.status].text}</span>.
            </span>{' '}
            <span class="bl-check-message">{check.message}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Contacted({ report }: { readonly report: Report }) {
  const hosts = [...new Set(report.fetches.filter((f) => f.source === 'network').map((f) => hostOf(f.url)))];
  return (
    <section class="bl-section">
      <h4>Sites contacted</h4>
      <p>{hosts.length > 0 ? hosts.join(', ') : 'None: everything was checked from data already at hand.'}</p>
    </section>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
