import type { VerifyCase, VerifySource } from '../verify-ob2/case.ts';

/**
 * One peer case for OB 3.0 / CLR 2.0 verification: the OB 2.0 suite's case (input, the peer's own words,
 * the expected report, `differs` with a reason) and one more thing to show.
 */
export interface VcCase extends VerifyCase {
  /**
   * Every embedded proof verifies on its own, with the key its did:key names, whatever the verdict: the
   * peer's signature is good even where Badge Lens decides otherwise for a reason that is not the signature
   * (the key is not the issuer's, the document is not a badge).
   */
  readonly proofAlone?: true;
}

export interface VcSource extends VerifySource {
  readonly cases: readonly VcCase[];
}
