import type { Check } from '../model/report.ts';
import { isHttpUrl, isRecord, str, type JsonRecord } from '../util/json.ts';
import { fail, undecided } from '../verify/checks.ts';
import { host, issuerSaysNo } from '../verify/load-node.ts';
import type { Session } from '../verify/session.ts';
import { shortId } from './describe.ts';
import { didJwkDocument } from './did-jwk.ts';
import { didKeyDocument } from './did-key.ts';
import { didWebUrl } from './did-web.ts';
import type { KeySource } from './types.ts';

export type ControllerDocument =
  | { readonly ok: true; readonly document: JsonRecord; readonly source: KeySource; readonly documents: Readonly<Record<string, unknown>> }
  /** `unavailable`: the document could not be read at all (as opposed to read and found wrong). */
  | { readonly ok: false; readonly check: Check; readonly unavailable?: true };

/**
 * The controller document a verification method lives in (CID 1.0 §3.3, DID Core §7.1), by its id (the
 * method id without its fragment): derived for did:key and did:jwk, fetched over https for did:web,
 * fetched from the URL for an http(s) id (an OB 3.0 issuer Profile can be one). A fetched document must
 * name itself by the id it was asked for, or it may be someone else's.
 */
export async function loadControllerDocument(session: Session, id: string): Promise<ControllerDocument> {
  if (id.startsWith('did:key:')) return derived(id, didKeyDocument(id), 'did:key');
  if (id.startsWith('did:jwk:')) return derived(id, didJwkDocument(id), 'did:jwk');
  if (id.startsWith('did:web:')) {
    const url = didWebUrl(id);
    if (!url.ok) return { ok: false, check: fail('key', `The signing key's DID (${shortId(id)}) ${url.problem}.`) };
    return fetched(session, url.value, id, 'did:web', `The DID document of ${shortId(id)}`);
  }
  if (id.startsWith('did:')) {
    const method = id.split(':')[1]!.slice(0, 30);
    return { ok: false, check: undecided('key', `The signing key belongs to a did:${method} DID, which Badge Lens cannot look up.`), unavailable: true };
  }
  if (isHttpUrl(id)) return fetched(session, id, id, 'controller-document', `The key document at ${host(id)}`);
  return { ok: false, check: fail('key', `The signing key is named "${shortId(id, 60)}", which is neither a DID nor a web address.`) };
}

function derived(id: string, read: ReturnType<typeof didKeyDocument>, source: KeySource): ControllerDocument {
  if (!read.ok) return { ok: false, check: fail('key', `The signing key's DID (${shortId(id)}) ${read.problem}.`) };
  return { ok: true, document: read.value, source, documents: { [id]: read.value } };
}

async function fetched(session: Session, url: string, id: string, source: KeySource, what: string): Promise<ControllerDocument> {
  const got = await session.json(url);
  if (!got.ok) {
    const message = `${what} could not be read: ${got.message}`;
    // As for every linked document: the issuer's site saying "not here" is an answer, a network that
    // does not answer is not.
    return { ok: false, check: issuerSaysNo(got.reason) ? fail('key', message) : undecided('key', message), unavailable: true };
  }
  if (!isRecord(got.value)) return { ok: false, check: fail('key', `${what} is not a JSON object.`), unavailable: true };
  const named = str(got.value.id);
  if (named !== id) {
    const says = named === undefined ? 'names no id' : `names itself ${shortId(named)}`;
    return { ok: false, check: fail('key', `${what} ${says}, not ${shortId(id)}, so its keys may be someone else's.`) };
  }
  return { ok: true, document: got.value, source, documents: { [source === 'did:web' ? id : url]: got.value } };
}
