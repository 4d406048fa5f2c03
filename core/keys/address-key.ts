import type { Check } from '../model/report.ts';
import { fail, warn } from '../verify/checks.ts';
import { purposeWords, shortId } from './describe.ts';
import { looksLikeMultikey, readMultikey } from './multikey.ts';
import type { KeyResolution } from './types.ts';

/**
 * The 1EdTech convention `https://issuer.example/issuers/1#z6Mk…`: the fragment is itself the public key
 * (a publicKeyMultibase) and the address before it is the controller. 1EdTech's validator and examples
 * take the key from the address without fetching anything. It is used here only as a fallback — when the
 * document at the address cannot be read, or lists no keys at all — and always with a warning: nothing
 * but the address ties such a key to the issuer, since anyone can write any key after the `#`.
 * A document that does list keys, none of them this one, is an answer, and no fallback overrides it.
 *
 * Returns undefined when the fragment is not a multikey, so the caller keeps the reason it had.
 */
export function keyFromAddress(methodId: string, purpose: string, why: string): KeyResolution | undefined {
  const hash = methodId.indexOf('#');
  const fragment = methodId.slice(hash + 1);
  if (hash < 0 || !looksLikeMultikey(fragment)) return undefined;
  const controller = methodId.slice(0, hash);
  const read = readMultikey(fragment);
  if (!read.ok) return { ok: false, check: fail('key', `The signing key written in the address ${shortId(methodId)} ${read.problem}.`) };
  if (purpose !== 'assertionMethod') {
    // The convention only ever names keys that sign credentials.
    return { ok: false, check: fail('key', `The key written in the address ${shortId(methodId)} is not listed anywhere for ${purposeWords(purpose)}.`) };
  }
  const note: Check = warn(
    'key',
    `The signing key was read from its own address (${shortId(methodId)}), as 1EdTech's examples do, because ${why}; nothing but that address ties the key to the issuer.`,
  );
  return {
    ok: true,
    key: { id: methodId, controller, jwk: read.value.jwk, ...(read.value.ed25519 ? { ed25519: read.value.ed25519 } : {}), purposes: ['assertionMethod'], source: 'address' },
    notes: [note],
  };
}
