/**
 * Thrown only for misuse of the API (an image that cannot be baked, an argument of the wrong kind).
 * Expected outcomes — no badge in an image, a failed signature — are values, never exceptions.
 *
 * @example
 * try { bakePng(bytes, payload) } catch (e) {
 *   if (e instanceof BadgeLensError && e.code === 'invalid-image') showMessage(e.message);
 * }
 */
export class BadgeLensError extends Error {
  override readonly name = 'BadgeLensError';
  readonly code: BadgeLensErrorCode;

  constructor(code: BadgeLensErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

export type BadgeLensErrorCode = 'invalid-image' | 'invalid-payload' | 'invalid-argument';
