import type { ShownStatus } from '../verify/outcome.ts';

// 16×16 strokes, drawn here so the first module needs no icon font or image request. Paired with the
// status in words everywhere: an icon is never the only way a status is told (STYLE.md rule 11).
const PATHS: Readonly<Record<ShownStatus, string>> = {
  verified: 'M4.5 8.5l2.3 2.3L11.5 6',
  invalid: 'M5.5 5.5l5 5M10.5 5.5l-5 5',
  revoked: 'M4.5 11.5l7-7',
  suspended: 'M6.5 5v6M9.5 5v6',
  expired: 'M8 4.5V8l2.5 1.5',
  unverified: 'M6.2 6.3a1.9 1.9 0 1 1 2.6 1.8c-.5.2-.8.6-.8 1.1v.4M8 11.6v.1',
  blocked: 'M6.2 6.3a1.9 1.9 0 1 1 2.6 1.8c-.5.2-.8.6-.8 1.1v.4M8 11.6v.1',
  checking: 'M8 2.5a5.5 5.5 0 0 1 5.5 5.5',
};

export function StatusIcon({ status }: { readonly status: ShownStatus }) {
  return (
    <svg class={`icon icon-${status}`} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {status === 'checking' ? null : <circle cx="8" cy="8" r="6.5" />}
      <path d={PATHS[status]} />
    </svg>
  );
}
