import type { JsonRecord } from '../util/json.ts';
import { isHttpUrl, isRecord, str } from '../util/json.ts';
import { fail, undecided } from '../verify/checks.ts';
import { host, issuerSaysNo } from '../verify/load-node.ts';
import type { Session } from '../verify/session.ts';
import { withoutFragment } from '../net/net.ts';
import { shortId } from './describe.ts';
import { didJwkMethodId, didJwkOf } from './did-jwk.ts';
import { readPublicJwk } from './public-jwk.ts';
import { resolveVerificationMethod } from './resolve-method.ts';
import type { KeyMaterial, KeyResolution, Read, ResolvedKey } from './types.ts';

/**
 * The key a VC-JWT names in its JOSE header (OB 3.0 §8.2.4, VC-JOSE-COSE §3.3): its `jwk` when there is
 * one — refused if it holds a private part — otherwise its `kid`: a URL to a JWK, a JWK Set (the key is
 * picked by `kid`) or a controller document, or a DID URL, resolved as `resolveVerificationMethod` does
 * for `assertionMethod`.
 *
 * A header `jwk` is chosen by whoever signed: it proves the token was not changed, not who signed it. It
 * comes back with `source: 'jose-header'`, named by its own `did:jwk`, so `keyControlledBy` holds only
 * for an issuer that is that very key.
 *
 * @example
 * const found = await resolveJwtKey(session, jws.header);
 * const key = found.ok ? await importPublicKey(session, found.key, 'ES256') : undefined;
 */
export async function resolveJwtKey(session: Session, header: unknown): Promise<KeyResolution> {
  const fields: JsonRecord = isRecord(header) ? header : {};
  const kid = str(fields.kid);
  if (fields.jwk !== undefined) {
    const read = readPublicJwk(fields.jwk);
    if (!read.ok) return { ok: false, check: fail('key', `The key in the signature's header ${read.problem}.`) };
    if (kid === undefined) {
      const did = didJwkOf(read.value.jwk);
      return { ok: true, key: keyOf(didJwkMethodId(did), did, read.value, 'jose-header'), notes: [] };
    }
    // A kid says whose key it is; a jwk beside it must be that same key, or the header contradicts itself.
    const named = await resolveByKid(session, kid);
    if (!named.ok) return named;
    if (didJwkOf(named.key.jwk) !== didJwkOf(read.value.jwk)) {
      return { ok: false, check: fail('key', `The key in the signature's header is not the key its kid names (${shortId(kid, 60)}).`) };
    }
    return named;
  }
  return resolveByKid(session, kid);
}

async function resolveByKid(session: Session, kid: string | undefined): Promise<KeyResolution> {
  if (kid === undefined) return { ok: false, check: fail('key', 'The signature does not say which key made it: its header has neither a key nor a key id.') };
  if (kid.startsWith('did:')) return resolveVerificationMethod(session, kid);
  if (!isHttpUrl(kid)) return { ok: false, check: fail('key', `The signature names its key "${shortId(kid, 60)}", which is not an address where the key can be found.`) };

  const url = withoutFragment(kid);
  const got = await session.json(url);
  if (!got.ok) {
    // A kid with a fragment names a method in a controller document: its rules apply, and with them the
    // 1EdTech convention of a key written in the fragment.
    if (kid.includes('#')) return resolveVerificationMethod(session, kid);
    const message = `The signing key at ${host(url)} could not be read: ${got.message}`;
    return { ok: false, check: issuerSaysNo(got.reason) ? fail('key', message) : undecided('key', message) };
  }
  const value = got.value;
  if (isRecord(value) && value.kty !== undefined) return fromJwk(kid, url, value, readPublicJwk(value), `The key at ${host(url)}`);
  if (isRecord(value) && Array.isArray(value.keys)) return fromJwk(kid, url, value, pickFromSet(value.keys, kid), `The key set at ${host(url)}`);
  // Neither a JWK nor a set: a controller document (an issuer Profile, a DID-like document) with the key in it.
  return resolveVerificationMethod(session, kid);
}

/** RFC 7517 §5: a JWK Set; the key whose `kid` is the header's kid, or its fragment; or the set's only key. */
function pickFromSet(keys: readonly unknown[], kid: string): Read<KeyMaterial> {
  const fragment = kid.includes('#') ? kid.slice(kid.indexOf('#') + 1) : undefined;
  const named = keys.filter((k) => isRecord(k) && (k.kid === kid || (fragment !== undefined && k.kid === fragment)));
  if (named.length > 1) return { ok: false, problem: `holds more than one key named ${shortId(kid)}` };
  if (named.length === 1) return readPublicJwk(named[0]);
  if (fragment === undefined && keys.length === 1) return readPublicJwk(keys[0]);
  return { ok: false, problem: `has no key named ${shortId(kid)}` };
}

function fromJwk(kid: string, url: string, document: JsonRecord, read: Read<KeyMaterial>, what: string): KeyResolution {
  if (!read.ok) return { ok: false, check: fail('key', `${what} ${read.problem}.`) };
  return { ok: true, key: { ...keyOf(kid, url, read.value, 'jwk-url'), documents: { [url]: document } }, notes: [] };
}

function keyOf(id: string, controller: string, material: KeyMaterial, source: ResolvedKey['source']): ResolvedKey {
  return { id, controller, jwk: material.jwk, ...(material.ed25519 ? { ed25519: material.ed25519 } : {}), purposes: [], source };
}
