import type { BadgeKind } from '../bake/kinds.ts';
import { isRecord, parseJson, strings } from '../util/json.ts';
import { decodeCompactJws, looksLikeCompactJws } from './jws.ts';

/**
 * Which kind of badge a payload holds, for choosing where to bake it: a CLR 2.0 credential, an OB 3.0
 * credential (JSON or VC-JWT), or else an OB 0.5–2.0 assertion (JSON, JWS or hosted URL).
 *
 * @example
 * kindOfPayload('{"type":["VerifiableCredential","OpenBadgeCredential"]}') // 'credential'
 */
export function kindOfPayload(payload: string): BadgeKind {
  const text = payload.trim();
  const json = looksLikeCompactJws(text) ? decodeCompactJws(text)?.payload : parseJson(text);
  if (!isRecord(json)) return 'assertion';
  const body = isRecord(json.vc) ? json.vc : json;
  const types = strings(body.type);
  if (types.includes('ClrCredential')) return 'clr';
  if (types.includes('VerifiableCredential') || types.some((t) => t.endsWith('Credential'))) return 'credential';
  return 'assertion';
}
