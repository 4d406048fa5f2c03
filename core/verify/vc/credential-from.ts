import { decodeCompactJws, looksLikeCompactJws, type CompactJws } from '../../parse/jws.ts';
import { isRecord, type JsonRecord } from '../../util/json.ts';

/** The credential (and VC-JWT) in a JSON object or compact JWS: a VC-JWT carries it as its payload or in `vc`. */
export function credentialFrom(value: unknown): { credential: JsonRecord; jws?: CompactJws } | undefined {
  if (isRecord(value)) return { credential: value };
  if (typeof value !== 'string' || !looksLikeCompactJws(value)) return undefined;
  const jws = decodeCompactJws(value);
  const payload = jws?.payload;
  if (jws === undefined || payload === undefined) return undefined;
  return { credential: isRecord(payload.vc) ? payload.vc : payload, jws };
}
