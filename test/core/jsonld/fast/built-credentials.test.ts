import { describe, expect, it } from 'vitest';
import { signedParts } from '../../../../core/verify/vc/data-integrity/proof-configuration.ts';
import { benchCredential } from '../../../bench/inputs/credential.ts';
import * as built from '../../../support/ob3-credentials.ts';
import * as documents from '../../../support/ob3-documents.ts';
import { bitstringEntry, bitstringListCredential, statusList2021Credential, statusList2021Entry, STATUS_LIST_2021_CONTEXTS } from '../../../support/ob3-status.ts';
import { bothPaths, expectSameAsJsonld } from './differential.ts';

type Json = Record<string, unknown>;

const ISSUER = 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK';
const METHOD = `${ISSUER}#${ISSUER.slice('did:key:'.length)}`;
const LIST = 'https://issuer.example/status/1';

const dataIntegrityProof = (extra: Json = {}): Json => ({
  type: 'DataIntegrityProof',
  cryptosuite: 'eddsa-rdfc-2022',
  created: '2025-01-01T00:00:00Z',
  verificationMethod: METHOD,
  proofPurpose: 'assertionMethod',
  proofValue: 'z5vgFc9gTxXhWA7M1TKG6Dpy5dDx3aSHqSZsWZMqQe7bW2jkbWnhPqPPWfsRaa3hc5UmjuMo59JCKNpRGAZj8XE3R',
  ...extra,
});
function ed25519Signature2020(): Json {
  const { cryptosuite: _cryptosuite, ...proof } = dataIntegrityProof();
  return { ...proof, type: 'Ed25519Signature2020' };
}

/** The schema tests' documents name 1EdTech's schema validator and revocation list, which OB 3.0's extensions context defines. */
const withExtensions = (credential: Json): Json => ({ ...credential, '@context': [...(credential['@context'] as string[]), built.OB3_EXTENSIONS] });

/** The credentials the project's own tests and benches build, each with a proof as its issuer would add it. */
const credentials: [string, Json][] = [
  ['an OB 3.0 credential (VCDM 2.0)', { ...built.achievementCredential(ISSUER), proof: dataIntegrityProof() }],
  ['an OB 3.0 credential on VCDM 1.1', { ...built.achievementCredentialV1(ISSUER), proof: dataIntegrityProof() }],
  ['an OB 3.0 credential on VCDM 1.1 signed with Ed25519Signature2020', { ...built.achievementCredentialV1(ISSUER, { '@context': [built.VC_V1, built.OB3, built.ED25519_2020] }), proof: ed25519Signature2020() }],
  ['an EndorsementCredential', { ...built.endorsementCredential(ISSUER, built.ACHIEVEMENT_ID), proof: dataIntegrityProof() }],
  ['a credential with an embedded endorsement', { ...built.achievementCredential(ISSUER, { endorsement: [{ ...built.endorsementCredential(ISSUER, 'urn:uuid:1'), proof: dataIntegrityProof() }] }), proof: dataIntegrityProof() }],
  ['a CLR 2.0 holding two signed credentials', { ...built.clrCredential(ISSUER, [1, 2].map(() => ({ ...built.achievementCredential(ISSUER), proof: dataIntegrityProof() }))), proof: dataIntegrityProof() }],
  ['a credential with a Bitstring status entry', { ...built.achievementCredential(ISSUER, { credentialStatus: bitstringEntry(LIST, 7) }), proof: dataIntegrityProof() }],
  ['a BitstringStatusListCredential', { ...bitstringListCredential(LIST, ISSUER, 'revocation', [3, 7]), proof: dataIntegrityProof() }],
  ['a StatusList2021Credential', { ...statusList2021Credential(LIST, ISSUER, [3]), proof: ed25519Signature2020() }],
  ['a credential with a StatusList2021 entry', { ...built.achievementCredentialV1(ISSUER, { '@context': [...STATUS_LIST_2021_CONTEXTS, built.OB3], credentialStatus: statusList2021Entry(LIST, 3) }), proof: ed25519Signature2020() }],
  ['the schema tests’ full AchievementCredential', { ...withExtensions(documents.achievementCredential()), proof: dataIntegrityProof() }],
  ['the schema tests’ CLR, with a proof set', withExtensions({ ...documents.clrCredential([withExtensions(documents.achievementCredential()), documents.endorsementCredential()]), proof: [dataIntegrityProof(), dataIntegrityProof({ created: '2025-02-01T00:00:00Z' })] })],
  ['the benchmark’s Credly-like credential', structuredClone(benchCredential) as Json],
  ['a proof with its own @context (vc-di-eddsa §3.3.2 step 4.1)', { ...built.achievementCredential(ISSUER), proof: dataIntegrityProof({ '@context': [built.VC_V2, built.OB3] }) }],
];

describe('the fast path over the credentials Badge Lens’s own tests build', () => {
  it.each(credentials)('reads %s, and what its proofs sign, with jsonld’s bytes', async (name, credential) => {
    const proofs = [credential.proof].flat().filter((p): p is Json => typeof p === 'object' && p !== null);
    const signed = proofs.map((proof) => signedParts(credential, proof, proof.type === 'Ed25519Signature2020' ? 'Ed25519Signature2020' : 'eddsa-rdfc-2022'));
    const parts = signed.flatMap((p) => ('ok' in p ? [] : [p.unsecured, p.proofConfig]));
    expect(parts.length).toBe(2 * proofs.length);
    for (const [i, input] of [credential, ...parts].entries()) {
      const paths = await bothPaths(input);
      expect(paths.fast, `${name}, document ${i}`).toMatchObject({ covered: true });
      expectSameAsJsonld(`${name}, document ${i}`, paths);
    }
  });
});
