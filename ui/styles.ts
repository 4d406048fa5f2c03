/**
 * The details view's styles, for a shadow root (page CSS cannot reach in; these cannot leak out). Colours
 * and fonts come from `--badge-lens-*` custom properties with defaults, light and dark, and nothing moves
 * for users who ask for reduced motion.
 */
export const DETAILS_CSS = `
.bl-details { font: 14px/1.45 var(--badge-lens-font, system-ui, sans-serif); color: var(--badge-lens-text, #1b1f24); background: var(--badge-lens-background, #fff); }
.bl-details a { color: var(--badge-lens-link, #0b57d0); }
.bl-details-header { display: flex; gap: 12px; align-items: flex-start; }
.bl-details-image { width: 72px; height: 72px; object-fit: contain; flex: none; }
.bl-details-name { font-size: 1.15em; margin: 0 0 4px; overflow-wrap: anywhere; }
.bl-status { margin: 0; font-weight: 600; }
.bl-status-verified { color: var(--badge-lens-verified, #1a7f37); }
.bl-status-invalid, .bl-status-revoked { color: var(--badge-lens-invalid, #b42318); }
.bl-status-expired, .bl-status-suspended { color: var(--badge-lens-expired, #9a6700); }
.bl-status-unverified, .bl-status-checking { color: var(--badge-lens-unverified, #57606a); }
.bl-summary, .bl-description { margin: 6px 0; overflow-wrap: anywhere; }
.bl-facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 8px 0; }
.bl-facts dt { font-weight: 600; }
.bl-facts dd { margin: 0; overflow-wrap: anywhere; }
.bl-section h4 { margin: 12px 0 4px; font-size: 1em; }
.bl-section ul { margin: 0; padding-left: 20px; }
.bl-checks { list-style: none; padding-left: 0 !important; }
.bl-check { margin: 2px 0; overflow-wrap: anywhere; }
.bl-check-symbol { display: inline-block; width: 1.2em; font-weight: 700; }
.bl-check-pass .bl-check-symbol { color: var(--badge-lens-verified, #1a7f37); }
.bl-check-fail .bl-check-symbol { color: var(--badge-lens-invalid, #b42318); }
.bl-check-warn .bl-check-symbol { color: var(--badge-lens-expired, #9a6700); }
.bl-check-name { font-weight: 600; }
.bl-recipient-check { display: flex; flex-wrap: wrap; gap: 4px; align-items: center; margin-top: 4px; }
.bl-recipient-check label { width: 100%; font-size: 0.9em; }
.bl-recipient-check input { flex: 1; min-width: 10em; font: inherit; }
.bl-recipient-answer { width: 100%; }
.bl-details-footer { display: flex; justify-content: space-between; gap: 8px; margin-top: 12px; font-size: 0.9em; color: var(--badge-lens-muted, #57606a); }
.markdown p { margin: 4px 0; }
@media (prefers-color-scheme: dark) {
  .bl-details { color: var(--badge-lens-text, #e6edf3); background: var(--badge-lens-background, #161b22); }
  .bl-details a { color: var(--badge-lens-link, #7cb7ff); }
  .bl-status-verified, .bl-check-pass .bl-check-symbol { color: var(--badge-lens-verified, #56d364); }
  .bl-status-invalid, .bl-status-revoked, .bl-check-fail .bl-check-symbol { color: var(--badge-lens-invalid, #ff7b72); }
  .bl-status-expired, .bl-status-suspended, .bl-check-warn .bl-check-symbol { color: var(--badge-lens-expired, #e3b341); }
  .bl-status-unverified, .bl-details-footer { color: var(--badge-lens-unverified, #9da7b3); }
}
@media (prefers-reduced-motion: reduce) { * { transition: none !important; animation: none !important; } }
`;
