import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, IDENTITIES_KEY, loadIdentities, loadSettings, SETTINGS_KEY, withSiteMode, type ScanMode, type Settings } from '../settings.ts';
import type { PopupWorld } from './popup-world.ts';

interface Props {
  readonly world: PopupWorld;
  /** The host of the tab's page, for its exception. */
  readonly hostname?: string;
  readonly open?: boolean;
}

/** When to look for badges, per site exceptions, and the user's own identities, all kept in this browser. */
export function SettingsPanel({ world, hostname, open = false }: Props) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [identities, setIdentities] = useState<string[]>([]);
  const [saved, setSaved] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const siteId = useId();
  const identityId = useId();

  useEffect(() => {
    void loadSettings(world.local).then(setSettings);
    void loadIdentities(world.local).then(setIdentities);
  }, [world]);

  const saveSettings = (next: Settings): void => {
    setSettings(next);
    void world.local.set({ [SETTINGS_KEY]: next }).then(() => setSaved('Saved. It applies to pages loaded from now on.'));
  };
  const saveIdentities = (next: string[]): void => {
    setIdentities(next);
    void world.local.set({ [IDENTITIES_KEY]: next }).then(() => setSaved('Saved.'));
  };
  const siteMode = hostname ? settings.sites[hostname.toLowerCase()] : undefined;

  return (
    <details class="settings" open={open}>
      <summary>Settings</summary>
      <fieldset>
        <legend>Look for badges</legend>
        {(
          [
            ['automatic', 'On every page I visit'],
            ['on-click', 'Only when I click the Badge Lens button'],
          ] as const
        ).map(([value, text]) => (
          <label key={value} class="choice">
            <input type="radio" name="scanning" value={value} checked={settings.scanning === value} onChange={() => saveSettings({ ...settings, scanning: value })} />{' '}
            {text}
          </label>
        ))}
        {hostname ? (
          <p class="site-choice">
            <label for={siteId}>On {hostname}:</label>{' '}
            <select
              id={siteId}
              value={siteMode ?? 'default'}
              onChange={(event) => {
                const value = (event.currentTarget as HTMLSelectElement).value;
                saveSettings(withSiteMode(settings, hostname, value === 'default' ? undefined : (value as ScanMode)));
              }}
            >
              <option value="default">Follow the setting above</option>
              <option value="automatic">Always look for badges</option>
              <option value="on-click">Only when I click</option>
            </select>
          </p>
        ) : null}
      </fieldset>
      <fieldset>
        <legend>Your identities</legend>
        <p class="hint">Badge Lens tells you whether a badge was issued to one of these. They are kept in this browser and never sent anywhere.</p>
        {identities.length > 0 ? (
          <ul class="identities">
            {identities.map((identity) => (
              <li key={identity}>
                <span class="identity">{identity}</span>{' '}
                <button type="button" aria-label={`Remove ${identity}`} onClick={() => saveIdentities(identities.filter((i) => i !== identity))}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <form
          class="identity-form"
          onSubmit={(event) => {
            event.preventDefault();
            const value = field.current?.value.trim() ?? '';
            if (value === '' || identities.includes(value)) return;
            saveIdentities([...identities, value]);
            if (field.current) field.current.value = '';
          }}
        >
          <label for={identityId}>Email, web address, phone number or DID</label>
          <input id={identityId} ref={field} type="text" autocomplete="off" spellcheck={false} />
          <button type="submit">Add</button>
        </form>
      </fieldset>
      <p class="saved" role="status" aria-live="polite">
        {saved}
      </p>
    </details>
  );
}
