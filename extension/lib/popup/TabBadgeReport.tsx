import { useEffect, useState } from 'preact/hooks';
import type { Report } from '../../../core/index.ts';
import { BadgeDetails } from '../../../ui/badge-details.tsx';
import type { ReportAnswer } from '../messages.ts';
import type { PopupWorld } from './popup-world.ts';

interface Props {
  readonly world: PopupWorld;
  readonly tabId: number;
  readonly badgeKey: string;
  /** The report the tab's record holds, shown while the status is checked again. */
  readonly stored?: Report;
}

/** One badge of the tab in full: its stored report at once, then a fresh verification (status can change). */
export function TabBadgeReport({ world, tabId, badgeKey, stored }: Props) {
  const [report, setReport] = useState<Report | undefined>(stored);
  const [rechecking, setRechecking] = useState(true);
  useEffect(() => {
    let live = true;
    void world
      .send({ type: 'get-report', key: badgeKey, refresh: true, tabId })
      .then((answer) => {
        const fresh = (answer as ReportAnswer | undefined)?.report;
        if (live && fresh) setReport(fresh);
      })
      .catch(() => undefined)
      .finally(() => live && setRechecking(false));
    return () => {
      live = false;
    };
  }, [world, tabId, badgeKey]);
  return (
    <div class="tab-badge-report">
      <p class="recheck" role="status" aria-live="polite">
        {rechecking ? 'Checking the status again…' : 'Status checked just now.'}
      </p>
      {report ? <BadgeDetails report={report} headingLevel={3} /> : <p>Checking this badge…</p>}
    </div>
  );
}
