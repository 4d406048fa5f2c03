import { randomUUID } from 'node:crypto';

/** OB 3.0 and CLR 2.0 credentials for end-to-end verification, unsigned; test/support/ob3-world.ts signs them. */

type Json = Record<string, unknown>;

export const VC_V2 = 'https://www.w3.org/ns/credentials/v2';
export const VC_V1 = 'https://www.w3.org/2018/credentials/v1';
export const OB3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const CLR2 = 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json';
/** Defines 1EdTechRevocationList and 1EdTechJsonSchemaValidator2019, which a signed credential must define. */
export const OB3_EXTENSIONS = 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json';
export const DATA_INTEGRITY_V2 = 'https://w3id.org/security/data-integrity/v2';
export const ED25519_2020 = 'https://w3id.org/security/suites/ed25519-2020/v1';
export const STATUS_LIST_2021 = 'https://w3id.org/vc/status-list/2021/v1';

export const LEARNER = 'did:example:learner';
export const ACHIEVEMENT_ID = 'https://issuer.example/achievements/teamwork';
export const BADGE_IMAGE = 'https://issuer.example/images/teamwork.png';

/** The issuer as a credential carries it: an embedded Profile. */
export const issuerProfile = (id: string, name = 'Example College'): Json => ({ id, type: ['Profile'], name });

/** An OB 3.0 OpenBadgeCredential (VCDM 2.0) with what OB 3.0 requires, issued by `issuerId`. */
export function achievementCredential(issuerId: string, overrides: Json = {}): Json {
  return {
    '@context': [VC_V2, OB3],
    id: `urn:uuid:${randomUUID()}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: 'Teamwork',
    issuer: issuerProfile(issuerId),
    validFrom: '2025-01-01T00:00:00Z',
    credentialSubject: {
      id: LEARNER,
      type: ['AchievementSubject'],
      achievement: {
        id: ACHIEVEMENT_ID,
        type: ['Achievement'],
        name: 'Teamwork',
        description: 'Works well with others.',
        criteria: { narrative: 'Led a team project to completion.' },
        image: { id: BADGE_IMAGE, type: 'Image' },
      },
    },
    ...overrides,
  };
}

/** The same credential written on VCDM 1.1: the 2018 context, issuanceDate / expirationDate, AchievementCredential. */
export function achievementCredentialV1(issuerId: string, overrides: Json = {}): Json {
  const { validFrom: _from, ...credential } = achievementCredential(issuerId);
  return { ...credential, '@context': [VC_V1, OB3, DATA_INTEGRITY_V2], type: ['VerifiableCredential', 'AchievementCredential'], issuanceDate: '2025-01-01T00:00:00Z', ...overrides };
}

/** An OB 3.0 EndorsementCredential of `subjectId` (an achievement, a credential or a profile). */
export function endorsementCredential(issuerId: string, subjectId: string, overrides: Json = {}): Json {
  return {
    '@context': [VC_V2, OB3],
    id: `urn:uuid:${randomUUID()}`,
    type: ['VerifiableCredential', 'EndorsementCredential'],
    name: 'Endorsement of Teamwork',
    issuer: issuerProfile(issuerId, 'Example Endorser'),
    validFrom: '2025-02-01T00:00:00Z',
    credentialSubject: { id: subjectId, type: ['EndorsementSubject'], endorsementComment: 'A rigorous, well-assessed achievement.' },
    ...overrides,
  };
}

/** A CLR 2.0 ClrCredential holding `credentials` (objects, or VC-JWT strings). */
export function clrCredential(issuerId: string, credentials: readonly unknown[], overrides: Json = {}): Json {
  return {
    '@context': [VC_V2, CLR2, OB3],
    id: `urn:uuid:${randomUUID()}`,
    type: ['VerifiableCredential', 'ClrCredential'],
    name: 'Transcript',
    issuer: issuerProfile(issuerId),
    validFrom: '2025-01-01T00:00:00Z',
    credentialSubject: { id: LEARNER, type: ['ClrSubject'], verifiableCredential: [...credentials] },
    ...overrides,
  };
}

/** A credential with `change` applied to a deep copy: what an attacker does to signed JSON. */
export function tampered<T>(value: T, change: (copy: T) => void): T {
  const copy = structuredClone(value);
  change(copy);
  return copy;
}

/** The payload of a compact JWS, changed, with the original header and signature. */
export function tamperedJws(jws: string, change: (payload: Json) => void): string {
  const [header, payload, signature] = jws.split('.') as [string, string, string];
  const doc = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Json;
  change(doc);
  return `${header}.${Buffer.from(JSON.stringify(doc)).toString('base64url')}.${signature}`;
}

/** The subject and achievement of a credential, for changes in tests. */
export const subjectOf = (credential: Json): Json => credential.credentialSubject as Json;
export const achievementOf = (credential: Json): Json => subjectOf(credential).achievement as Json;

export interface JwtOptions {
  /** 'payload': the credential is the JWT payload (VC-JOSE-COSE); 'vc': it is the `vc` claim (VCDM 1.1 §6.3.1). */
  readonly form?: 'payload' | 'vc';
  /** Claims to set (undefined removes one); iss, jti, sub, nbf and exp restate the credential by default. */
  readonly claims?: Readonly<Record<string, unknown>>;
  /** Header members to set; by default `kid` is the issuer's verification method. */
  readonly header?: Readonly<Record<string, unknown>>;
}

/** The JWT claims that restate the credential (OB 3.0 §8.2.4.2), with the test's changes. */
export function jwtPayload(issuerId: string, credential: Json, options: JwtOptions = {}): Json {
  const seconds = (value: unknown): number | undefined => (typeof value === 'string' ? Math.floor(Date.parse(value) / 1000) : undefined);
  const subject = credential.credentialSubject as Json | undefined;
  const claims: Json = {
    iss: issuerId,
    jti: credential.id,
    sub: subject?.id,
    nbf: seconds(credential.validFrom ?? credential.issuanceDate),
    exp: seconds(credential.validUntil ?? credential.expirationDate),
    ...options.claims,
  };
  const defined = Object.fromEntries(Object.entries(claims).filter(([, v]) => v !== undefined));
  return options.form === 'vc' ? { vc: credential, ...defined } : { ...credential, ...defined };
}
