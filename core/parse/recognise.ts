import { hasType, isRecord, str, strings, type JsonRecord } from '../util/json.ts';
import type { Version } from '../model/report.ts';

// The OB 2.0 and 1.1 context URLs, with the addresses they have been published under.
const OB2_CONTEXTS = new Set([
  'https://w3id.org/openbadges/v2',
  'http://w3id.org/openbadges/v2',
  'https://openbadgespec.org/v2/context.json',
  'https://purl.imsglobal.org/spec/ob/v2p0/context.json',
]);
const OB1_CONTEXTS = new Set(['https://w3id.org/openbadges/v1', 'http://w3id.org/openbadges/v1', 'https://openbadgespec.org/v1/context.json']);
const VC_CONTEXTS = new Set(['https://www.w3.org/2018/credentials/v1', 'https://www.w3.org/ns/credentials/v2']);

export type ObRole = 'assertion' | 'badge-class' | 'issuer' | 'endorsement' | 'other';

export type Recognised =
  | { readonly family: 'ob'; readonly version: Exclude<Version, '3.0' | 'clr-2.0'>; readonly role: ObRole; readonly inlineContext: boolean }
  | { readonly family: 'vc'; readonly version: '3.0' | 'clr-2.0' }
  | { readonly family: 'unknown'; readonly reason: string };

/**
 * Which Open Badges version a JSON document is written in, and what it is. OB 0.5 and 1.0 have no
 * @context and are told apart by shape (0.5: a string recipient and an embedded badge with `version`);
 * 1.1 and 2.0 by their context; 3.0 and CLR 2.0 by the Verifiable Credentials context.
 */
export function recognise(doc: JsonRecord): Recognised {
  const contexts = strings(doc['@context']);
  if (contexts.some((c) => VC_CONTEXTS.has(c)) || hasType(doc, 'VerifiableCredential')) {
    return { family: 'vc', version: hasType(doc, 'ClrCredential') ? 'clr-2.0' : '3.0' };
  }
  const inlineContext = [doc['@context']].flat().some((c) => isRecord(c) && str(c.obi) === 'https://w3id.org/openbadges#');
  if (contexts.some((c) => OB2_CONTEXTS.has(c)) || inlineContext) return { family: 'ob', version: '2.0', role: roleOf(doc), inlineContext };
  if (contexts.some((c) => OB1_CONTEXTS.has(c))) return { family: 'ob', version: '1.1', role: roleOf(doc), inlineContext: false };
  if (doc['@context'] !== undefined) {
    return { family: 'unknown', reason: `its @context (${contexts[0] ?? 'an object'}) is not an Open Badges or Verifiable Credentials context` };
  }
  if (isRecord(doc.badge) && (typeof doc.recipient === 'string' || str(doc.badge.version) !== undefined) && !isRecord(doc.verify)) {
    return { family: 'ob', version: '0.5', role: 'assertion', inlineContext: false };
  }
  if (doc.recipient !== undefined && (isRecord(doc.verify) || doc.uid !== undefined)) {
    return { family: 'ob', version: '1.0', role: 'assertion', inlineContext: false };
  }
  if (doc.recipient !== undefined && doc.badge !== undefined) return { family: 'ob', version: '0.5', role: 'assertion', inlineContext: false };
  return { family: 'unknown', reason: 'it has no @context and no assertion fields' };
}

function roleOf(doc: JsonRecord): ObRole {
  if (hasType(doc, 'Assertion')) return 'assertion';
  if (hasType(doc, 'BadgeClass')) return 'badge-class';
  if (hasType(doc, 'Issuer', 'Profile')) return 'issuer';
  if (hasType(doc, 'Endorsement')) return 'endorsement';
  return 'other';
}
