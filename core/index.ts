/**
 * Badge Lens core: the one public entry point for the extension, the widget and the command line.
 * Pure TypeScript: no DOM, no extension API, no Node-only module.
 */
export { unbake } from './bake/unbake.ts';
export { bakePng } from './bake/bake-png.ts';
export { bakeSvg } from './bake/bake-svg.ts';
export { BADGE_KINDS, PNG_KEYWORDS, SVG_ELEMENTS, isBadgeKind } from './bake/kinds.ts';
export type { BadgeKind, SvgBadgeElement } from './bake/kinds.ts';
export type {
  BakedPayload,
  ImageFormat,
  PayloadSource,
  Unbaked,
  UnbakeFailure,
  UnbakeLimits,
  UnbakeWarning,
  UnbakeWarningCode,
} from './bake/unbaked.ts';
export { BadgeLensError } from './errors.ts';
export type { BadgeLensErrorCode } from './errors.ts';
export { kindOfPayload } from './parse/payload-kind.ts';
