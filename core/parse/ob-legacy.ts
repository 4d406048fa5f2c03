import { isRecord, list, str, type JsonRecord } from '../util/json.ts';

/**
 * OB 0.5–2.0 assertions read into one shape. Nothing here is trusted or validated: it only gathers, from
 * whichever version wrote the document, where each piece of the assertion lives.
 */
export interface ObAssertion {
  /** 2.0 and 1.1: `id`; 1.0: `verify.url` for hosted badges. */
  readonly id?: string;
  /** 1.0–1.1: the issuer-assigned id that revocation lists name. */
  readonly uid?: string;
  readonly recipient: IdentityObject | undefined;
  /** The BadgeClass, by URL or embedded (0.5 always embeds it). */
  readonly badge: string | JsonRecord | undefined;
  readonly issuedOn: unknown;
  readonly expires: unknown;
  readonly image?: unknown;
  readonly evidence: unknown;
  readonly narrative?: string;
  readonly verification: { readonly type: 'hosted' | 'signed' | undefined; readonly creator?: string | undefined; readonly url?: string | undefined };
  readonly revoked: boolean;
  readonly revocationReason?: string;
  readonly endorsement: unknown;
  readonly raw: JsonRecord;
}

export interface IdentityObject {
  readonly type: string;
  readonly identity: string;
  readonly hashed: boolean;
  readonly salt?: string;
}

// Any `name$hex`: an algorithm the verifier does not know is still a hash, and says so later.
const HASH_FORM = /^[a-z0-9-]+\$[0-9a-f]+$/i;

export function readAssertion(doc: JsonRecord, version: '0.5' | '1.0' | '1.1' | '2.0'): ObAssertion {
  const verify = isRecord(doc.verification) ? doc.verification : isRecord(doc.verify) ? doc.verify : undefined;
  const type = str(verify?.type)?.toLowerCase();
  const verification =
    version === '0.5'
      ? { type: 'hosted' as const }
      : {
          type: type === 'hosted' || type === 'hostedbadge' ? ('hosted' as const) : type === 'signed' || type === 'signedbadge' ? ('signed' as const) : undefined,
          creator: str(verify?.creator),
          url: str(verify?.url),
        };
  const verifyUrl = version === '1.0' || version === '1.1' ? str(isRecord(doc.verify) ? doc.verify.url : undefined) : undefined;
  return {
    id: str(doc.id) ?? (verification.type === 'hosted' ? verifyUrl : undefined),
    uid: str(doc.uid),
    recipient: readRecipient(doc),
    badge: typeof doc.badge === 'string' ? doc.badge : isRecord(doc.badge) ? doc.badge : undefined,
    issuedOn: doc.issuedOn ?? doc.issued_on,
    expires: doc.expires,
    image: doc.image,
    evidence: doc.evidence,
    narrative: str(doc.narrative),
    verification,
    revoked: doc.revoked === true,
    revocationReason: str(doc.revocationReason),
    endorsement: doc.endorsement,
    raw: doc,
  };
}

/** OB 0.5: a bare string (an email, or `alg$hash` with a top-level salt); 1.0–2.0: an IdentityObject. */
function readRecipient(doc: JsonRecord): IdentityObject | undefined {
  if (typeof doc.recipient === 'string') {
    const identity = doc.recipient.trim();
    return { type: 'email', identity, hashed: HASH_FORM.test(identity), salt: str(doc.salt) };
  }
  if (!isRecord(doc.recipient)) return undefined;
  const identity = str(doc.recipient.identity);
  if (identity === undefined) return undefined;
  const hashed = doc.recipient.hashed === true || (typeof doc.recipient.hashed === 'string' && doc.recipient.hashed.toLowerCase() === 'true');
  return { type: str(doc.recipient.type) ?? 'email', identity, hashed, salt: str(doc.recipient.salt) };
}

/** A BadgeClass of any version, with 1.x alignment names (`name`, `url`, `description`) upgraded. */
export function readBadgeClass(doc: JsonRecord): JsonRecord {
  const alignment = list(doc.alignment).map((a) =>
    isRecord(a) && a.targetName === undefined ? { ...a, targetName: a.name, targetUrl: a.url, targetDescription: a.description } : a,
  );
  return { ...doc, alignment };
}

/** OB 0.5 embeds the issuer with `origin`, `name`, `org` and `contact`; later versions use a Profile. */
export function readIssuer(doc: JsonRecord): JsonRecord {
  if (doc.origin === undefined || doc.url !== undefined) return doc;
  return { ...doc, url: doc.origin, email: str(doc.contact) };
}

