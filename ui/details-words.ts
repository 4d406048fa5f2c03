import en from './i18n/details.en.json';

export type DetailsKey = keyof typeof en;
/** A language's words for the details, as a data file (ui/i18n/details.*.json); keys it lacks stay English. */
export type DetailsMessages = Readonly<Partial<Record<DetailsKey, string>>>;

/** The words the details are shown in, and how they write a date. */
export interface DetailsWords {
  readonly lang: string;
  /** A message with `{name}` placeholders filled in; values are text, never markup. */
  t(key: DetailsKey, values?: Readonly<Record<string, string>>): string;
  date(iso: string): string;
}

/**
 * The details' words in a language: its messages over English, and its way of writing dates (by default
 * the ISO date, which reads the same in every language).
 *
 * @example
 * detailsWords('fr', (await import('./i18n/details.fr.json')).default, (iso) => new Date(iso).toLocaleDateString('fr'))
 */
export function detailsWords(lang: string, messages: DetailsMessages = {}, date: (iso: string) => string = (iso) => iso.slice(0, 10)): DetailsWords {
  const all: Readonly<Record<DetailsKey, string>> = { ...en, ...messages };
  return {
    lang,
    t: (key, values = {}) => all[key].replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? values[name]! : whole)),
    date,
  };
}

/** Whether a key names one of the details' messages (check ids and forms come from reports). */
export function isDetailsKey(key: string): key is DetailsKey {
  return Object.hasOwn(en, key);
}

export const ENGLISH_DETAILS: DetailsWords = detailsWords('en');
