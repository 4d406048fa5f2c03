import { describe, expect, it } from 'vitest';
import { isKnownSchema, validateWithSchema } from '../../../core/schemas/index.ts';
import { achievementCredential, clrCredential, endorsementCredential } from '../../support/ob3-documents.ts';

const ACHIEVEMENT_CREDENTIAL = 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json';
const ENDORSEMENT_CREDENTIAL = 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_endorsementcredential_schema.json';
const CLR_CREDENTIAL = 'https://purl.imsglobal.org/spec/clr/v2p0/schema/json/clr_v2p0_clrcredential_schema.json';

describe('the OB 3.0 AchievementCredential schema', () => {
  it('is shipped', () => {
    expect(isKnownSchema(ACHIEVEMENT_CREDENTIAL)).toBe(true);
  });

  it('accepts a well-formed credential', async () => {
    expect(await validateWithSchema(ACHIEVEMENT_CREDENTIAL, achievementCredential())).toEqual({ known: true, valid: true, issues: [], omitted: 0 });
  });

  it('rejects a credential without an issuer', async () => {
    const { issuer: _issuer, ...credential } = achievementCredential();
    expect(await validateWithSchema(ACHIEVEMENT_CREDENTIAL, credential)).toEqual({
      known: true,
      valid: false,
      issues: [{ path: '', message: "must have required property 'issuer'" }],
      omitted: 0,
    });
  });

  it('points into the credential at what is missing', async () => {
    const credential = achievementCredential();
    const subject = credential.credentialSubject as { achievement: Record<string, unknown> };
    delete subject.achievement.criteria;
    const result = await validateWithSchema(ACHIEVEMENT_CREDENTIAL, credential);
    expect(result).toMatchObject({ known: true, valid: false, issues: [{ path: '/credentialSubject/achievement', message: "must have required property 'criteria'" }] });
  });

  it('checks formats: validFrom must be an RFC 3339 date-time', async () => {
    const result = await validateWithSchema(ACHIEVEMENT_CREDENTIAL, { ...achievementCredential(), validFrom: '2025-02-30T00:00:00Z' });
    expect(result).toMatchObject({ known: true, valid: false, issues: [{ path: '/validFrom', message: 'must match format "date-time"' }] });
  });

  it('accepts a VCDM 2.0 language map where a string may stand, as the JSON-LD adaptation allows', async () => {
    const credential = { ...achievementCredential(), name: { en: 'Teamwork', de: 'Teamarbeit' } };
    expect(await validateWithSchema(ACHIEVEMENT_CREDENTIAL, credential)).toMatchObject({ known: true, valid: true });
  });

  it('says which values a closed vocabulary allows', async () => {
    const credential = achievementCredential();
    (credential.credentialSubject as { type: unknown }).type = ['LearnerSubject'];
    const result = await validateWithSchema(ACHIEVEMENT_CREDENTIAL, credential);
    expect(result.known && result.issues).toContainEqual({ path: '/credentialSubject/type/0', message: 'must be one of "AchievementSubject"' });
  });
});

describe('the OB 3.0 EndorsementCredential schema', () => {
  it('accepts an endorsement and rejects one without an endorsement subject', async () => {
    const endorsement = endorsementCredential();
    expect(await validateWithSchema(ENDORSEMENT_CREDENTIAL, endorsement)).toMatchObject({ known: true, valid: true });
    const { credentialSubject: _subject, ...withoutSubject } = endorsement;
    expect(await validateWithSchema(ENDORSEMENT_CREDENTIAL, withoutSubject)).toMatchObject({
      known: true,
      valid: false,
      issues: [{ path: '', message: "must have required property 'credentialSubject'" }],
    });
  });
});

describe('the CLR 2.0 ClrCredential schema', () => {
  const clr = clrCredential();

  it('accepts a CLR whose nested credential is well formed', async () => {
    expect(await validateWithSchema(CLR_CREDENTIAL, clr)).toMatchObject({ known: true, valid: true });
  });

  it('looks inside the nested credentials', async () => {
    const { issuer: _issuer, ...nested } = achievementCredential();
    const broken = clrCredential([nested]);
    const result = await validateWithSchema(CLR_CREDENTIAL, broken);
    expect(result.known && result.issues).toContainEqual({ path: '/credentialSubject/verifiableCredential/0', message: "must have required property 'issuer'" });
  });
});
