import type { CanonicaliseOptions } from '../../../jsonld/canonicalise.ts';
import { decodeBase58 } from '../../../keys/base58.ts';
import { isRecord, str } from '../../../util/json.ts';
import { ed25519Verifier } from './ed25519.ts';
import { hashData } from './hash-data.ts';
import { signedParts } from './proof-configuration.ts';
import type { ProofCheckResult, ProofFailure } from './proof-result.ts';
import { identifySuite, suiteLabel } from './suites.ts';

export type ProofCheckOptions = CanonicaliseOptions;

/**
 * Checks one embedded proof of a credential with the issuer's Ed25519 public key (32 raw bytes; the
 * caller resolved the proof's verificationMethod and checked its proofPurpose).
 *
 * Suites: DataIntegrityProof with cryptosuite eddsa-rdfc-2022 (vc-di-eddsa §3.3) or its earlier name
 * eddsa-2022 (accepted; the caller warns), and Ed25519Signature2020. Anything else is
 * `unsupported-suite`. Expected outcomes are values; this never throws for a bad credential.
 *
 * @example
 * const result = await checkDataIntegrityProof(credential, entry.proof, key.ed25519, {
 *   documentLoader: createBundledDocumentLoader(),
 * });
 * if (!result.ok && result.reason === 'unknown-context') checks.push(fail('context', result.message));
 */
export async function checkDataIntegrityProof(
  credential: unknown,
  proof: unknown,
  publicKeyEd25519: Uint8Array,
  options: ProofCheckOptions,
): Promise<ProofCheckResult> {
  if (!isRecord(credential)) return malformed('The credential is not a JSON object.');
  const identified = identifySuite(proof);
  if (!identified.ok) return identified;
  const { suite } = identified;
  const record = proof as Readonly<Record<string, unknown>>;
  if (record.previousProof !== undefined) {
    // VC Data Integrity 'Proof Chains': a chained proof signs the earlier proofs too; no Open Badge uses them.
    return { ok: false, reason: 'unsupported-suite', message: 'The proof is part of a proof chain (previousProof), which Badge Lens cannot check.' };
  }
  const proofValue = str(record.proofValue);
  // vc-di-eddsa §2.2.1 and §3.3.2 step 3, and the Ed25519Signature2020 suite alike: the signature as
  // multibase base58btc, `z` then base58 (draft-msporny-base58).
  const signature = proofValue?.startsWith('z') ? decodeBase58(proofValue.slice(1)) : undefined;
  if (signature?.length !== 64) return malformed(`The ${suiteLabel(suite)} proof's proofValue is not a base58btc-encoded Ed25519 signature.`);
  if (publicKeyEd25519.length !== 32) return malformed('The key given for the proof is not a 32-byte Ed25519 public key.');

  const parts = signedParts(credential, record, suite);
  if ('ok' in parts) return parts;
  // The key is imported while the credential is canonicalised, which takes about as long.
  const verifier = ed25519Verifier(publicKeyEd25519);
  const data = await hashData(parts, options);
  if (!data.ok) return data;
  return (await verifier(signature, data.bytes))
    ? { ok: true, suite }
    : {
        ok: false,
        reason: 'bad-signature',
        message: `The ${suiteLabel(suite)} signature does not match this credential: it was changed after it was signed, or signed with another key.`,
      };
}

function malformed(message: string): ProofFailure {
  return { ok: false, reason: 'malformed', message };
}
