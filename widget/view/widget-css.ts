import { DETAILS_CSS } from '../../ui/styles.ts';

/**
 * The shadow root's styles. Every colour, size and font comes from a `--badge-lens-*` custom property with
 * a default (light, and dark under `prefers-color-scheme: dark` or `theme="dark"`); the details in the
 * dialog follow the same values. Nothing moves for visitors who ask for reduced motion.
 */
const LIGHT = `
  --_text: var(--badge-lens-text, #1b1f24); --_muted: var(--badge-lens-muted, #57606a);
  --_bg: var(--badge-lens-background, #ffffff); --_card: var(--badge-lens-card-background, var(--_bg));
  --_border: var(--badge-lens-border, #d0d7de); --_focus: var(--badge-lens-focus, #0b57d0); --_link: var(--badge-lens-link, #0b57d0);
  --_verified: var(--badge-lens-verified, #1a7f37); --_invalid: var(--badge-lens-invalid, #b42318);
  --_expired: var(--badge-lens-expired, #8a5c00); --_unverified: var(--badge-lens-unverified, #57606a);`;
const DARK = `
  --_text: var(--badge-lens-text, #e6edf3); --_muted: var(--badge-lens-muted, #9da7b3);
  --_bg: var(--badge-lens-background, #0d1117); --_card: var(--badge-lens-card-background, #161b22);
  --_border: var(--badge-lens-border, #3d444d); --_focus: var(--badge-lens-focus, #7cb7ff); --_link: var(--badge-lens-link, #7cb7ff);
  --_verified: var(--badge-lens-verified, #56d364); --_invalid: var(--badge-lens-invalid, #ff7b72);
  --_expired: var(--badge-lens-expired, #e3b341); --_unverified: var(--badge-lens-unverified, #9da7b3);`;

export const WIDGET_CSS = `
:host { display: block; }
:host([hidden]) { display: none; }
.collection { ${LIGHT}
  --_font: var(--badge-lens-font, system-ui, -apple-system, "Segoe UI", sans-serif);
  --_radius: var(--badge-lens-radius, 12px); --_gap: var(--badge-lens-gap, 12px);
  --_image: var(--badge-lens-image-size, 96px); --_width: var(--badge-lens-card-width, 180px);
  font: 14px/1.4 var(--_font); color: var(--_text);
}
/* Dark text on the page's own background would be unreadable on a light page: in dark, the widget brings its background. */
@media (prefers-color-scheme: dark) { :host(:not([theme="light"])) .collection { ${DARK} background: var(--_bg); padding: var(--_gap); border-radius: var(--_radius); } }
:host([theme="dark"]) .collection { ${DARK} background: var(--_bg); padding: var(--_gap); border-radius: var(--_radius); }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.title { font-weight: 600; font-size: 1.1em; margin: 0 0 var(--_gap); }
.toolbar { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; margin: 0 0 var(--_gap); }
.control { display: inline-flex; gap: 6px; align-items: center; }
.toolbar select { font: inherit; color: var(--_text); background: var(--_card); border: 1px solid var(--_border); border-radius: 6px; padding: 4px 6px; }
.toolbar select:focus-visible { outline: 3px solid var(--_focus); outline-offset: 1px; }
.count, .summary, .empty { color: var(--_muted); }
.summary { margin: var(--_gap) 0 0; font-size: 0.9em; }
.cards { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_gap); }
.card { margin: 0; min-width: 0; }
/* A long collection: cards off screen are laid out and painted only when scrolled to. */
.cards > .card:nth-child(n + 13) { content-visibility: auto; contain-intrinsic-size: auto 220px; }
.card-button { all: unset; box-sizing: border-box; display: flex; width: 100%; height: 100%; cursor: pointer; color: var(--_text);
  background: var(--_card); border: 1px solid var(--_border); border-radius: var(--_radius); padding: 12px; gap: 10px;
  transition: border-color .15s, box-shadow .15s; }
.card-button:hover { border-color: var(--_focus); }
.card-button:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
.card-picture { flex: none; display: flex; align-items: center; justify-content: center; }
.card-image { display: block; width: var(--_image); height: var(--_image); object-fit: contain; }
.card-image-none { border-radius: 50%; background: var(--_border); }
.card-text { display: flex; flex-direction: column; gap: 2px; min-width: 0; }
.card-name { font-weight: 600; overflow-wrap: anywhere; }
.card-issuer, .card-date, .card-note { color: var(--_muted); font-size: 0.9em; overflow-wrap: anywhere; }
.card-status { display: inline-flex; gap: 4px; align-items: center; font-weight: 600; font-size: 0.9em; }
.icon { flex: none; fill: none; stroke: currentColor; stroke-width: 1.6; stroke-linecap: round; stroke-linejoin: round; }
.status-verified .card-status { color: var(--_verified); }
.status-invalid .card-status, .status-revoked .card-status { color: var(--_invalid); }
.status-expired .card-status, .status-suspended .card-status { color: var(--_expired); }
.status-unverified .card-status, .status-blocked .card-status, .status-checking .card-status { color: var(--_unverified); }
.status-checking .card-button { border-style: dashed; }
.status-checking .card-image { opacity: .75; }
.icon-checking { animation: spin 1s linear infinite; }
@keyframes spin { to { transform: rotate(360deg); } }
.status-revoked .card-image, .status-invalid .card-image { filter: grayscale(1); opacity: .6; }

/* grid: cards side by side, picture on top */
.layout-grid .cards { grid-template-columns: repeat(auto-fill, minmax(min(var(--_width), 100%), 1fr)); }
.layout-grid .card-button { flex-direction: column; align-items: center; text-align: center; }
.layout-grid .card-text { align-items: center; }
.layout-grid .card-status { margin-top: auto; }
/* list: one row a badge */
.layout-list .cards { grid-template-columns: 1fr; }
.layout-list .card-button { align-items: center; }
.layout-list .card-image { width: calc(var(--_image) * .67); height: calc(var(--_image) * .67); }
.layout-list .card-text { flex: 1; }
.layout-list .card-status { margin-left: auto; text-align: right; }
/* compact: small chips; issuer, date and status words stay for screen readers */
.layout-compact .cards { display: flex; flex-wrap: wrap; gap: 8px; }
.layout-compact .card-button { align-items: center; padding: 4px 10px 4px 4px; border-radius: 999px; gap: 6px; }
.layout-compact .card-image { width: 32px; height: 32px; }
.layout-compact .card-issuer, .layout-compact .card-date, .layout-compact .card-note, .layout-compact .status-text {
  position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

.dialog { width: min(640px, calc(100vw - 32px)); max-height: calc(100vh - 48px); padding: 0; color: var(--_text); background: var(--_bg);
  border: 1px solid var(--_border); border-radius: var(--_radius); box-shadow: 0 12px 40px rgb(0 0 0 / .3);
  --badge-lens-text: var(--_text); --badge-lens-background: var(--_bg); --badge-lens-link: var(--_link); --badge-lens-muted: var(--_muted);
  --badge-lens-verified: var(--_verified); --badge-lens-invalid: var(--_invalid); --badge-lens-expired: var(--_expired); --badge-lens-unverified: var(--_unverified); }
.dialog::backdrop { background: rgb(0 0 0 / .5); }
.dialog-body { padding: 12px 20px 20px; }
.dialog-close-row { display: flex; justify-content: flex-end; margin: 0 0 4px; }
.dialog-close { font: inherit; color: var(--_text); background: transparent; border: 1px solid var(--_border); border-radius: 6px; padding: 4px 10px; cursor: pointer; }
.dialog-close:focus-visible, .dialog a:focus-visible, .dialog button:focus-visible, .dialog input:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
.dialog a { color: var(--_link); }
.dialog-blocked { padding: 8px 12px; border-left: 4px solid var(--_unverified); background: color-mix(in srgb, var(--_unverified) 10%, transparent); }
.dialog-name { font-weight: 600; font-size: 1.15em; }
.how { margin-top: 12px; border-top: 1px solid var(--_border); }
.how-title { font-size: 1em; margin: 12px 0 4px; }
.how-list { margin: 0; padding-left: 20px; }
@media (prefers-reduced-motion: reduce) { .icon-checking { animation: none; } .card-button { transition: none; } }
${DETAILS_CSS}
`;
