import { isHttpUrl, str } from '../util/json.ts';
import { fail, undecided } from '../verify/checks.ts';
import { host } from '../verify/load-node.ts';
import type { Session } from '../verify/session.ts';
import { keyFromAddress } from './address-key.ts';
import { loadControllerDocument } from './controller-document.ts';
import { purposeWords, shortId } from './describe.ts';
import { didJwkMethodId } from './did-jwk.ts';
import { didKeyMethodId } from './did-key.ts';
import { readMethodKey } from './method-key.ts';
import { findVerificationMethod, listsAnyMethod } from './verification-method.ts';
import type { KeyResolution } from './types.ts';

/** Longer than any real method id (an RSA did:jwk is under 1 KB); longer ones are not read. */
const MAX_METHOD_ID = 8192;

/**
 * The public key behind a verification method id (a proof's `verificationMethod`, a VC-JWT `kid`), found
 * in its controller document and checked the way CID 1.0 §3.3 says: the method is listed there, names
 * that document's id as its `controller`, is of a type whose key can be read, and is authorised for
 * `purpose` by the document's relationship of that name.
 *
 * Returns a `fail` check (id `key`) when the method is not found, not authorised, malformed or someone
 * else's, and an `undecided` one when a document could not be fetched (offline, network) — unless the
 * id is the 1EdTech `https://…#z6Mk…` convention, which is then read from the address with a warning.
 *
 * @example
 * const found = await resolveVerificationMethod(session, proof.verificationMethod);
 * if (!found.ok) return [found.check];
 * if (!keyControlledBy(found.key, issuerId)) return [fail('key', '…')];
 */
export async function resolveVerificationMethod(session: Session, methodId: unknown, purpose = 'assertionMethod'): Promise<KeyResolution> {
  const given = str(methodId);
  if (given === undefined) return { ok: false, check: fail('key', 'The signature does not say which key made it.') };
  if (given.length > MAX_METHOD_ID) return { ok: false, check: fail('key', 'The signature names its key with an id too long to be one.') };
  const id = bareDidMethod(given);
  const hash = id.indexOf('#');
  const documentId = hash < 0 ? id : id.slice(0, hash);
  if (hash < 0 && (id.startsWith('did:') || isHttpUrl(id))) {
    return { ok: false, check: fail('key', `The signature names ${shortId(id)} but not which of its keys made it.`) };
  }

  const loaded = await loadControllerDocument(session, documentId);
  if (!loaded.ok) {
    const fallback = loaded.unavailable && isHttpUrl(documentId) ? keyFromAddress(id, purpose, `the document there could not be read (${loaded.check.message})`) : undefined;
    return fallback ?? { ok: false, check: loaded.check };
  }
  const { document, source, documents } = loaded;
  const where = source === 'controller-document' ? `the key document at ${host(documentId)}` : `the DID document of ${shortId(documentId)}`;

  const found = findVerificationMethod(document, documentId, id);
  if (!found.ok && found.reason === 'absent' && source === 'controller-document' && !listsAnyMethod(document)) {
    const fallback = keyFromAddress(id, purpose, 'the document there lists no keys');
    if (fallback !== undefined) return fallback.ok ? { ...fallback, key: { ...fallback.key, documents } } : fallback;
  }
  if (!found.ok) {
    const message = found.reason === 'absent' ? `${capital(where)} does not list the signing key ${shortId(id)}.` : `${capital(where)} lists two different keys named ${shortId(id)}.`;
    return { ok: false, check: fail('key', message) };
  }

  const controller = str(found.method.controller);
  if (controller !== documentId) {
    const says = controller === undefined ? 'names no controller' : `says it is controlled by ${shortId(controller)}`;
    return { ok: false, check: fail('key', `The signing key ${shortId(id)} ${says}, not ${shortId(documentId)} whose document lists it, so it may belong to someone else.`) };
  }
  const material = readMethodKey(found.method);
  if (!material.ok) {
    const message = `The signing key ${shortId(id)} ${material.problem}.`;
    // A key type this version does not know is one it could not check, not one that is wrong.
    return { ok: false, check: 'unknown' in material ? undecided('key', message) : fail('key', message) };
  }
  if (!found.purposes.includes(purpose)) {
    return { ok: false, check: fail('key', `The key ${shortId(id)} is not one its owner allows for ${purposeWords(purpose)}.`) };
  }
  const { jwk, ed25519 } = material.value;
  return { ok: true, key: { id, controller, jwk, ...(ed25519 ? { ed25519 } : {}), purposes: found.purposes, source, documents }, notes: [] };
}

/** A bare did:key or did:jwk stands for its one key (both methods define it): add the fragment. */
function bareDidMethod(id: string): string {
  if (id.includes('#')) return id;
  if (id.startsWith('did:key:')) return didKeyMethodId(id);
  if (id.startsWith('did:jwk:')) return didJwkMethodId(id);
  return id;
}

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
