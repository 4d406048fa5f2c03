import { describe, expect, it } from 'vitest';
import { findVerificationMethod, listsAnyMethod } from '../../../core/keys/verification-method.ts';

const DOC = 'https://issuer.example/issuers/1';
const key1 = { id: `${DOC}#key-1`, type: 'Multikey', controller: DOC, publicKeyMultibase: 'z6Mk1' };
const key2 = { id: '#key-2', type: 'Multikey', controller: DOC, publicKeyMultibase: 'z6Mk2' };
const key3 = { id: `${DOC}#key-3`, type: 'Multikey', controller: DOC, publicKeyMultibase: 'z6Mk3' };

describe('findVerificationMethod', () => {
  const document = {
    id: DOC,
    verificationMethod: [key1, key2],
    assertionMethod: [`${DOC}#key-1`, '#key-2', key3],
    authentication: ['#key-1'],
    keyAgreement: 'not-a-list-but-one',
  };

  it('finds a method by absolute id and lists the relationships that name it, by reference or relatively', () => {
    expect(findVerificationMethod(document, DOC, `${DOC}#key-1`)).toEqual({ ok: true, method: key1, purposes: ['assertionMethod', 'authentication'] });
  });

  it('reads relative method ids against the document id', () => {
    expect(findVerificationMethod(document, DOC, `${DOC}#key-2`)).toEqual({ ok: true, method: key2, purposes: ['assertionMethod'] });
  });

  it('finds a method embedded in a relationship', () => {
    expect(findVerificationMethod(document, DOC, `${DOC}#key-3`)).toEqual({ ok: true, method: key3, purposes: ['assertionMethod'] });
  });

  it('finds a method no relationship lists, with no purposes', () => {
    expect(findVerificationMethod({ id: DOC, verificationMethod: key1 }, DOC, key1.id)).toEqual({ ok: true, method: key1, purposes: [] });
  });

  it('does not find a method the document does not hold, even if a relationship names it', () => {
    expect(findVerificationMethod({ id: DOC, assertionMethod: [`${DOC}#key-9`] }, DOC, `${DOC}#key-9`)).toEqual({ ok: false, reason: 'absent' });
  });

  it('refuses a document that holds two different methods with one id', () => {
    const twice = { id: DOC, verificationMethod: [key1, { ...key1, publicKeyMultibase: 'z6MkOther' }] };
    expect(findVerificationMethod(twice, DOC, key1.id)).toEqual({ ok: false, reason: 'ambiguous' });
    expect(findVerificationMethod({ id: DOC, verificationMethod: [key1], assertionMethod: [key1] }, DOC, key1.id)).toMatchObject({ ok: true, purposes: ['assertionMethod'] });
  });
});

describe('listsAnyMethod', () => {
  it('tells a document that lists keys from a Profile that lists none', () => {
    expect(listsAnyMethod({ id: DOC, verificationMethod: [key1] })).toBe(true);
    expect(listsAnyMethod({ id: DOC, assertionMethod: [key3] })).toBe(true);
    expect(listsAnyMethod({ id: DOC, type: 'Profile', name: 'Example College', verificationMethod: [] })).toBe(false);
  });
});
