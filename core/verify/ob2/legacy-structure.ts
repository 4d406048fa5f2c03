import { parseBadgeDate } from '../../parse/timestamps.ts';
import { isRecord, type JsonRecord } from '../../util/json.ts';

/**
 * The structure OB 0.5 and 1.0/1.1 documents must have (the Open Badges 0.5 and 1.0 assertion specifications,
 * as the Mozilla validator enforced them): which fields are required and what each may hold. OB 2.0 documents
 * are checked by their own rules.
 */

type Rule = (value: unknown) => boolean;
interface Field {
  readonly name: string;
  readonly rule: Rule;
  readonly what: string;
  readonly required?: boolean;
}

const HASH = /^(sha1|sha256|sha384|sha512|md5)\$[0-9a-f]+$/i;
// Unicode letters allowed in the local part and domain, and the domain must have a dot.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/u;
const VERSION = /^v?\d+\.\d+\.\d+$/;
const ORIGIN = /^https?:\/\/[^/\s:@]+(:\d+)?\/?$/i;
const DATA_IMAGE = /^data:image\/(png|svg\+xml)[;,]/i;

const isText: Rule = (v) => typeof v === 'string';
const isEmail: Rule = (v) => typeof v === 'string' && EMAIL.test(v);
const isHash: Rule = (v) => typeof v === 'string' && HASH.test(v);
const isAbsoluteUrl: Rule = (v) => typeof v === 'string' && /^https?:\/\/[^\s/?#]+([/?#]\S*)?$/i.test(v);
/** OB 0.5 allowed URLs relative to the issuer's origin. */
const isUrl: Rule = (v) => isAbsoluteUrl(v) || (typeof v === 'string' && /^\/\S*$/u.test(v));
const isImage = (url: Rule): Rule => (v) => url(v) || (typeof v === 'string' && DATA_IMAGE.test(v));
const isDate: Rule = (v) => parseBadgeDate(v) !== undefined;
const isBoolean: Rule = (v) => typeof v === 'boolean' || (typeof v === 'string' && /^(true|false)$/i.test(v));
const isEmailOrHash: Rule = (v) => isEmail(v) || isHash(v);
const isStringList: Rule = (v) => Array.isArray(v) && v.every(isText);
const isAlignmentList: Rule = (v) =>
  Array.isArray(v) && v.every((a) => isRecord(a) && isText(a.name) && isAbsoluteUrl(a.url) && (a.description === undefined || isText(a.description)));

const ASSERTION_05: readonly Field[] = [
  { name: 'recipient', rule: isEmailOrHash, what: 'an email address or a hash', required: true },
  { name: 'salt', rule: isText, what: 'text' },
  { name: 'evidence', rule: isUrl, what: 'a URL' },
  { name: 'expires', rule: isDate, what: 'a date' },
  { name: 'issued_on', rule: isDate, what: 'a date' },
];
const BADGE_05: readonly Field[] = [
  { name: 'version', rule: (v) => typeof v === 'string' && VERSION.test(v), what: 'a version such as 0.5.0' },
  { name: 'name', rule: isText, what: 'text', required: true },
  { name: 'image', rule: isImage(isUrl), what: 'a URL or a PNG data URL', required: true },
  { name: 'description', rule: isText, what: 'text', required: true },
  { name: 'criteria', rule: isUrl, what: 'a URL', required: true },
];
const ISSUER_05: readonly Field[] = [
  { name: 'origin', rule: (v) => typeof v === 'string' && ORIGIN.test(v), what: 'an origin such as https://example.org', required: true },
  { name: 'name', rule: isText, what: 'text', required: true },
  { name: 'org', rule: isText, what: 'text' },
  { name: 'contact', rule: isEmail, what: 'an email address' },
];
const ASSERTION_10: readonly Field[] = [
  { name: 'uid', rule: isText, what: 'text', required: true },
  { name: 'badge', rule: isAbsoluteUrl, what: 'an absolute URL', required: true },
  { name: 'issuedOn', rule: isDate, what: 'a date', required: true },
  { name: 'image', rule: isImage(isAbsoluteUrl), what: 'an absolute URL or a PNG data URL' },
  { name: 'evidence', rule: isAbsoluteUrl, what: 'an absolute URL' },
  { name: 'expires', rule: isDate, what: 'a date' },
];
const RECIPIENT_10: readonly Field[] = [
  { name: 'identity', rule: isText, what: 'text', required: true },
  { name: 'type', rule: (v) => typeof v === 'string' && v.toLowerCase() === 'email', what: '"email"', required: true },
  { name: 'hashed', rule: isBoolean, what: 'true or false', required: true },
  { name: 'salt', rule: isText, what: 'text' },
];
const VERIFY_10: readonly Field[] = [
  { name: 'type', rule: (v) => typeof v === 'string' && /^(hosted|signed)$/i.test(v), what: '"hosted" or "signed"', required: true },
  { name: 'url', rule: isAbsoluteUrl, what: 'an absolute URL', required: true },
];
const BADGE_CLASS_10: readonly Field[] = [
  { name: 'name', rule: isText, what: 'text', required: true },
  { name: 'description', rule: isText, what: 'text', required: true },
  { name: 'image', rule: isImage(isAbsoluteUrl), what: 'an absolute URL or a PNG data URL', required: true },
  { name: 'criteria', rule: isAbsoluteUrl, what: 'an absolute URL', required: true },
  { name: 'issuer', rule: isAbsoluteUrl, what: 'an absolute URL', required: true },
  { name: 'alignment', rule: isAlignmentList, what: 'a list of alignments, each with a name and an absolute URL' },
  { name: 'tags', rule: isStringList, what: 'a list of text tags' },
];
const ISSUER_10: readonly Field[] = [
  { name: 'name', rule: isText, what: 'text', required: true },
  { name: 'url', rule: isAbsoluteUrl, what: 'an absolute http(s) URL', required: true },
  { name: 'description', rule: isText, what: 'text' },
  { name: 'image', rule: isImage(isAbsoluteUrl), what: 'an absolute URL or a PNG data URL' },
  { name: 'email', rule: isEmail, what: 'an email address' },
  { name: 'revocationList', rule: isAbsoluteUrl, what: 'an absolute URL' },
];

function problems(doc: unknown, fields: readonly Field[], where: string): string[] {
  if (!isRecord(doc)) return [`${where} must be an object`];
  return fields.flatMap(({ name, rule, what, required }) => {
    const value = doc[name];
    if (value === undefined || value === null) return required ? [`${where}.${name} is missing`] : [];
    return rule(value) ? [] : [`${where}.${name} must be ${what}`];
  });
}

/** What is wrong with an OB 0.5 assertion's own fields, in plain words. */
export function assertion05Problems(doc: JsonRecord): string[] {
  return problems(doc, ASSERTION_05, 'the assertion');
}

/** What is wrong with the badge an OB 0.5 assertion embeds. */
export function badge05Problems(badge: JsonRecord): string[] {
  return problems(badge, BADGE_05, 'the badge');
}

/** What is wrong with the issuer an OB 0.5 badge embeds. */
export function issuer05Problems(issuer: JsonRecord): string[] {
  return problems(issuer, ISSUER_05, 'the badge issuer');
}

/** What is wrong with an OB 1.0/1.1 assertion. */
export function assertion10Problems(doc: JsonRecord): string[] {
  if (typeof doc.recipient === 'string') return ['the assertion.recipient must be an object (an IdentityObject) from Open Badges 1.0 on'];
  const recipient = isRecord(doc.recipient) ? doc.recipient : undefined;
  const found = [...problems(doc, ASSERTION_10, 'the assertion'), ...problems(doc.recipient, RECIPIENT_10, 'the recipient'), ...problems(doc.verify, VERIFY_10, 'the assertion.verify')];
  if (recipient && /^true$/i.test(String(recipient.hashed)) && isText(recipient.identity) && !isHash(recipient.identity)) found.push('the recipient is marked hashed but its identity is not a hash');
  return found;
}

export function badgeClass10Problems(doc: JsonRecord): string[] {
  return problems(doc, BADGE_CLASS_10, 'the badge class');
}

export function issuer10Problems(doc: JsonRecord): string[] {
  return problems(doc, ISSUER_10, 'the issuer');
}

/** The problems as one sentence for a check message. */
export function describeProblems(found: readonly string[]): string {
  const shown = found.slice(0, 3).join('; ');
  const more = found.length > 3 ? ` (and ${found.length - 3} more)` : '';
  return `${shown.charAt(0).toUpperCase()}${shown.slice(1)}${more}.`;
}
