import { readDidJwk } from './did-jwk.ts';
import type { ResolvedKey } from './types.ts';

/**
 * The binding rule: a signature proves who issued a badge only when the key belongs to the issuer. A
 * valid signature by someone else's key is as good as none — anyone can sign anything with their own.
 *
 * The key is the issuer's when its controller is the issuer's id (a DID or URL), or when its method id
 * is a fragment of the issuer's id (`issuerId#…`): the issuer's own document lists it. A `jose-header`
 * key (a VC-JWT header's `jwk`) names no controller; it is named by its own `did:jwk`, so it is the
 * issuer's only when the issuer *is* that `did:jwk` — compared by the key, not by the spelling of the
 * JSON inside the DID. The verifier decides what an unbound header key means for the badge.
 *
 * @example keyControlledBy(key, credential.issuer.id) // false → fail('key', 'signed by a key that is not the issuer's')
 */
export function keyControlledBy(key: ResolvedKey, issuerId: string | undefined): boolean {
  if (issuerId === undefined || issuerId === '') return false;
  if (key.controller === issuerId || key.id.startsWith(`${issuerId}#`)) return true;
  if (issuerId.startsWith('did:jwk:') && key.controller.startsWith('did:jwk:')) {
    const issuerKey = readDidJwk(issuerId);
    return issuerKey.ok && JSON.stringify(issuerKey.value.jwk) === JSON.stringify(key.jwk);
  }
  return false;
}
