import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../i18n/locale.ts';
import type { DetailsMessages } from '../../ui/details-words.ts';
import type { DetailsModule } from '../world.ts';
import type { BadgeView } from './badge-view.ts';

interface Props {
  /** The badge whose details are open, or undefined when the dialog is closed. */
  readonly badge: BadgeView | undefined;
  readonly locale: Locale;
  readonly loadDetails: () => Promise<DetailsModule>;
  readonly onClose: () => void;
}

/**
 * The details in a native modal `<dialog>` (part `dialog`): the browser traps focus, Escape closes it, and
 * focus goes back to the card that opened it. A click on the backdrop closes it too. The content (the
 * shared BadgeDetails view and how the badge was checked) loads on first open.
 */
export function BadgeDialog({ badge, locale, loadDetails, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  // The details module and the details' words in the page's language, loaded together on first open.
  const [details, setDetails] = useState<{ readonly module: DetailsModule; readonly lang: string; readonly messages: DetailsMessages } | undefined>(undefined);
  const open = badge !== undefined;

  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  const loading = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!open || details?.lang === locale.lang || loading.current === locale.lang) return;
    const lang = locale.lang;
    loading.current = lang;
    // Words that fail to load leave the details in English, not the visitor without them.
    Promise.all([loadDetails(), locale.detailsMessages().catch(() => ({}))]).then(
      ([module, messages]) => setDetails({ module, lang, messages }),
      // The details module did not load (a network hiccup): the next open tries again.
      () => void (loading.current = undefined),
    );
  }, [open, details, loadDetails, locale]);

  const name = badge?.name ?? locale.t('card.unnamed');
  return (
    <dialog
      ref={dialog}
      part="dialog"
      class="dialog"
      aria-label={open ? locale.t('dialog.label', { name }) : undefined}
      onClose={onClose}
      onClick={(event) => {
        // The dialog box is padded by its content wrapper, so a click on the dialog element itself is on the backdrop.
        if (event.target === event.currentTarget) event.currentTarget.close();
      }}
    >
      <div class="dialog-body">
        <form method="dialog" class="dialog-close-row">
          <button type="submit" class="dialog-close" part="close" autofocus>
            <span aria-hidden="true">×</span> {locale.t('dialog.close')}
          </button>
        </form>
        {badge === undefined ? null : details === undefined ? (
          <p class="dialog-loading">{locale.t('dialog.loading')}</p>
        ) : (
          <details.module.DetailsContent badge={badge} locale={locale} messages={details.messages} />
        )}
      </div>
    </dialog>
  );
}
