import type { Check, CheckId } from '../model/report.ts';
import type { FetchFailure } from '../net/types.ts';
import { isHttpUrl, isRecord, str, type JsonRecord } from '../util/json.ts';
import { fail, undecided, warn } from './checks.ts';
import type { Session } from './session.ts';

export type Loaded =
  | { readonly ok: true; readonly node: JsonRecord; readonly url?: string; readonly notes: readonly Check[] }
  | { readonly ok: false; readonly check: Check };

/**
 * A linked document, given by URL (fetched) or embedded (used as it is). A fetched document that names
 * another address as its id is fetched again from there, once, and must name itself (OB 2.0: the id is
 * the canonical address). A document the issuer's site does not serve (404) makes the badge invalid; one
 * that cannot be reached leaves the verdict open.
 */
export async function loadNode(session: Session, ref: unknown, id: CheckId, what: string): Promise<Loaded> {
  if (isRecord(ref)) return { ok: true, node: ref, notes: [] };
  if (!isHttpUrl(ref)) return { ok: false, check: fail(id, `The ${what} is missing or is not a web address.`) };
  const first = await fetchNode(session, ref, id, what);
  if (!first.ok) return first;
  const declared = str(first.node.id);
  if (declared === undefined || declared === ref || !isHttpUrl(declared)) return { ...first, notes: [] };
  const second = await fetchNode(session, declared, id, what);
  if (!second.ok) return second;
  if (str(second.node.id) !== declared) return { ok: false, check: fail(id, `The ${what} at ${declared} does not name itself by that address.`) };
  return { ...second, notes: [warn(id, `The ${what} moved from ${ref} to ${declared}.`)] };
}

async function fetchNode(session: Session, url: string, id: CheckId, what: string): Promise<{ ok: true; node: JsonRecord; url: string } | { ok: false; check: Check }> {
  const fetched = await session.json(url);
  if (!fetched.ok) {
    const message = `The ${what} could not be read: ${fetched.message}`;
    return { ok: false, check: issuerSaysNo(fetched.reason) ? fail(id, message) : undecided(id, message) };
  }
  if (!isRecord(fetched.value)) return { ok: false, check: fail(id, `The ${what} at ${host(url)} is not a JSON object.`) };
  return { ok: true, node: fetched.value, url };
}

/** The issuer's site answered that the document is not there, or served something that is not one. */
export function issuerSaysNo(reason: FetchFailure): boolean {
  return reason === 'not-found' || reason === 'gone' || reason === 'not-json' || reason === 'invalid-url';
}

export function host(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
