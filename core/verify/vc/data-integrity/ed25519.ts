/**
 * Verifies an Ed25519 signature (RFC 8032 §5.1.7) with a raw 32-byte public key.
 *
 * WebCrypto first: it is native, and Node 20, Chromium ≥ 137, Firefox ≥ 129 and Safari ≥ 17 have
 * Ed25519. Where it is missing (older browsers, Firefox ESR 128) or where WebCrypto itself is (a page
 * served over plain http has no `crypto.subtle`), @noble/curves does the same check in JavaScript,
 * loaded only then, with ZIP-215 off so that it accepts exactly what RFC 8032 accepts.
 */
export async function verifyEd25519(publicKey: Uint8Array, signature: Uint8Array, message: Uint8Array): Promise<boolean> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle !== undefined) {
    const verdict = await verifyWithWebCrypto(subtle, publicKey, signature, message);
    if (verdict !== 'unsupported') return verdict;
  }
  const { ed25519 } = await import('@noble/curves/ed25519.js');
  try {
    return ed25519.verify(signature, message, publicKey, { zip215: false });
  } catch {
    return false;
  }
}

async function verifyWithWebCrypto(subtle: SubtleCrypto, publicKey: Uint8Array, signature: Uint8Array, message: Uint8Array): Promise<boolean | 'unsupported'> {
  let key: CryptoKey;
  try {
    key = await subtle.importKey('raw', bufferOf(publicKey), { name: 'Ed25519' }, false, ['verify']);
  } catch (error) {
    // NotSupportedError: this engine has no Ed25519. Anything else: the bytes are not a public key.
    return error instanceof Error && error.name === 'NotSupportedError' ? 'unsupported' : false;
  }
  try {
    return await subtle.verify({ name: 'Ed25519' }, key, bufferOf(signature), bufferOf(message));
  } catch {
    return false;
  }
}

/** WebCrypto takes ArrayBuffer-backed views only; a view of a SharedArrayBuffer is copied. */
function bufferOf(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}
