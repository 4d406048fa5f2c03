import type { BadgeKind } from '../bake/kinds.ts';
import { base64urlToBytes } from '../util/base64url.ts';

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]*$/;

/**
 * Which kind of badge a payload holds, for choosing where to bake it: a CLR 2.0 credential, an OB 3.0
 * credential (JSON or VC-JWT), or else an OB 0.5–2.0 assertion (JSON, JWS or hosted URL).
 *
 * @example
 * kindOfPayload('{"type":["VerifiableCredential","OpenBadgeCredential"]}') // 'credential'
 */
export function kindOfPayload(payload: string): BadgeKind {
  const text = payload.trim();
  const jws = COMPACT_JWS.exec(text);
  const json = jws ? decodeJwsPayload(jws[1]!) : parseJson(text);
  if (typeof json !== 'object' || json === null) return 'assertion';
  const record = json as Record<string, unknown>;
  const body = typeof record.vc === 'object' && record.vc !== null ? (record.vc as Record<string, unknown>) : record;
  const types = asStrings(body.type);
  if (types.includes('ClrCredential')) return 'clr';
  if (types.includes('VerifiableCredential') || types.some((t) => t.endsWith('Credential'))) return 'credential';
  return 'assertion';
}

function decodeJwsPayload(segment: string): unknown {
  const bytes = base64urlToBytes(segment);
  return bytes === undefined ? undefined : parseJson(new TextDecoder().decode(bytes));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function asStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
