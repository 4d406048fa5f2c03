import type { DetailsMessages } from '../../ui/details-words.ts';
import en from './locales/en.json';

export type MessageKey = keyof typeof en;
export type Messages = Readonly<Record<MessageKey, string>>;

/** The words of one language, and its way of writing dates. */
export interface Locale {
  /** The language tag the words are in (`en`, `fr`): the element marks its shadow content with it. */
  readonly lang: string;
  /** A message with `{name}` placeholders filled in; values are text, never markup. */
  t(key: MessageKey, values?: Readonly<Record<string, string | number>>): string;
  /** An ISO date as this language writes it ("12 May 2026"), or the text as given when it is no date. */
  date(iso: string): string;
  /** The words of the shared details view (ui/i18n/details.*.json), loaded with the details on first open. */
  detailsMessages(): Promise<DetailsMessages>;
}

/**
 * Locales beyond English are data files, each loaded only by a page in that language. To add one, add
 * `locales/xx.json` with the keys of en.json, `ui/i18n/details.xx.json` with those of details.en.json, and
 * a line here; keys a file lacks fall back to English.
 */
const LOCALES: Readonly<Record<string, { messages(): Promise<{ default: Partial<Messages> }>; details(): Promise<{ default: DetailsMessages }> }>> = {
  fr: { messages: () => import('./locales/fr.json'), details: () => import('../../ui/i18n/details.fr.json') },
};

export const SUPPORTED_LANGUAGES: readonly string[] = ['en', ...Object.keys(LOCALES)];

/**
 * The language of the closest `[lang]` around the element, crossing shadow roots outwards (so a widget
 * inside another component takes that page's language), as github/relative-time-element does.
 */
export function closestLang(element: Element): string {
  let node: Element | null = element;
  while (node !== null) {
    const tagged: Element | null = node.closest('[lang]');
    if (tagged !== null) return tagged.getAttribute('lang') ?? '';
    const root = node.getRootNode() as Node & { host?: Element };
    node = root.host ?? null;
  }
  return '';
}

/** The locale for a language tag: its own words when Badge Lens has them (`fr-CA` → `fr`), else English. */
export async function loadLocale(tag: string): Promise<Locale> {
  const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const load = Object.hasOwn(LOCALES, base) ? LOCALES[base] : undefined;
  if (load === undefined) return makeLocale('en', en);
  try {
    return makeLocale(base, { ...en, ...(await load.messages()).default }, tag, () => load.details().then((m) => m.default));
  } catch {
    // A locale chunk that fails to load must not cost the visitor the badges: English it is.
    return makeLocale('en', en);
  }
}

/** English, at once: what the first paint uses while another language loads. */
export const ENGLISH: Locale = makeLocale('en', en);

function makeLocale(lang: string, messages: Messages, tag = lang, details: () => Promise<DetailsMessages> = async () => ({})): Locale {
  let dates: Intl.DateTimeFormat;
  try {
    dates = new Intl.DateTimeFormat(tag, { dateStyle: 'medium' });
  } catch {
    dates = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
  }
  return {
    lang,
    t: (key, values = {}) => messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole)),
    date: (iso) => {
      const time = Date.parse(iso);
      return Number.isNaN(time) ? iso : dates.format(time);
    },
    detailsMessages: details,
  };
}
