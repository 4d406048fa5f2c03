import { md5, sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Check, RecipientMatch } from '../model/report.ts';
import { pass, skip, warn } from './checks.ts';

/** A recipient as issued: OB 2.0 IdentityObject, or OB 3.0 `identifier` entry. */
export interface RecipientIdentity {
  readonly type?: string;
  /** Plain text, or `algorithm$hex` when hashed. */
  readonly identity: string;
  readonly hashed: boolean;
  readonly salt?: string;
}

// OB 2.0 §IdentityHash: 'sha256$' or 'md5$' then hex; 0.5 badges also used sha1 and sha512.
const HASHES: Readonly<Record<string, (data: Uint8Array) => Uint8Array>> = { md5, sha1, sha256, sha384, sha512 };

/**
 * Whether `candidate` (an email, URL, phone number or DID the viewer knows) is this recipient. A hashed
 * identity is `alg(candidate + salt)` in hex of any case; emails are also tried in lower case, since many
 * issuers hash the address as the earner typed it and others lower-case it first.
 *
 * @example
 * identityMatches({ identity: 'sha256$ecf5…', hashed: true, salt: 'deadsea' }, 'nobody@example.org') // true
 */
export function identityMatches(recipient: RecipientIdentity, candidate: string): boolean {
  const variants = [...new Set([candidate.trim(), candidate.trim().toLowerCase()])].filter((v) => v !== '');
  if (!recipient.hashed) {
    const issued = recipient.identity.trim();
    return variants.some((v) => v === issued || (v.includes('@') && v.toLowerCase() === issued.toLowerCase()));
  }
  const [algorithm, hex] = splitHash(recipient.identity);
  const hash = algorithm === undefined ? undefined : HASHES[algorithm];
  if (hash === undefined || hex === undefined) return false;
  return variants.some((v) => bytesToHex(hash(utf8ToBytes(v + (recipient.salt ?? '')))) === hex);
}

/** The `recipient` check and the match, against the viewer's identities. */
export function recipientCheck(recipients: readonly RecipientIdentity[], identities: readonly string[]): { match: RecipientMatch; check: Check } {
  if (recipients.length === 0) return { match: 'not-checked', check: skip('recipient', 'The badge does not name its recipient in a form that can be compared.') };
  if (identities.length === 0) return { match: 'not-checked', check: skip('recipient', 'No identity was given to compare with the recipient.') };
  const unknown = recipients.find((r) => r.hashed && HASHES[splitHash(r.identity)[0] ?? ''] === undefined);
  for (const identity of identities) {
    if (recipients.some((r) => identityMatches(r, identity))) {
      return { match: 'matched', check: pass('recipient', `Issued to ${identity}.`) };
    }
  }
  if (unknown) {
    return { match: 'not-checked', check: warn('recipient', `The recipient is hashed with an algorithm Badge Lens does not know (${unknown.identity.split('$')[0] || 'none named'}), so it could not be compared.`) };
  }
  const who = identities.length === 1 ? identities[0]! : `any of the ${identities.length} identities given`;
  return { match: 'mismatched', check: warn('recipient', `Issued to someone else: the recipient is not ${who}.`) };
}

function splitHash(identity: string): [string | undefined, string | undefined] {
  const dollar = identity.indexOf('$');
  if (dollar < 0) return [undefined, undefined];
  return [identity.slice(0, dollar).toLowerCase(), identity.slice(dollar + 1).trim().toLowerCase()];
}
