import type { TabRecord } from '../background/tab-records.ts';
import { CheckBadge } from './CheckBadge.tsx';
import type { PopupWorld } from './popup-world.ts';
import { SettingsPanel } from './SettingsPanel.tsx';
import { TabBadges } from './TabBadges.tsx';
import { useResolved, useTabRecord } from './use-tab-record.ts';

interface Props {
  readonly world: PopupWorld;
  /** The page's query: `tab` (whose badges), `badge` (one to open), `verify` and `page` (from the context menu). */
  readonly params: URLSearchParams;
}

function hostOf(record: TabRecord | undefined | 'loading'): string | undefined {
  if (record === 'loading' || record === undefined) return undefined;
  try {
    return new URL(record.url).hostname || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The popup, and the trusted view (the same page in a tab): the tab's badges, checking a badge the user
 * brings, and settings. Nothing here comes from a web page's own code, which is why in-page panels link here.
 */
export function App({ world, params }: Props) {
  const tabId = useResolved(world.tabId);
  const id = tabId === 'loading' ? undefined : tabId;
  const record = useTabRecord(world, id);
  const verifyUrl = params.get('verify') ?? undefined;
  const pageUrl = params.get('page') ?? undefined;
  const selected = params.get('badge') ?? undefined;

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>Badge Lens</h1>
        {world.openInTabUrl ? (
          <a href={world.openInTabUrl} target="_blank" rel="noopener">
            Open in a tab
          </a>
        ) : null}
      </header>
      {verifyUrl ? (
        <CheckBadge world={world} initialUrl={verifyUrl} {...(pageUrl ? { pageUrl } : {})} />
      ) : (
        <>
          {id !== undefined ? (
            <TabBadges world={world} tabId={id} record={record} {...(selected ? { selected } : {})} />
          ) : (
            <p>{tabId === 'loading' ? 'Looking at this page…' : 'There is no page to look at here.'}</p>
          )}
          <CheckBadge world={world} />
        </>
      )}
      <SettingsPanel world={world} {...(verifyUrl ? {} : { hostname: hostOf(record) })} />
    </main>
  );
}
