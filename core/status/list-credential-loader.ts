import { hostOf } from '../net/fetch-resource.ts';
import { decodeCompactJws } from '../parse/jws.ts';
import { httpUrl, isRecord, type JsonRecord } from '../util/json.ts';
import { decodeUtf8 } from '../util/text.ts';
import type { Session } from '../verify/session.ts';
import type { ListVerification, StatusOptions } from './status-options.ts';

export type LoadedList = { readonly ok: true; readonly credential: JsonRecord } | { readonly ok: false; readonly problem: string };

/** Loads a status list credential by URL; see `createListLoader`. */
export type ListLoader = (url: string) => Promise<LoadedList>;

/**
 * Fetches and verifies each status list once, however many entries (or CLR credentials) point at it.
 * The memo lives as long as the loader: one call of `credentialStatusChecks`.
 */
export function createListLoader(session: Session, options: StatusOptions): ListLoader {
  const loaded = new Map<string, Promise<LoadedList>>();
  return (url) => {
    let pending = loaded.get(url);
    if (pending === undefined) {
      pending = load(session, url, options);
      loaded.set(url, pending);
    }
    return pending;
  };
}

/** Bitstring Status List v1.0 §Validate Algorithm step 4: dereference the list, and every proof on it must verify. */
async function load(session: Session, url: string, options: StatusOptions): Promise<LoadedList> {
  if (httpUrl(url) === undefined) return { ok: false, problem: `its status list address (${url.slice(0, 100)}) is not a web address` };
  // Nothing fetched that could not be trusted once fetched.
  if (options.verifyListCredential === undefined) return { ok: false, problem: `the signature on the status list at ${hostOf(url)} could not be checked` };
  const fetched = await fetchList(session, url);
  if (!fetched.ok) return fetched;
  let verification: ListVerification;
  try {
    verification = await options.verifyListCredential(fetched.document, url);
  } catch (error) {
    verification = { verified: false, message: error instanceof Error ? error.message : String(error) };
  }
  if (!verification.verified) return { ok: false, problem: `the status list at ${hostOf(url)} could not be verified: ${verification.message}` };
  return { ok: true, credential: fetched.credential };
}

type FetchedList = { readonly ok: true; readonly document: unknown; readonly credential: JsonRecord } | { readonly ok: false; readonly problem: string };

/**
 * The list as JSON or as a VC-JWT. A VC-JWT carries the credential in its `vc` claim (VC Data Model 1.1
 * §6.3.1) or is the credential itself (VC-JOSE-COSE §3.1.1); the verifier gets the compact JWS.
 */
async function fetchList(session: Session, url: string): Promise<FetchedList> {
  const fetched = await session.json(url);
  if (fetched.ok) {
    if (isRecord(fetched.value)) return { ok: true, document: fetched.value, credential: fetched.value };
    return { ok: false, problem: `the status list at ${hostOf(url)} is not a JSON object` };
  }
  if (fetched.reason === 'not-json') {
    // The bytes Net already holds: it fetches each URL once.
    const raw = await session.net.resource(url, 'json');
    const jws = raw.ok ? decodeCompactJws(decodeUtf8(raw.bytes) ?? '') : undefined;
    if (jws?.payload !== undefined) {
      session.documents.set(url, jws.compact);
      return { ok: true, document: jws.compact, credential: isRecord(jws.payload.vc) ? jws.payload.vc : jws.payload };
    }
  }
  return { ok: false, problem: `its status list could not be read: ${fetched.message}` };
}
