import type { CheckStatus, Status } from '../core/index.ts';
import { ENGLISH_DETAILS, isDetailsKey, type DetailsWords } from './details-words.ts';

const STATUS_SYMBOL: Readonly<Record<Status | 'checking', string>> = {
  checking: '…',
  verified: '✓',
  invalid: '✗',
  revoked: '✗',
  suspended: '!',
  expired: '!',
  unverified: '?',
};

const CHECK_SYMBOL: Readonly<Record<CheckStatus, string>> = { pass: '✓', fail: '✗', warn: '!', skip: '–' };

/** Status as words and a symbol, never colour alone (STYLE.md: accessibility is a feature). */
export function statusLabel(status: Status | 'checking', words: DetailsWords = ENGLISH_DETAILS): { readonly text: string; readonly symbol: string } {
  return { text: words.t(`status.${status}`), symbol: STATUS_SYMBOL[status] };
}

/** The English labels, for the extension's marks and lists. */
export const STATUS_LABEL: Readonly<Record<Status | 'checking', { readonly text: string; readonly symbol: string }>> = Object.fromEntries(
  (Object.keys(STATUS_SYMBOL) as (Status | 'checking')[]).map((status) => [status, statusLabel(status)]),
) as Record<Status | 'checking', { readonly text: string; readonly symbol: string }>;

export function checkLabel(status: CheckStatus, words: DetailsWords = ENGLISH_DETAILS): { readonly text: string; readonly symbol: string } {
  return { text: words.t(`check.${status}`), symbol: CHECK_SYMBOL[status] };
}

/** The human name of a check id; an id this version does not know is shown as it is. */
export function checkName(id: string, words: DetailsWords = ENGLISH_DETAILS): string {
  const key = `checkName.${id}`;
  return isDetailsKey(key) ? words.t(key) : id;
}

export function versionLabel(version: string | undefined, form: string | undefined, words: DetailsWords = ENGLISH_DETAILS): string | undefined {
  if (version === undefined) return undefined;
  const name = version === 'clr-2.0' ? words.t('version.clr') : words.t('version.ob', { version });
  const how = `form.${form ?? ''}`;
  return isDetailsKey(how) ? words.t('version.with', { name, how: words.t(how) }) : name;
}
