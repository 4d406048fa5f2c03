/**
 * The user's settings, kept in `storage.local` on this device only: when to scan, per-site exceptions,
 * and the identities (emails, URLs, phone numbers, DIDs) that recipient checks compare against.
 */
export type ScanMode = 'automatic' | 'on-click';

export interface Settings {
  /** Scan every page on load, or only when the user clicks the Badge Lens button. */
  readonly scanning: ScanMode;
  /** Exceptions by host name (`www.example.org`). */
  readonly sites: Readonly<Record<string, ScanMode>>;
}

export const DEFAULT_SETTINGS: Settings = { scanning: 'automatic', sites: {} };

export const SETTINGS_KEY = 'settings';
export const IDENTITIES_KEY = 'identities';

/** What the code here needs of `browser.storage.local` (or of a test's map). */
export interface StorageArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const isMode = (value: unknown): value is ScanMode => value === 'automatic' || value === 'on-click';

export function parseSettings(value: unknown): Settings {
  if (typeof value !== 'object' || value === null) return DEFAULT_SETTINGS;
  const { scanning, sites } = value as Record<string, unknown>;
  const kept: Record<string, ScanMode> = {};
  if (typeof sites === 'object' && sites !== null) {
    for (const [host, mode] of Object.entries(sites)) if (isMode(mode) && host.length <= 253) kept[host] = mode;
  }
  return { scanning: isMode(scanning) ? scanning : DEFAULT_SETTINGS.scanning, sites: kept };
}

export function scanModeFor(settings: Settings, hostname: string): ScanMode {
  return settings.sites[hostname.toLowerCase()] ?? settings.scanning;
}

/** The settings with one site's exception set, or removed when `mode` is undefined. */
export function withSiteMode(settings: Settings, hostname: string, mode: ScanMode | undefined): Settings {
  const { [hostname.toLowerCase()]: _dropped, ...others } = settings.sites;
  return { ...settings, sites: mode === undefined ? others : { ...others, [hostname.toLowerCase()]: mode } };
}

export async function loadSettings(area: StorageArea): Promise<Settings> {
  return parseSettings((await area.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

/** Identities as stored: trimmed, non-empty, without repeats, at most 50 of reasonable length. */
export function parseIdentities(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const kept = value.filter((v): v is string => typeof v === 'string').map((v) => v.trim()).filter((v) => v !== '' && v.length <= 500);
  return [...new Set(kept)].slice(0, 50);
}

export async function loadIdentities(area: StorageArea): Promise<string[]> {
  return parseIdentities((await area.get(IDENTITIES_KEY))[IDENTITIES_KEY]);
}
