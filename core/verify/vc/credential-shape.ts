import type { Check } from '../../model/report.ts';
import { hasType, idOf, isRecord, list, strings, typesOf, type JsonRecord } from '../../util/json.ts';
import { fail, pass, warn } from '../checks.ts';

export const VC_V1 = 'https://www.w3.org/2018/credentials/v1';
export const VC_V2 = 'https://www.w3.org/ns/credentials/v2';
const OB3_CONTEXT = /^https:\/\/purl\.imsglobal\.org\/spec\/ob\/v3p0\/context(-3\.0\.\d+)?\.json$/;
const OB3_CURRENT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
const CLR_CONTEXT = /^https:\/\/purl\.imsglobal\.org\/spec\/clr\/v2p0\/context(-2\.0\.\d+)?\.json$/;
const OB_TYPES = ['OpenBadgeCredential', 'AchievementCredential', 'EndorsementCredential', 'ClrCredential'] as const;

export type CredentialKind = 'achievement' | 'endorsement' | 'clr';

export interface CredentialShape {
  readonly checks: readonly Check[];
  readonly kind?: CredentialKind;
  /** VCDM 1.1 or 2.0, from the first context. */
  readonly vcdm?: '1.1' | '2.0';
  readonly issuerId?: string;
}

/**
 * VCDM §4.3 and OB 3.0 §8 / CLR 2.0: the first context is the VC context, the OB (or CLR) context follows,
 * the type names an Open Badges credential, and issuer, credentialSubject and the issue date are present.
 */
export function credentialShape(credential: JsonRecord): CredentialShape {
  const contexts = list(credential['@context']);
  const first = contexts[0];
  const vcdm = first === VC_V2 ? '2.0' : first === VC_V1 ? '1.1' : undefined;
  if (vcdm === undefined) return { checks: [fail('context', `The first @context must be the Verifiable Credentials context (${VC_V2}), not ${typeof first === 'string' ? first : 'what this credential has'}.`)] };
  const kind = kindOf(credential);
  if (kind === undefined) {
    return { checks: [fail('format', `The credential's type (${typesOf(credential).join(', ') || 'none'}) is not an Open Badges or CLR credential.`)], vcdm };
  }
  const names = strings(contexts);
  const checks: Check[] = [];
  const wanted = kind === 'clr' ? CLR_CONTEXT : OB3_CONTEXT;
  const domain = names.find((c) => wanted.test(c));
  if (domain === undefined) return { checks: [fail('context', `The credential lacks the ${kind === 'clr' ? 'CLR 2.0' : 'Open Badges 3.0'} context.`)], kind, vcdm };
  if (kind !== 'clr' && domain !== OB3_CURRENT) checks.push(warn('context', `It uses an older Open Badges 3.0 context (${domain}).`));
  if (vcdm === '1.1') checks.push(warn('format', 'It uses the Verifiable Credentials 1.1 data model; Open Badges 3.0 issuers now use 2.0.'));

  const issuerId = idOf(credential.issuer);
  if (issuerId === undefined) return { checks: [...checks, fail('format', 'The credential does not name its issuer.')], kind, vcdm };
  if (!list(credential.credentialSubject).some(isRecord)) return { checks: [...checks, fail('format', 'The credential has no credentialSubject.')], kind, vcdm, issuerId };
  const label = kind === 'clr' ? 'A CLR 2.0 credential' : kind === 'endorsement' ? 'An Open Badges 3.0 endorsement' : 'An Open Badges 3.0 credential';
  checks.unshift(pass('format', `${label} (Verifiable Credentials ${vcdm}).`));
  return { checks, kind, vcdm, issuerId };
}

function kindOf(credential: JsonRecord): CredentialKind | undefined {
  if (!hasType(credential, 'VerifiableCredential')) return undefined;
  const types = typesOf(credential);
  if (types.includes('ClrCredential')) return 'clr';
  if (types.includes('EndorsementCredential')) return 'endorsement';
  return OB_TYPES.some((t) => types.includes(t)) ? 'achievement' : undefined;
}

/** The issue and expiry fields of either data model (VCDM 1.1: issuanceDate / expirationDate). */
export function validityFields(credential: JsonRecord, vcdm: '1.1' | '2.0' | undefined) {
  return vcdm === '1.1'
    ? { issued: credential.issuanceDate ?? credential.validFrom, expires: credential.expirationDate ?? credential.validUntil, issuedName: 'issuanceDate', expiresName: 'expirationDate', issuedRequired: true }
    : { issued: credential.validFrom, expires: credential.validUntil, issuedName: 'validFrom', expiresName: 'validUntil', issuedRequired: true };
}
