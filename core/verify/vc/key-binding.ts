import { keyControlledBy, type ResolvedKey } from '../../keys/index.ts';
import type { Check } from '../../model/report.ts';
import { fail, pass, undecided } from '../checks.ts';
import type { Session } from '../session.ts';

/**
 * OB 3.0 §8.2 and VC Data Integrity §4.2: the key must belong to the issuer. A valid signature by someone
 * else's key proves nothing about the issuer, so that fails. Two kinds of key cannot be tied to the issuer
 * at all, and leave the verdict open instead of passing: a key read from its own address (the 1EdTech
 * `issuer#z6Mk…` convention, used when the issuer's profile cannot be read) and a VC-JWT header's `jwk`.
 * Anyone can write either, naming any issuer.
 */
export function keyBindingCheck(key: ResolvedKey, issuerId: string, subject?: string): Check {
  const extra = subject ? { subject } : {};
  if (key.source === 'address') {
    return undecided('key', `The key was read from its own address (${shorten(key.id)}) because the issuer's profile could not be read; nothing confirms it is the issuer's.`, extra);
  }
  if (!keyControlledBy(key, issuerId)) {
    if (key.source === 'jwk-url') {
      // A bare JWK or JWK Set names no owner; published on the issuer's own site (the layout of the OB 3.0
      // specification's example), the site vouches for it, as OB 2.0's default verification policy has it.
      if (sameOrigin(key.controller, issuerId)) return pass('key', `The signing key is published on the issuer's own site (${originOf(issuerId)}).`, extra);
      return undecided('key', `The signing key is published at ${shorten(key.controller)}, which is not the issuer's site, and nothing there says whose it is.`, extra);
    }
    if (key.source === 'jose-header') {
      return undecided('key', `The key that signed it travels inside the badge itself, and nothing ties it to the issuer (${shorten(issuerId)}).`, extra);
    }
    return fail('key', `It was signed with a key that belongs to ${shorten(key.controller)}, not to its issuer (${shorten(issuerId)}).`, extra);
  }
  return pass('key', `The signing key belongs to the issuer, ${shorten(issuerId)} (${key.source === 'did:key' || key.source === 'did:jwk' ? 'the issuer is that key' : `listed by ${key.source === 'did:web' ? 'its DID document' : 'its profile'}`}).`, extra);
}

/** Long DIDs and keys are shortened for reading; the report's documents keep them whole. */
export function shorten(id: string): string {
  return id.length > 72 ? `${id.slice(0, 48)}…${id.slice(-16)}` : id;
}

function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

function sameOrigin(a: string, b: string): boolean {
  const origin = originOf(a);
  return origin !== undefined && origin === originOf(b);
}

/** The DID documents a key came from (derived or fetched) join the report's documents, by DID or URL. */
export function rememberKeyDocuments(session: Session, key: ResolvedKey): void {
  for (const [id, document] of Object.entries(key.documents ?? {})) session.documents.set(id, document);
}
