// DCC's verifier packages, which the OB 3.0 bench runs beside Badge Lens, ship no types; the bench only
// calls what it names, and checks what they return.

declare module '@digitalcredentials/vc' {
  export function verifyCredential(options: { credential: unknown; suite: unknown[]; documentLoader: unknown; verifyMatchingIssuers?: boolean }): Promise<unknown>;
}
declare module '@digitalcredentials/security-document-loader' {
  export function securityLoader(options?: { fetchRemoteContexts?: boolean }): { build(): unknown };
}
declare module '@digitalcredentials/data-integrity' {
  export const DataIntegrityProof: new (options: { cryptosuite: unknown }) => object;
}
declare module '@digitalcredentials/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: unknown;
}
declare module '@digitalcredentials/ed25519-signature-2020' {
  export const Ed25519Signature2020: new () => object;
}
