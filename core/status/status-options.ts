/** What the status list credential's own verification answered. */
export interface ListVerification {
  readonly verified: boolean;
  /** A sentence for the user: why it was or was not verified. */
  readonly message: string;
}

/**
 * How credential status is checked. The status list is a credential itself and must be verified like one
 * (Bitstring Status List v1.0 §Validate Algorithm step 4); the core's credential verifier lives elsewhere
 * and comes in here, so this folder depends on no proof suite.
 *
 * @example
 * const checks = await credentialStatusChecks(session, credential, {
 *   verifyListCredential: async (list) => {
 *     const report = await verifyCredentialProof(list);
 *     return { verified: report.ok, message: report.message };
 *   },
 * });
 */
export interface StatusOptions {
  /**
   * Verifies a fetched status list credential: a JSON object, or the compact JWS of a VC-JWT. `url` is
   * where it came from. Without it, no status list is trusted and those checks stay undecided.
   */
  readonly verifyListCredential?: (document: unknown, url: string) => Promise<ListVerification>;
  /** The most a status list may expand to. Default 16 MiB (134 million one-bit entries). */
  readonly maxListBytes?: number;
  /**
   * The fewest entries a status list may hold. Default 131,072 (Bitstring Status List v1.0 §Validate
   * Algorithm step 2), which the specification lets "a specific ecosystem specification" lower.
   */
  readonly minimumEntries?: number;
}

export const DEFAULT_MAX_LIST_BYTES = 16 * 1024 * 1024;
export const DEFAULT_MINIMUM_ENTRIES = 131_072;
