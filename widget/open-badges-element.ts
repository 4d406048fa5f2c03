import { BadgeLensElement } from './badge-lens-element.ts';

/**
 * `<open-badges>`: an earner's badges, each verified by the visitor's browser.
 *
 * @example
 * <open-badges src="badges.json" layout="grid">
 *   <a href="badges.json">My badges</a>   <!-- what shows without JavaScript -->
 * </open-badges>
 *
 * **Sources** (all may be combined; badges show in this order):
 * - `src`: a collection file (README, "The collection file"; made by `badge-lens collect`), a baked PNG or
 *   SVG, an assertion or credential URL, or a JWS / VC-JWT.
 * - `<script type="application/json">` children: a collection, a badge (assertion or credential JSON),
 *   or a JSON string (a JWS, a VC-JWT or a URL).
 * - `<open-badge>` children, each with its own source.
 *
 * **Attributes**
 * - `layout`: `grid` (default), `list` or `compact`.
 * - `issuer`, `tag`: show only badges from this issuer (name, id or URL) or with this tag; the visitor can
 *   change both in the toolbar, which shows for two badges or more unless `controls="none"`.
 * - `sort`: `newest` (default), `oldest` or `listed` (the sources' order).
 * - `offline`: verify only from the collection file's saved documents: no check contacts an issuer (the
 *   cards' pictures still load, as images do).
 * - `theme`: `light` or `dark` to force one; by default it follows `prefers-color-scheme`.
 * - `lang`: the language of the widget's words; by default that of the closest `[lang]` (English and French).
 *
 * **Slot**: the default slot holds the no-JavaScript fallback (links and images). It shows before the
 * element upgrades and whenever no badge can be read; once badges show, it is hidden.
 *
 * **Events** (bubbling, composed; types in widget/events.ts):
 * - `badge-lens-verified`: per badge, `{ key, index, report, status, how }`.
 * - `badge-lens-load`: every badge checked, `{ total, counts }`.
 * - `badge-lens-error`: a source could not be used, `{ source, message }`.
 *
 * **Parts**: `collection`, `title`, `toolbar`, `list`; per card `badge` and `badge-verified`,
 * `badge-invalid`, `badge-revoked`, `badge-suspended`, `badge-expired`, `badge-unverified`,
 * `badge-blocked` (couldn't check from this page) or `badge-checking`; inside a card `image`, `name`,
 * `issuer`, `date`, `status`; `dialog`, `close`, `details`, `how`; `error`.
 *
 * **Custom properties**: `--badge-lens-font`, `--badge-lens-text`, `--badge-lens-muted`,
 * `--badge-lens-background`, `--badge-lens-card-background`, `--badge-lens-border`, `--badge-lens-focus`,
 * `--badge-lens-link`, `--badge-lens-verified`, `--badge-lens-invalid`, `--badge-lens-expired`,
 * `--badge-lens-unverified`, `--badge-lens-radius`, `--badge-lens-gap`, `--badge-lens-image-size`,
 * `--badge-lens-card-width`.
 */
export class OpenBadgesElement extends BadgeLensElement {
  static readonly tagName = 'open-badges';
  protected readonly single = false;
  protected readonly defaultLayout = 'grid';
}
