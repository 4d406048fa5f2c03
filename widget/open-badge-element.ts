import { BadgeLensElement } from './badge-lens-element.ts';

/**
 * `<open-badge>`: one badge, verified by the visitor's browser.
 *
 * @example
 * <open-badge src="robotics.png">
 *   <a href="https://issuer.example/assertions/42"><img src="robotics.png" alt="Robotics Foundations"></a>
 * </open-badge>
 *
 * **Sources**: `src` (a baked PNG or SVG, an assertion or credential URL, a JWS / VC-JWT, or a collection
 * file), or a `<script type="application/json">` child; without either, the image of its fallback markup.
 * Inside `<open-badges>`, it is one of the collection's sources and the collection shows it.
 *
 * **Attributes**: `layout` (`list` by default, or `grid`, `compact`), `offline`, `theme`, `lang`, as on
 * `<open-badges>`.
 *
 * **Slot, events, parts and custom properties**: as `<open-badges>`, without the toolbar; the status
 * summary is for screen readers only.
 */
export class OpenBadgeElement extends BadgeLensElement {
  static readonly tagName = 'open-badge';
  protected readonly single = true;
  protected readonly defaultLayout = 'list';
}
