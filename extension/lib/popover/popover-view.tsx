import { useEffect, useState } from 'preact/hooks';
import type { Report } from '../../../core/index.ts';
import { BadgeDetails } from '../../../ui/badge-details.tsx';
import { STATUS_LABEL } from '../../../ui/status-label.ts';
import type { BadgeState } from '../badge-state.ts';
import type { ReportAnswer } from '../messages.ts';

export interface PopoverViewProps {
  readonly state: BadgeState;
  /** Asks the background for the badge's report; `refresh` verifies it again first. */
  readonly load: (refresh: boolean) => Promise<ReportAnswer | undefined>;
  readonly onClose: () => void;
  /** Opens the trusted view through the background: a page may not open extension pages itself. */
  readonly onOpenTrustedView: () => void;
}

/**
 * The popover's content: what the mark knew at once, then the stored report, then the report of a fresh
 * verification (status changes: a badge can be revoked or expire since it was first checked).
 */
export function PopoverView({ state, load, onClose, onOpenTrustedView }: PopoverViewProps) {
  const [report, setReport] = useState<Report | undefined>(undefined);
  const [trustedViewUrl, setTrustedViewUrl] = useState<string | undefined>(undefined);
  const [rechecking, setRechecking] = useState(true);

  useEffect(() => {
    let live = true;
    const take = (answer: ReportAnswer | undefined): void => {
      if (!live || answer === undefined) return;
      if (answer.report) setReport(answer.report);
      if (answer.trustedViewUrl) setTrustedViewUrl(answer.trustedViewUrl);
    };
    void load(false).then(take);
    void load(true)
      .then(take)
      .finally(() => live && setRechecking(false));
    return () => {
      live = false;
    };
  }, [load]);

  const onClick = (event: MouseEvent): void => {
    const link = (event.target as Element | null)?.closest?.('a');
    if (link && trustedViewUrl && link.getAttribute('href') === trustedViewUrl) {
      event.preventDefault();
      onOpenTrustedView();
    }
  };

  const name = report?.badge?.name || state.name || 'Badge';
  return (
    <div class="bl-popover" role="dialog" aria-modal="false" aria-label={`Badge Lens: ${name}`} tabIndex={-1} onClick={onClick}>
      <div class="bl-popover-bar">
        <span class="bl-popover-brand">Badge Lens</span>
        <span class="bl-popover-recheck" role="status" aria-live="polite">
          {rechecking ? 'Checking the status again…' : report ? 'Status checked just now.' : ''}
        </span>
        <button type="button" class="bl-popover-close" aria-label="Close badge details" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {report ? (
        <BadgeDetails report={report} headingLevel={2} {...(trustedViewUrl ? { trustedViewUrl } : {})} />
      ) : (
        <div class="bl-details">
          <h2 class="bl-details-name">{name}</h2>
          <p class={`bl-status bl-status-${state.status}`}>
            <span aria-hidden="true">{STATUS_LABEL[state.status].symbol}</span> {STATUS_LABEL[state.status].text}
          </p>
          {!rechecking ? <p>This badge is no longer on record for this page. Reload the page to check it again.</p> : null}
        </div>
      )}
      <p class="bl-popover-note">
        A web page can draw a panel like this one. For a view no page can imitate, use{' '}
        {trustedViewUrl ? (
          <a href={trustedViewUrl} target="_blank" rel="noopener">
            Open in Badge Lens
          </a>
        ) : (
          '“Open in Badge Lens”'
        )}{' '}
        or the Badge Lens button in the toolbar.
      </p>
    </div>
  );
}
