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
export { verify } from './verify/verify.ts';
export type { BadgeInput } from './verify/resolve-input.ts';
export type { VerifyOptions } from './verify/options.ts';
export { createVerifyCache } from './verify/cache.ts';
export type { VerifyCache } from './verify/cache.ts';
export type { NetLimits, NetOptions, FetchRecord, FetchFailure, SuppliedDocument } from './net/types.ts';
export { identityMatches } from './verify/recipient.ts';
export { isPrivateHost, mayReachPrivateNetwork } from './net/address.ts';
export { readCappedBody } from './net/read-body.ts';
export type { BodyRead } from './net/read-body.ts';
export type { RecipientIdentity } from './verify/recipient.ts';
export { CHECK_IDS } from './model/report.ts';
export type { Check, CheckId, CheckStatus, Form, RecipientMatch, Report, Status, Version } from './model/report.ts';
export type { Alignment, Badge, Criteria, EndorsementSummary, Evidence, Issuer, Recipient, Result } from './model/badge.ts';
