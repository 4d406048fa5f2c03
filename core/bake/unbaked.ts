import type { BadgeKind } from './kinds.ts';

export type ImageFormat = 'png' | 'svg';

/** Where in the image the payload was stored. */
export type PayloadSource =
  | 'iTXt' // PNG iTXt chunk: the specified place
  | 'tEXt' // PNG tEXt chunk: pre-2.0 bakers
  | 'zTXt' // PNG zTXt chunk
  | 'cdata' // SVG element body wrapped in CDATA
  | 'text' // SVG element body as escaped text
  | 'verify'; // SVG element's `verify` attribute

/** One badge found in an image. */
export interface BakedPayload {
  readonly kind: BadgeKind;
  readonly format: ImageFormat;
  readonly source: PayloadSource;
  /** PNG: the chunk keyword. */
  readonly keyword?: string;
  /** SVG: the element as written and the namespace its prefix resolved to. */
  readonly element?: { readonly qualifiedName: string; readonly namespace: string };
  /** The baked text (JSON, a compact JWS or VC-JWT, or a URL), without surrounding white space. */
  readonly payload: string;
  /** SVG: the `verify` attribute when the body held the payload (OB 2.0 hosted bakes put the URL here). */
  readonly verify?: string;
  /** Byte offset where the badge's chunk (PNG) or element (SVG) starts. */
  readonly offset: number;
}

export type UnbakeWarningCode =
  | 'compressed' // compressed text: OB 3.0 §5.3.1 says "Compression MUST NOT be used"
  | 'legacy-chunk' // tEXt/zTXt rather than iTXt
  | 'duplicate' // a second chunk or element of the same kind: the first one wins
  | 'corrupt-chunk' // a badge chunk whose CRC does not match: never trusted
  | 'keyword-case' // a keyword that matches only when case is ignored: PNG keywords are case-sensitive
  | 'wrong-namespace' // a badge-like element bound to another namespace, or to none
  | 'placement' // non-conformant placement: not directly under <svg>, JSON not in CDATA, …
  | 'unexpanded-entity' // a DOCTYPE or entity reference that was deliberately not expanded
  | 'unreadable' // a badge chunk or element whose text could not be read
  | 'truncated'; // the file ends early after a badge was found

export interface UnbakeWarning {
  readonly code: UnbakeWarningCode;
  readonly message: string;
}

export type UnbakeFailure =
  | 'not-an-image' // neither a PNG nor an SVG
  | 'no-badge' // a valid image with nothing baked in it
  | 'truncated' // the file ends inside a chunk, before any badge
  | 'too-large' // an SVG over the size limit, or baked text that inflates beyond the limit
  | 'corrupt' // a badge chunk or element is there but cannot be trusted or read
  | 'unsupported'; // e.g. an SVG in a text encoding other than UTF-8

export type Unbaked =
  | {
      readonly found: true;
      readonly format: ImageFormat;
      /** The first payload of each kind, in file order. */
      readonly payloads: readonly BakedPayload[];
      readonly warnings: readonly UnbakeWarning[];
    }
  | {
      readonly found: false;
      readonly format: ImageFormat | null;
      readonly reason: UnbakeFailure;
      /** A sentence for the user: why there is no badge. */
      readonly message: string;
      readonly warnings: readonly UnbakeWarning[];
    };

export interface UnbakeLimits {
  /** Largest decompressed text accepted from a compressed chunk, in bytes. Default 1 MiB. */
  readonly maxInflatedBytes?: number;
  /** Largest SVG accepted, in bytes. Default 10 MiB. */
  readonly maxSvgBytes?: number;
}

export const DEFAULT_UNBAKE_LIMITS: Required<UnbakeLimits> = {
  maxInflatedBytes: 1024 * 1024,
  maxSvgBytes: 10 * 1024 * 1024,
};

/** Collects warnings and the first reason a badge candidate was rejected while scanning one image. */
export class UnbakeLog {
  readonly warnings: UnbakeWarning[] = [];
  problem: { reason: UnbakeFailure; message: string } | undefined;

  warn(code: UnbakeWarningCode, message: string): void {
    this.warnings.push({ code, message });
  }

  reject(reason: UnbakeFailure, code: UnbakeWarningCode, message: string): void {
    this.warn(code, message);
    this.problem ??= { reason, message };
  }

  result(format: ImageFormat, payloads: readonly BakedPayload[], noBadgeMessage: string): Unbaked {
    if (payloads.length > 0) return { found: true, format, payloads, warnings: this.warnings };
    const { reason, message } = this.problem ?? { reason: 'no-badge' as const, message: noBadgeMessage };
    return { found: false, format, reason, message, warnings: this.warnings };
  }
}
