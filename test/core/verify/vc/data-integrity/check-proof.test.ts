import { beforeAll, describe, expect, it } from 'vitest';
import { createBundledDocumentLoader } from '../../../../../core/jsonld/document-loader.ts';
import { checkDataIntegrityProof } from '../../../../../core/verify/vc/data-integrity/check-proof.ts';
import { achievementCredential as bareCredential } from '../../../../support/ob3-documents.ts';
import { base58btc, generateKey, signCredential, type TestKey } from '../../../../support/sign-credential.ts';

const documentLoader = createBundledDocumentLoader();
const ED25519_2020 = 'https://w3id.org/security/suites/ed25519-2020/v1';

/** An OB 3.0 AchievementCredential; its credentialSchema and credentialStatus types need OB's extensions context. */
function achievementCredential(): Record<string, unknown> {
  const credential = bareCredential();
  return { ...credential, '@context': [...(credential['@context'] as string[]), 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json'] };
}

let key: TestKey;
let other: TestKey;
beforeAll(async () => {
  [key, other] = await Promise.all([generateKey(), generateKey()]);
});

type Doc = Record<string, unknown>;
const proofOf = (signed: Doc, index = 0): unknown => (Array.isArray(signed.proof) ? signed.proof[index] : signed.proof);
const check = (signed: Doc, publicKey = key.publicKey, proof = proofOf(signed)) => checkDataIntegrityProof(signed, proof, publicKey, { documentLoader });
/** A copy to change, as an attacker would the JSON of a signed credential. */
const copy = (d: Doc): Doc => structuredClone(d);

describe('checkDataIntegrityProof with eddsa-rdfc-2022', () => {
  let signed: Doc;
  beforeAll(async () => {
    signed = await signCredential(achievementCredential(), key);
  });

  it('verifies an OB 3.0 credential signed with the key', async () => {
    expect(await check(signed)).toEqual({ ok: true, suite: 'eddsa-rdfc-2022' });
  });

  it('refuses the signature under another key', async () => {
    expect(await check(signed, other.publicKey)).toMatchObject({ ok: false, reason: 'bad-signature', message: expect.stringMatching(/does not match this credential/) });
  });

  it.each<[string, (d: Doc) => void]>([
    ['its name changes', (d) => void (d.name = 'Leadership')],
    ["its achievement's criteria change", (d) => void (((d.credentialSubject as Doc).achievement as Doc).criteria = { narrative: 'Nothing at all.' })],
    ['its recipient changes', (d) => void ((d.credentialSubject as Doc).id = 'did:example:someone-else')],
    ['its validity is extended', (d) => void (d.validUntil = '2099-01-01T00:00:00Z')],
    ['a description is added', (d) => void (d.description = 'Added after signing.')],
  ])('refuses the credential once %s', async (_what, change) => {
    const changed = copy(signed);
    change(changed);
    expect(await check(changed)).toMatchObject({ ok: false, reason: 'bad-signature' });
  });

  it.each<[string, (p: Doc) => void]>([
    ['created', (p) => void (p.created = '2025-01-02T00:00:00Z')],
    ['verificationMethod', (p) => void (p.verificationMethod = 'https://attacker.example/keys#1')],
    ['proofPurpose', (p) => void (p.proofPurpose = 'authentication')],
  ])('refuses a proof whose %s changed after signing', async (_what, change) => {
    const changed = copy(signed);
    change(changed.proof as Doc);
    expect(await check(changed)).toMatchObject({ ok: false, reason: 'bad-signature' });
  });

  it('refuses a term no context defines, rather than dropping it (safe mode)', async () => {
    const changed = copy(signed);
    (changed.credentialSubject as Doc).nickname = 'added';
    expect(await check(changed)).toMatchObject({ ok: false, reason: 'canonicalisation', message: expect.stringMatching(/"nickname"/) });
  });

  it('names a context it does not know, without fetching it', async () => {
    const changed = copy(signed);
    changed['@context'] = [...(changed['@context'] as string[]), 'https://attacker.example/context.json'];
    expect(await check(changed)).toEqual({
      ok: false,
      reason: 'unknown-context',
      url: 'https://attacker.example/context.json',
      message: 'This credential uses a JSON-LD context Badge Lens does not know: https://attacker.example/context.json; it was not fetched.',
    });
  });

  it('refuses the credential once its OB 3.0.3 context is swapped for 3.0.2, which gives some terms other IRIs', async () => {
    const changed = copy(signed);
    (changed['@context'] as string[])[1] = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json';
    expect(await check(changed)).toMatchObject({ ok: false, reason: 'bad-signature' });
  });

  it('refuses a credential read under another known context that cannot express its proof', async () => {
    // VC 1.1 instead of 2.0: it has no DataIntegrityProof terms, so the proof itself cannot be read.
    const changed = copy(signed);
    (changed['@context'] as string[])[0] = 'https://www.w3.org/2018/credentials/v1';
    expect(await check(changed)).toMatchObject({
      ok: false,
      reason: 'canonicalisation',
      message: expect.stringMatching(/^The proof's options are not valid JSON-LD under the credential's contexts: the term "created"/),
    });
  });

  it('verifies a proof that carries the credential’s @context (vc-di-eddsa §3.3.2 step 4)', async () => {
    const credential = achievementCredential();
    const withContext = await signCredential(credential, key, { extra: { '@context': credential['@context'] } });
    expect(await check(withContext)).toEqual({ ok: true, suite: 'eddsa-rdfc-2022' });
  });

  it("refuses a proof whose @context does not begin the credential's", async () => {
    const credential = achievementCredential();
    const withContext = await signCredential(credential, key, { extra: { '@context': credential['@context'] } });
    (withContext.proof as Doc)['@context'] = [...(credential['@context'] as string[])].reverse();
    expect(await check(withContext)).toMatchObject({ ok: false, reason: 'malformed', message: expect.stringMatching(/@context/) });
  });

  it('accepts the earlier name eddsa-2022 for the same algorithm', async () => {
    const legacy = await signCredential(achievementCredential(), key, { cryptosuite: 'eddsa-2022' });
    expect(await check(legacy)).toEqual({ ok: true, suite: 'eddsa-2022' });
  });

  it('refuses an eddsa-rdfc-2022 signature relabelled eddsa-2022: the cryptosuite is signed', async () => {
    const relabelled = copy(signed);
    (relabelled.proof as Doc).cryptosuite = 'eddsa-2022';
    expect(await check(relabelled)).toMatchObject({ ok: false, reason: 'bad-signature' });
  });
});

describe('checkDataIntegrityProof with Ed25519Signature2020', () => {
  const credential2020 = (): Doc => {
    const credential = achievementCredential();
    return { ...credential, '@context': [...(credential['@context'] as string[]), ED25519_2020] };
  };

  it('verifies a credential signed with the key', async () => {
    const signed = await signCredential(credential2020(), key, { type: 'Ed25519Signature2020' });
    expect(await check(signed)).toEqual({ ok: true, suite: 'Ed25519Signature2020' });
  });

  it('refuses it once changed', async () => {
    const signed = await signCredential(credential2020(), key, { type: 'Ed25519Signature2020' });
    signed.name = 'Changed';
    expect(await check(signed)).toMatchObject({ ok: false, reason: 'bad-signature' });
  });

  it("refuses a credential whose @context does not name the suite's context", async () => {
    const signed = await signCredential(credential2020(), key, { type: 'Ed25519Signature2020' });
    signed['@context'] = (signed['@context'] as string[]).filter((url) => url !== ED25519_2020);
    expect(await check(signed)).toMatchObject({ ok: false, reason: 'malformed', message: expect.stringContaining(ED25519_2020) });
  });
});

describe('a proof set', () => {
  it('verifies each proof on its own, over the credential without any proof', async () => {
    const once = await signCredential({ ...achievementCredential(), '@context': [...(achievementCredential()['@context'] as string[]), ED25519_2020] }, key);
    const twice = await signCredential(once, other, { type: 'Ed25519Signature2020', verificationMethod: 'https://issuer.example/issuers/1#key-2' });
    expect(await check(twice, key.publicKey, proofOf(twice, 0))).toEqual({ ok: true, suite: 'eddsa-rdfc-2022' });
    expect(await check(twice, other.publicKey, proofOf(twice, 1))).toEqual({ ok: true, suite: 'Ed25519Signature2020' });
    expect(await check(twice, key.publicKey, proofOf(twice, 1))).toMatchObject({ ok: false, reason: 'bad-signature' });
  });
});

describe('what checkDataIntegrityProof does not check', () => {
  const proof = (fields: Doc): Doc => ({ created: '2025-01-01T00:00:00Z', verificationMethod: 'https://issuer.example/issuers/1#key-1', proofPurpose: 'assertionMethod', proofValue: 'z1111', ...fields });

  it.each([
    ['ecdsa-sd-2023', proof({ type: 'DataIntegrityProof', cryptosuite: 'ecdsa-sd-2023' }), /ecdsa-sd-2023 cryptosuite, which Badge Lens cannot check yet/],
    ['ecdsa-rdfc-2019', proof({ type: 'DataIntegrityProof', cryptosuite: 'ecdsa-rdfc-2019' }), /ecdsa-rdfc-2019 cryptosuite, which Badge Lens cannot check yet/],
    ['an unknown cryptosuite', proof({ type: 'DataIntegrityProof', cryptosuite: 'rot13-2025' }), /rot13-2025 cryptosuite \(an unknown one\)/],
    ['another proof type', proof({ type: 'JsonWebSignature2020' }), /of type JsonWebSignature2020, which Badge Lens cannot check/],
    ['a proof chain', proof({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', previousProof: 'urn:uuid:1' }), /proof chain/],
  ])('says %s is an unsupported suite', async (_name, p, message) => {
    const credential = { ...achievementCredential(), proof: p };
    expect(await check(credential, key.publicKey, p)).toMatchObject({ ok: false, reason: 'unsupported-suite', message: expect.stringMatching(message) });
  });

  it.each([
    ['a proof that is not an object', 'z1111', /not a JSON object/],
    ['a proof without a type', proof({}), /does not say what type/],
    ['a DataIntegrityProof without a cryptosuite', proof({ type: 'DataIntegrityProof' }), /does not name its cryptosuite/],
    ['no proofValue', proof({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofValue: undefined }), /proofValue is not a base58btc/],
    ['a base64url proofValue', proof({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofValue: `u${'A'.repeat(86)}` }), /proofValue is not a base58btc/],
    ['a proofValue of the wrong length', proof({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofValue: `z${base58btc(new Uint8Array(63).fill(7))}` }), /proofValue is not a base58btc/],
  ])('says %s is malformed', async (_name, p, message) => {
    const credential = { ...achievementCredential(), proof: p };
    expect(await check(credential, key.publicKey, p)).toMatchObject({ ok: false, reason: 'malformed', message: expect.stringMatching(message) });
  });

  it('says a key that is not 32 bytes is malformed', async () => {
    const signed = await signCredential(achievementCredential(), key);
    expect(await check(signed, key.publicKey.subarray(0, 31))).toMatchObject({ ok: false, reason: 'malformed', message: expect.stringMatching(/32-byte/) });
  });

  it('says a credential without @context is malformed', async () => {
    const { '@context': _dropped, ...signed } = await signCredential(achievementCredential(), key);
    expect(await check(signed)).toMatchObject({ ok: false, reason: 'malformed', message: expect.stringMatching(/no @context/) });
  });
});
