/** Checks Ed25519 signatures with one public key; see ed25519Verifier. */
export type Ed25519Verifier = (signature: Uint8Array, message: Uint8Array) => Promise<boolean>;

/**
 * Verifies Ed25519 signatures (RFC 8032 §5.1.7) with a raw 32-byte public key. The key is imported at
 * once, so that the import runs while the caller is still building the message (a Data Integrity proof
 * canonicalises the credential meanwhile); the verdicts are the same as importing it later.
 *
 * WebCrypto first: it is native, and Node 20, Chromium ≥ 137, Firefox ≥ 129 and Safari ≥ 17 have
 * Ed25519. Where it is missing (older browsers, Firefox ESR 128) or where WebCrypto itself is (a page
 * served over plain http has no `crypto.subtle`), @noble/curves does the same check in JavaScript,
 * loaded only then, with ZIP-215 off so that it accepts exactly what RFC 8032 accepts.
 *
 * @example
 * const verifier = ed25519Verifier(publicKey);
 * const message = await buildMessage();
 * if (await verifier(signature, message)) proven();
 */
export function ed25519Verifier(publicKey: Uint8Array): Ed25519Verifier {
  const subtle = globalThis.crypto?.subtle;
  const imported = subtle === undefined ? Promise.resolve<'unsupported'>('unsupported') : importWithWebCrypto(subtle, publicKey);
  return async (signature, message) => {
    const key = await imported;
    if (key === 'invalid') return false;
    if (key !== 'unsupported' && subtle !== undefined) {
      try {
        return await subtle.verify({ name: 'Ed25519' }, key, bufferOf(signature), bufferOf(message));
      } catch {
        return false;
      }
    }
    const { ed25519 } = await import('@noble/curves/ed25519.js');
    try {
      return ed25519.verify(signature, message, publicKey, { zip215: false });
    } catch {
      return false;
    }
  };
}

/** Verifies one Ed25519 signature (see ed25519Verifier). */
export function verifyEd25519(publicKey: Uint8Array, signature: Uint8Array, message: Uint8Array): Promise<boolean> {
  return ed25519Verifier(publicKey)(signature, message);
}

/** Never rejects, so that an import nobody waits for (the message could not be built) is no unhandled rejection. */
async function importWithWebCrypto(subtle: SubtleCrypto, publicKey: Uint8Array): Promise<CryptoKey | 'unsupported' | 'invalid'> {
  try {
    return await subtle.importKey('raw', bufferOf(publicKey), { name: 'Ed25519' }, false, ['verify']);
  } catch (error) {
    // NotSupportedError: this engine has no Ed25519. Anything else: the bytes are not a public key.
    return error instanceof Error && error.name === 'NotSupportedError' ? 'unsupported' : 'invalid';
  }
}

/** WebCrypto takes ArrayBuffer-backed views only; a view of a SharedArrayBuffer is copied. */
function bufferOf(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}
