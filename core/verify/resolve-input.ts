import { unbake } from '../bake/unbake.ts';
import type { BakedPayload } from '../bake/unbaked.ts';
import type { Check } from '../model/report.ts';
import { decodeCompactJws, looksLikeCompactJws, type CompactJws } from '../parse/jws.ts';
import { httpUrl, isRecord, parseJson, type JsonRecord } from '../util/json.ts';
import { decodeUtf8 } from '../util/text.ts';
import { fail, undecided, warn } from './checks.ts';
import { host, issuerSaysNo } from './load-node.ts';
import type { Session } from './session.ts';

/** What `verify` accepts: image bytes, a URL, JSON text or a parsed object, or a compact JWS / VC-JWT. */
export type BadgeInput = Uint8Array | ArrayBuffer | string | { readonly [key: string]: unknown };

export type Resolved =
  | { readonly ok: true; readonly kind: 'json'; readonly doc: JsonRecord; readonly fetchedFrom?: string; readonly baked?: BakedPayload; readonly notes: readonly Check[] }
  | { readonly ok: true; readonly kind: 'jws'; readonly jws: CompactJws; readonly fetchedFrom?: string; readonly baked?: BakedPayload; readonly notes: readonly Check[] }
  | { readonly ok: false; readonly check: Check; readonly notes: readonly Check[] };

// A URL's document may be a baked image whose payload is a URL: two hops are all a real badge needs.
const MAX_HOPS = 3;

/** Turns any input into the document or JWS to verify, unbaking images and fetching URLs. */
export async function resolveInput(input: BadgeInput, session: Session, hops = 0, notes: Check[] = []): Promise<Resolved> {
  if (input instanceof ArrayBuffer) return resolveInput(new Uint8Array(input), session, hops, notes);
  if (input instanceof Uint8Array) return fromImage(input, session, hops, notes);
  if (typeof input !== 'string') {
    return isRecord(input) ? { ok: true, kind: 'json', doc: input, notes } : { ok: false, check: fail('input', 'The input is not a badge.'), notes };
  }
  const text = input.trim();
  if (httpUrl(text)) return fromUrl(text, session, hops, notes);
  if (looksLikeCompactJws(text)) {
    const jws = decodeCompactJws(text);
    return jws ? { ok: true, kind: 'jws', jws, notes } : { ok: false, check: fail('input', 'The text looks like a JWS but its header cannot be read.'), notes };
  }
  const json = text.startsWith('{') ? parseJson(text) : undefined;
  if (isRecord(json)) return { ok: true, kind: 'json', doc: json, notes };
  const what = text.startsWith('{') ? 'is not valid JSON' : 'is neither a web address, JSON nor a JWS';
  return { ok: false, check: fail('input', `The text ${what}.`), notes };
}

async function fromImage(bytes: Uint8Array, session: Session, hops: number, notes: Check[]): Promise<Resolved> {
  const unbaked = unbake(bytes);
  notes.push(...unbaked.warnings.map((w) => warn('input', w.message)));
  if (!unbaked.found) return { ok: false, check: fail('input', unbaked.message), notes };
  // An image may hold an OB 2.0 assertion and an OB 3.0 credential; the newer one is verified.
  const payload = ['clr', 'credential', 'assertion'].map((k) => unbaked.payloads.find((p) => p.kind === k)).find(Boolean)!;
  if (unbaked.payloads.length > 1) notes.push(warn('input', `The image also holds ${unbaked.payloads.length - 1} other badge data; the ${payload.kind} was checked.`));
  const resolved = await resolveInput(payload.payload, session, hops + 1, notes);
  return resolved.ok ? { ...resolved, baked: payload } : resolved;
}

async function fromUrl(url: string, session: Session, hops: number, notes: Check[]): Promise<Resolved> {
  if (hops >= MAX_HOPS) return { ok: false, check: fail('input', 'The badge points from address to address without end.'), notes };
  const kind = /\.(png|svg)(\?|#|$)/i.test(url) ? 'image' : 'json';
  const fetched = await session.net.resource(url, kind);
  if (!fetched.ok) {
    const message = `The badge at ${host(url)} could not be fetched: ${fetched.message}`;
    if (fetched.reason === 'gone') return { ok: false, check: { id: 'revocation', status: 'fail', outcome: 'revoked', message: `The issuer's site says this badge is gone (HTTP 410): it has been revoked.` }, notes };
    return { ok: false, check: issuerSaysNo(fetched.reason) ? fail('input', message) : undecided('input', message), notes };
  }
  const image = unbake(fetched.bytes);
  if (image.format !== null) return fromImage(fetched.bytes, session, hops, notes);
  const text = decodeUtf8(fetched.bytes)?.trim() ?? '';
  if (looksLikeCompactJws(text)) {
    const jws = decodeCompactJws(text);
    if (jws) return { ok: true, kind: 'jws', jws, fetchedFrom: url, notes };
  }
  const json = parseJson(text);
  if (!isRecord(json)) return { ok: false, check: fail('input', `The document at ${host(url)} is not a badge: it is neither JSON, a JWS nor a baked image.`), notes };
  session.documents.set(url, json);
  return { ok: true, kind: 'json', doc: json, fetchedFrom: url, notes };
}
