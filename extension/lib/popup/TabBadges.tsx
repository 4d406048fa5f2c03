import { useEffect, useState } from 'preact/hooks';
import { STATUS_LABEL } from '../../../ui/status-label.ts';
import type { TabRecord } from '../background/tab-records.ts';
import type { PopupWorld } from './popup-world.ts';
import { TabBadgeReport } from './TabBadgeReport.tsx';

interface Props {
  readonly world: PopupWorld;
  readonly tabId: number;
  readonly record: TabRecord | undefined | 'loading';
  /** A badge to show opened (the trusted view of one badge, `?badge=KEY`). */
  readonly selected?: string;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export function summaryOf(record: TabRecord | undefined | 'loading'): string {
  if (record === 'loading') return 'Looking at this page…';
  if (record === undefined) return 'Badge Lens has not looked at this page. It reads web pages (http and https) only.';
  if (!record.scanning) return 'On this site, Badge Lens looks for badges only when you ask.';
  const found = record.badges.length;
  if (found === 0) return record.pending > 0 ? `Looking for badges: ${plural(record.pending, 'item', 'items')} left to check…` : 'No badges found on this page.';
  const more = record.pending > 0 ? `, still checking ${record.pending} more` : '';
  return `${plural(found, 'badge', 'badges')} on this page${more}.`;
}

/** The tab's badges with their status, each opening to its full details. */
export function TabBadges({ world, tabId, record, selected }: Props) {
  const [open, setOpen] = useState<string | undefined>(selected);
  const notScanning = record !== 'loading' && record !== undefined && !record.scanning;

  // "On click only": opening Badge Lens on the page is the click.
  useEffect(() => {
    if (notScanning) void world.scanTab(tabId);
  }, [world, tabId, notScanning]);

  return (
    <section class="tab-badges" aria-labelledby="tab-badges-title">
      <h2 id="tab-badges-title">On this page</h2>
      <p data-testid="scan-summary" role="status" aria-live="polite">
        {summaryOf(record)}
      </p>
      {notScanning ? (
        <button type="button" onClick={() => void world.scanTab(tabId)}>
          Look for badges on this page
        </button>
      ) : null}
      {record !== 'loading' && record !== undefined && record.badges.length > 0 ? (
        <ul class="badge-list">
          {record.badges.map((badge) => {
            const label = STATUS_LABEL[badge.state.status];
            const expanded = open === badge.key;
            const panelId = `badge-${encodeURIComponent(badge.key).replace(/[^A-Za-z0-9_-]/g, '_').slice(-80)}`;
            return (
              <li key={badge.key} class="badge-row" data-status={badge.state.status}>
                <button type="button" class="badge-toggle" aria-expanded={expanded} aria-controls={panelId} onClick={() => setOpen(expanded ? undefined : badge.key)}>
                  <span class={`bl-status bl-status-${badge.state.status} row-status`}>
                    <span aria-hidden="true">{label.symbol}</span> {label.text}
                  </span>
                  <span class="row-name">{badge.state.name || 'Unnamed badge'}</span>
                  {badge.state.issuer ? <span class="row-issuer">{badge.state.issuer}</span> : null}
                </button>
                {expanded ? (
                  <div id={panelId}>
                    <TabBadgeReport world={world} tabId={tabId} badgeKey={badge.key} {...(badge.report ? { stored: badge.report } : {})} />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
