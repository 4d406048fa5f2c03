/**
 * What the bundled document loader throws for a context it does not ship: jsonld's loader contract is to
 * throw, and jsonld keeps this error as the `cause` of its own, so `canonicalise` can name the URL.
 * Callers never see it: `canonicalise` turns it into a value.
 */
export class UnknownContextError extends Error {
  override readonly name = 'UnknownContextError';
  readonly code = 'unknown-context';
  readonly url: string;

  constructor(url: string) {
    super(unknownContextMessage(url));
    this.url = url;
  }
}

/**
 * The sentence for a `fail` check with id 'context': contexts come only from the bundled set and an
 * unknown one is never fetched (DESIGN.md, Security rules).
 *
 * @example
 * fail('context', unknownContextMessage('https://example.org/my-context.json'))
 */
export function unknownContextMessage(url: string): string {
  return `This credential uses a JSON-LD context Badge Lens does not know: ${url}; it was not fetched.`;
}

/** Finds an UnknownContextError however deep jsonld wrapped it (`cause`, or `details.cause`). */
export function findUnknownContext(error: unknown): UnknownContextError | undefined {
  for (let at: unknown = error, depth = 0; at !== undefined && at !== null && depth < 8; depth++) {
    if (at instanceof UnknownContextError) return at;
    if (typeof at !== 'object') return undefined;
    const { cause, details } = at as { cause?: unknown; details?: { cause?: unknown } };
    at = cause ?? details?.cause;
  }
  return undefined;
}
