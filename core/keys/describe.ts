/** Wording shared by the keys' checks: messages are read by recruiters, ids can be a kilobyte long. */

/** An id cut to a length a sentence can carry. */
export function shortId(id: string, max = 90): string {
  return id.length <= max ? id : `${id.slice(0, max - 1)}…`;
}

// DID Core §5.3 verification relationships, said in words.
const PURPOSES: Readonly<Record<string, string>> = {
  assertionMethod: 'signing credentials',
  authentication: 'logging in',
  capabilityInvocation: 'invoking capabilities',
  capabilityDelegation: 'delegating capabilities',
  keyAgreement: 'encryption',
};

export function purposeWords(purpose: string): string {
  return PURPOSES[purpose] ?? `"${shortId(purpose, 40)}"`;
}
