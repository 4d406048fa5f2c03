/** See dcc-verifier.mjs: DCC's verifier, set up once; the function it gives says whether a credential verified. */
export function dccVerifier(): Promise<(credential: unknown) => Promise<boolean>>;
