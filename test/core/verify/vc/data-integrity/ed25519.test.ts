import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { verifyEd25519 } from '../../../../../core/verify/vc/data-integrity/ed25519.ts';
import { generateKey, type TestKey } from '../../../../support/sign-credential.ts';

const message = new TextEncoder().encode('hashData');
let key: TestKey;
let signature: Uint8Array;
beforeAll(async () => {
  key = await generateKey();
  signature = await key.sign(message);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const tampered = (bytes: Uint8Array, at: number): Uint8Array => bytes.map((b, i) => (i === at ? b ^ 1 : b));

// The same verdicts with WebCrypto, where it has no Ed25519, and where there is no WebCrypto at all.
describe.each([
  ['with WebCrypto', () => {}],
  ['where WebCrypto has no Ed25519', () => vi.stubGlobal('crypto', { subtle: { importKey: () => Promise.reject(new DOMException('Unrecognized name.', 'NotSupportedError')) } })],
  ['without WebCrypto (a page served over http)', () => vi.stubGlobal('crypto', undefined)],
])('verifyEd25519 %s', (_where, arrange) => {
  it('accepts a good signature', async () => {
    arrange();
    expect(await verifyEd25519(key.publicKey, signature, message)).toBe(true);
  });

  it('refuses a changed message, a changed signature and another key', async () => {
    arrange();
    expect(await verifyEd25519(key.publicKey, signature, tampered(message, 0))).toBe(false);
    expect(await verifyEd25519(key.publicKey, tampered(signature, 10), message)).toBe(false);
    expect(await verifyEd25519(tampered(key.publicKey, 5), signature, message)).toBe(false);
  });

  it('refuses a signature whose S is not reduced (RFC 8032 §5.1.7: S < L)', async () => {
    arrange();
    // S + L encodes the same scalar; strict verifiers refuse it, ZIP-215 would too, but it must never pass.
    const L = 2n ** 252n + 27742317777372353535851937790883648493n;
    let s = 0n;
    for (let i = 31; i >= 0; i--) s = (s << 8n) | BigInt(signature[32 + i]!);
    const sPlusL = s + L;
    const forged = signature.slice();
    for (let i = 0; i < 32; i++) forged[32 + i] = Number((sPlusL >> BigInt(8 * i)) & 0xffn);
    expect(await verifyEd25519(key.publicKey, forged, message)).toBe(false);
  });
});
