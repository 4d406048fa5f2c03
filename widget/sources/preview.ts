import type { Preview } from '../../ui/collection/collection-format.ts';

type Json = { readonly [key: string]: unknown };
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

/** What a badge says about itself before anything is verified: enough for a first paint. */
export interface Shown extends Preview {
  /** The picture it names: an http(s) or data: URL, as written (the view checks it before use). */
  readonly image?: string;
  /** Where the badge is published, when markup links to it (an http(s) URL). */
  readonly link?: string;
}

/**
 * Reads name, issuer, dates, tags and image from an OB 2.0 assertion, an OB 3.0 / CLR 2.0 credential, or
 * a compact JWS / VC-JWT of either, without verifying anything. Whatever it cannot find it leaves out:
 * the view says "not yet verified" beside all of it anyway.
 *
 * @example
 * previewOf(credential) // { name: 'Teamwork', issuer: { name: 'Example College' }, issuedOn: '2025-01-01T00:00:00Z' }
 */
export function previewOf(value: unknown): Shown {
  const doc = typeof value === 'string' ? jwsPayload(value) : value;
  if (!isObject(doc)) return {};
  const credential = isObject(doc.vc) ? doc.vc : doc;
  return isCredential(credential) || isObject(credential.credentialSubject) ? credentialPreview(credential) : assertionPreview(credential);
}

function isCredential(doc: Json): boolean {
  return [doc.type].flat().some((t) => typeof t === 'string' && /Credential$/.test(t));
}

function credentialPreview(credential: Json): Shown {
  const subject = first(credential.credentialSubject);
  const achievement = isObject(subject) && isObject(subject.achievement) ? subject.achievement : undefined;
  const issuer = credential.issuer;
  return compact({
    name: text(achievement?.name) ?? text(credential.name),
    description: text(achievement?.description) ?? text(credential.description),
    issuer: isObject(issuer) ? compact({ name: text(issuer.name), url: text(issuer.url), id: text(issuer.id) }) : text(issuer) ? { id: text(issuer)! } : undefined,
    issuedOn: text(credential.validFrom) ?? text(credential.issuanceDate) ?? text(credential.awardedDate),
    expires: text(credential.validUntil) ?? text(credential.expirationDate),
    tags: strings(achievement?.tag),
    image: imageUrl(achievement?.image) ?? imageUrl(credential.image),
  });
}

function assertionPreview(assertion: Json): Shown {
  const badge = isObject(assertion.badge) ? assertion.badge : undefined;
  const issuer = badge?.issuer;
  return compact({
    name: text(badge?.name),
    description: text(badge?.description),
    issuer: isObject(issuer) ? compact({ name: text(issuer.name), url: text(issuer.url), id: text(issuer.id) }) : undefined,
    issuedOn: date(assertion.issuedOn),
    expires: date(assertion.expires),
    tags: strings(badge?.tags),
    image: imageUrl(assertion.image) ?? imageUrl(badge?.image),
  });
}

function imageUrl(value: unknown): string | undefined {
  const url = isObject(value) ? text(value.id) : text(value);
  return url && /^(https?:\/\/|data:image\/)/i.test(url) ? url : undefined;
}

/** OB 2.0 allows Unix timestamps. */
function date(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return new Date(value * 1000).toISOString();
  return text(value);
}

function strings(value: unknown): string[] | undefined {
  const found = [value].flat().filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  return found.length > 0 ? found : undefined;
}

function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The payload of a compact JWS, decoded without checking anything. */
function jwsPayload(value: string): unknown {
  const match = /^eyJ[\w-]*\.([\w-]+)\.[\w-]*$/.exec(value.trim());
  if (!match) return undefined;
  try {
    const base64 = match[1]!.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
  } catch {
    return undefined;
  }
}
