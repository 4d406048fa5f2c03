import { importJWK } from 'jose';
import { cachedKey } from '../verify/cache.ts';
import type { Session } from '../verify/session.ts';
import type { ResolvedKey } from './types.ts';

/**
 * The resolved key as a WebCrypto key for `alg` (`EdDSA`, `ES256`, `RS256`, …), imported once per cache:
 * a page of badges from one issuer imports its key once. Undefined when the key does not fit the
 * algorithm (an RSA key for ES256) or the platform cannot import it; the caller fails the signature.
 *
 * @example const cryptoKey = await importPublicKey(session, found.key, 'EdDSA');
 */
export function importPublicKey(session: Pick<Session, 'cache'>, key: ResolvedKey, alg: string): Promise<CryptoKey | undefined> {
  // The JWK holds only public members (readPublicJwk), in a fixed order: its JSON names the key.
  return cachedKey(session.cache, `jwk:${alg}:${JSON.stringify(key.jwk)}`, async () => {
    const imported = await importJWK(key.jwk, alg);
    return imported instanceof Uint8Array ? undefined : imported;
  });
}
