/**
 * core/keys: the keys Open Badges 3.0 and CLR 2.0 credentials are signed with — Data Integrity proofs'
 * verification methods and VC-JWT headers — found, checked and bound to the issuer.
 *
 * @example
 * const found = await resolveVerificationMethod(session, proof.verificationMethod);
 * if (!found.ok) return [found.check];
 * if (!keyControlledBy(found.key, issuerId)) return [fail('key', "The badge was signed with a key that is not its issuer's.")];
 * const cryptoKey = await importPublicKey(session, found.key, 'EdDSA'); // or found.key.ed25519 for the raw bytes
 */
export { resolveVerificationMethod } from './resolve-method.ts';
export { resolveJwtKey } from './resolve-jwt-key.ts';
export { keyControlledBy } from './binding.ts';
export { importPublicKey } from './import-key.ts';
export { readMultikey } from './multikey.ts';
export { readPublicJwk } from './public-jwk.ts';
export type { KeyMaterial, KeyResolution, KeySource, Read, ResolvedKey } from './types.ts';
