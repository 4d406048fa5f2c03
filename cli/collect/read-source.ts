import { basename } from 'node:path';
import { unbake, type BadgeInput } from '../../core/index.ts';

/** A source named on the command line, read: what to verify, and what to store for it. */
export interface ReadSource {
  /** What `verify` is given. */
  readonly input: BadgeInput;
  /** What the collection stores as the badge's `input`: JSON, a JWS or VC-JWT, or a URL. */
  readonly stored: string | Record<string, unknown> | undefined;
  /** Where the badge came from, as the file records it: a URL or a file's name, never a local path. */
  readonly source: string;
  /** Bytes of a baked image, to show when the badge names no picture of its own. */
  readonly imageBytes?: Uint8Array;
  readonly imageType?: 'image/png' | 'image/svg+xml';
}

/** Which payload of an image is the badge, as the core chooses: the newest kind. */
const KIND_ORDER = ['clr', 'credential', 'assertion'] as const;

/** The badge a baked image holds, as text (JSON, a JWS, or a URL), or undefined. */
export function bakedPayload(bytes: Uint8Array): { payload: string; type: 'image/png' | 'image/svg+xml' } | undefined {
  const unbaked = unbake(bytes);
  if (!unbaked.found) return undefined;
  const payload = KIND_ORDER.map((kind) => unbaked.payloads.find((p) => p.kind === kind)).find(Boolean)!;
  return { payload: payload.payload, type: unbaked.format === 'svg' ? 'image/svg+xml' : 'image/png' };
}

/** What text holds: a parsed JSON object, or the text itself (a URL, a JWS, a VC-JWT). */
export function storedText(text: string): string | Record<string, unknown> {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      const value: unknown = JSON.parse(trimmed);
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
    } catch {
      // Not JSON after all: stored as the text it is, and verification says what is wrong with it.
    }
  }
  return trimmed;
}

/** A file's bytes as a source: a baked image gives its payload, anything else its text. */
export function fileSource(path: string, bytes: Uint8Array): ReadSource {
  const baked = bakedPayload(bytes);
  if (baked) return { input: bytes, stored: storedText(baked.payload), source: basename(path), imageBytes: bytes, imageType: baked.type };
  if (unbake(bytes).format !== null) return { input: bytes, stored: undefined, source: basename(path) };
  const text = new TextDecoder().decode(bytes);
  return { input: text, stored: storedText(text), source: basename(path) };
}
