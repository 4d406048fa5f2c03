import { isRecord, parseJson, type JsonRecord } from '../util/json.ts';
import { base64urlToBytes } from '../util/base64url.ts';
import { decodeUtf8 } from '../util/text.ts';

const COMPACT = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]*)\.([A-Za-z0-9_-]*)$/;

export interface CompactJws {
  readonly compact: string;
  readonly header: JsonRecord;
  /** The decoded payload when it is a JSON object. */
  readonly payload: JsonRecord | undefined;
}

export function looksLikeCompactJws(text: string): boolean {
  return COMPACT.test(text.trim());
}

/** Splits and decodes a compact JWS (RFC 7515 §7.1) without checking its signature. */
export function decodeCompactJws(text: string): CompactJws | undefined {
  const compact = text.trim();
  const match = COMPACT.exec(compact);
  if (!match) return undefined;
  const header = decodeSegment(match[1]!);
  if (!isRecord(header)) return undefined;
  const payload = decodeSegment(match[2]!);
  return { compact, header, payload: isRecord(payload) ? payload : undefined };
}

function decodeSegment(segment: string): unknown {
  const bytes = base64urlToBytes(segment);
  const text = bytes === undefined ? undefined : decodeUtf8(bytes);
  return text === undefined ? undefined : parseJson(text);
}
