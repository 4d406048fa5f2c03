import { describe, expect, it } from 'vitest';
import { listProofs } from '../../../../../core/verify/vc/data-integrity/proof-set.ts';
import { identifySuite, isLegacySuite, suiteLabel } from '../../../../../core/verify/vc/data-integrity/suites.ts';

const eddsa = { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', verificationMethod: 'did:key:z6Mk1#z6Mk1', proofPurpose: 'assertionMethod', created: '2025-01-01T00:00:00Z', proofValue: 'z1' };
const ed2020 = { type: 'Ed25519Signature2020', verificationMethod: { id: 'https://issuer.example/keys#1', type: 'Ed25519VerificationKey2020' }, proofPurpose: 'assertionMethod', proofValue: 'z2' };
const sd = { type: 'DataIntegrityProof', cryptosuite: 'ecdsa-sd-2023', verificationMethod: 'did:key:zDna#zDna', proofPurpose: 'assertionMethod', proofValue: 'u3' };

describe('listProofs', () => {
  it('lists a single proof with its suite, verification method and purpose', () => {
    expect(listProofs({ proof: eddsa })).toEqual([
      { proof: eddsa, index: 0, type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', suite: 'eddsa-rdfc-2022', verificationMethod: 'did:key:z6Mk1#z6Mk1', proofPurpose: 'assertionMethod', created: '2025-01-01T00:00:00Z' },
    ]);
  });

  it('lists every proof of a set, in order, saying why one cannot be checked', () => {
    const entries = listProofs({ proof: [sd, ed2020, 'not a proof'] });
    expect(entries.map((e) => [e.index, e.suite, e.verificationMethod, e.problem])).toEqual([
      [0, undefined, 'did:key:zDna#zDna', 'The proof uses the ecdsa-sd-2023 cryptosuite, which Badge Lens cannot check yet.'],
      [1, 'Ed25519Signature2020', 'https://issuer.example/keys#1', undefined],
      [2, undefined, undefined, 'The proof is not a JSON object.'],
    ]);
  });

  it.each([['no proof', {}], ['a credential that is not an object', 'eyJhbGciOi…'], ['a null proof', { proof: null }]])('lists nothing for %s', (_name, credential) => {
    expect(listProofs(credential)).toEqual([]);
  });
});

describe('identifySuite', () => {
  it.each([
    [eddsa, 'eddsa-rdfc-2022'],
    [{ ...eddsa, cryptosuite: 'eddsa-2022' }, 'eddsa-2022'],
    [ed2020, 'Ed25519Signature2020'],
  ])('knows %j', (proof, suite) => {
    expect(identifySuite(proof)).toEqual({ ok: true, suite });
  });

  it('marks only eddsa-2022 as a legacy name, and labels suites for messages', () => {
    expect([isLegacySuite('eddsa-2022'), isLegacySuite('eddsa-rdfc-2022'), isLegacySuite('Ed25519Signature2020')]).toEqual([true, false, false]);
    expect(suiteLabel('eddsa-rdfc-2022')).toBe('DataIntegrityProof (eddsa-rdfc-2022)');
    expect(suiteLabel('Ed25519Signature2020')).toBe('Ed25519Signature2020');
  });
});
