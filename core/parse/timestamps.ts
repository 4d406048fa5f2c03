/**
 * Reads a badge date: ISO 8601 in its extended (`2013-02-21T15:18:00-05:00`) or basic (`20130221T1518-0500`)
 * form, down to a month (`2013-02`), as OB 1.0 allowed; or, as OB 0.5–1.0 allowed, a Unix timestamp in
 * seconds (number or digit string). A date without a zone is read as UTC.
 */
export function parseBadgeDate(value: unknown): Date | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && Number.isInteger(value) ? fromSeconds(value) : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d{9,11}$/.test(text)) return fromSeconds(Number(text));
  const match = ISO_8601.exec(text);
  if (!match) return undefined;
  const [, y, mo1, d1, mo2, d2, h = '00', mi = '00', s = '00', frac = '', zone = 'Z'] = match;
  const iso = `${y}-${mo1 ?? mo2}-${d1 ?? d2 ?? '01'}T${h}:${mi}:${s}${frac.slice(0, 4)}${normaliseZone(zone)}`;
  const date = new Date(iso);
  // Date accepts 2024-02-31 and rolls it over; a real date reads back the same day.
  if (Number.isNaN(date.getTime()) || !sameCalendarDay(date, iso)) return undefined;
  return date;
}

const ISO_8601 = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|(\d{2})(\d{2})?)(?:[T ](\d{2})(?::?(\d{2}))?(?::?(\d{2}))?(\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** The calendar day as the issuer wrote it (`2025-02-21` for `2025-02-21T00:00:00+09:00`), not as UTC has it. */
export function writtenDay(value: unknown, date: Date): string {
  if (typeof value === 'string') {
    const match = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(value.trim());
    if (match) return `${match[1]}-${match[2]}-${match[3]}`;
  }
  return date.toISOString().slice(0, 10);
}

/** ISO 8601 in UTC, without milliseconds when there are none. */
export function toIso(date: Date): string {
  return date.toISOString().replace('.000Z', 'Z');
}

function fromSeconds(seconds: number): Date | undefined {
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function normaliseZone(zone: string): string {
  if (zone.toUpperCase() === 'Z') return 'Z';
  if (zone.length === 3) return `${zone}:00`;
  return zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
}

function sameCalendarDay(date: Date, iso: string): boolean {
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(iso);
  const minutes = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0;
  const local = new Date(date.getTime() + minutes * 60_000);
  return local.toISOString().slice(0, 10) === iso.slice(0, 10);
}
