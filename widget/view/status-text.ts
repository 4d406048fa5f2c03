import type { Locale } from '../i18n/locale.ts';
import type { ShownStatus } from '../verify/outcome.ts';

/** The status in the page's language; "checking" also says plainly that nothing is verified yet. */
export function statusText(status: ShownStatus, locale: Locale): string {
  return locale.t(`status.${status}`);
}
