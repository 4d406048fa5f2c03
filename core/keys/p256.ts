// P-256 public keys travel compressed in multikeys (0x02/0x03 and x, 33 bytes), while a JWK needs y too.
// WebCrypto does not import compressed points everywhere, so y is recovered here: the curve's prime is
// 3 mod 4, so a square root is one modular power (SEC 1 §2.3.4, FIPS 186-4 D.1.2.3).
const P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn;
const B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn;

/**
 * The uncompressed point (0x04 ‖ x ‖ y, 65 bytes) for a compressed P-256 public key; undefined when the
 * bytes are not a point on the curve.
 */
export function decompressP256(compressed: Uint8Array): Uint8Array | undefined {
  if (compressed.length !== 33 || (compressed[0] !== 0x02 && compressed[0] !== 0x03)) return undefined;
  const x = toBigInt(compressed.subarray(1));
  if (x >= P) return undefined;
  const rhs = mod(x * x * x - 3n * x + B);
  let y = power(rhs, (P + 1n) / 4n);
  if (mod(y * y) !== rhs) return undefined; // x is not on the curve
  if ((y & 1n) !== BigInt(compressed[0]! & 1)) y = P - y;
  const out = new Uint8Array(65);
  out[0] = 0x04;
  out.set(compressed.subarray(1), 1);
  out.set(toBytes(y), 33);
  return out;
}

const mod = (n: bigint): bigint => ((n % P) + P) % P;

function power(base: bigint, exponent: bigint): bigint {
  let result = 1n;
  for (let b = mod(base), e = exponent; e > 0n; e >>= 1n, b = mod(b * b)) if (e & 1n) result = mod(result * b);
  return result;
}

function toBigInt(bytes: Uint8Array): bigint {
  let n = 0n;
  for (const byte of bytes) n = (n << 8n) | BigInt(byte);
  return n;
}

function toBytes(n: bigint): Uint8Array {
  const out = new Uint8Array(32);
  for (let i = 31; i >= 0; i--, n >>= 8n) out[i] = Number(n & 0xffn);
  return out;
}
