/**
 * DCC's credential verification as verifier-core runs it (@digitalcredentials/vc with the
 * Ed25519Signature2020 and eddsa-rdfc-2022 suites and DCC's security document loader), without
 * verifier-core's issuer-registry and schema steps, which reach the network. Plain JavaScript, so that
 * the cold bench's fresh Node processes import it as it is.
 *
 * @returns {Promise<(credential: unknown) => Promise<boolean>>}
 */
export async function dccVerifier() {
  const vc = await import('@digitalcredentials/vc');
  const { securityLoader } = await import('@digitalcredentials/security-document-loader');
  const { DataIntegrityProof } = await import('@digitalcredentials/data-integrity');
  const { cryptosuite } = await import('@digitalcredentials/eddsa-rdfc-2022-cryptosuite');
  const { Ed25519Signature2020 } = await import('@digitalcredentials/ed25519-signature-2020');
  const documentLoader = securityLoader({ fetchRemoteContexts: false }).build();
  const suite = [new Ed25519Signature2020(), new DataIntegrityProof({ cryptosuite })];
  return async (credential) => (await vc.verifyCredential({ credential, suite, documentLoader, verifyMatchingIssuers: false })).verified === true;
}
