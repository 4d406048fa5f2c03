import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Report } from '../../../core/index.ts';
import { BadgeDetails } from '../../../ui/badge-details.tsx';
import type { ReportAnswer, UserInput } from '../messages.ts';
import type { PopupWorld } from './popup-world.ts';
import { pastedInput, readInputFile } from './read-input.ts';

interface Props {
  readonly world: PopupWorld;
  /** Verify this at once (an image from the context menu). */
  readonly initialUrl?: string;
  /** The page that image was on. */
  readonly pageUrl?: string;
}

const ACCEPT = '.png,.svg,.json,.jsonld,.jws,.jwt,.txt,image/png,image/svg+xml,application/json,application/ld+json,text/plain';

/** Verify what the user brings: a dropped or picked file (PNG, SVG, JSON, JWT), or a pasted URL, JSON or JWS. */
export function CheckBadge({ world, initialUrl, pageUrl }: Props) {
  const [report, setReport] = useState<Report | undefined>(undefined);
  const [message, setMessage] = useState('');
  const [dragging, setDragging] = useState(false);
  const pasted = useRef<HTMLTextAreaElement>(null);
  const fileId = useId();
  const pasteId = useId();

  async function verify(input: UserInput | { readonly error: string } | undefined): Promise<void> {
    if (input === undefined) return setMessage('Paste a badge’s address, its JSON, or a JWS first.');
    if ('error' in input) return setMessage(input.error);
    setReport(undefined);
    setMessage('Verifying…');
    const answer = (await world.send({ type: 'verify-input', input, ...(pageUrl ? { pageUrl } : {}) }).catch(() => undefined)) as ReportAnswer | undefined;
    if (answer?.report) {
      setReport(answer.report);
      setMessage('');
    } else {
      setMessage('Badge Lens could not verify this. Try again.');
    }
  }

  useEffect(() => {
    if (initialUrl) void verify({ kind: 'url', url: initialUrl });
  }, [initialUrl]);

  const onDrop = (event: DragEvent): void => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer?.files[0];
    if (file) void readInputFile(file).then(verify);
    else void verify(pastedInput(event.dataTransfer?.getData('text/uri-list') || event.dataTransfer?.getData('text/plain') || ''));
  };

  return (
    <section class="check-badge" aria-labelledby="check-title">
      <h2 id="check-title">{initialUrl ? 'Image checked' : 'Check a badge'}</h2>
      {initialUrl ? null : (
        <>
          <div
            class={`drop-zone${dragging ? ' dragging' : ''}`}
            onDragOver={(event) => {
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          >
            <p>Drop a badge here: an image (PNG or SVG), a JSON file or a JWT.</p>
            <label class="file-button" for={fileId}>
              Choose a file…
            </label>
            <input
              id={fileId}
              class="visually-hidden"
              type="file"
              accept={ACCEPT}
              onChange={(event) => {
                const file = (event.currentTarget as HTMLInputElement).files?.[0];
                if (file) void readInputFile(file).then(verify);
              }}
            />
          </div>
          <form
            class="paste-form"
            onSubmit={(event) => {
              event.preventDefault();
              void verify(pastedInput(pasted.current?.value ?? ''));
            }}
          >
            <label for={pasteId}>Or paste a badge’s address, its JSON, or a JWS / VC-JWT</label>
            <textarea id={pasteId} ref={pasted} rows={2} spellcheck={false} autocomplete="off" />
            <button type="submit">Verify</button>
          </form>
        </>
      )}
      <p class="check-message" role="status" aria-live="polite">
        {message}
      </p>
      {report ? <BadgeDetails report={report} headingLevel={3} /> : null}
    </section>
  );
}
