import jsonld from 'jsonld';
import { createBundledDocumentLoader } from '../../core/jsonld/document-loader.ts';

// The contexts Badge Lens ships, and only those: signing never fetches either.
const documentLoader = createBundledDocumentLoader();

/** An Ed25519 key made by WebCrypto for one test: the raw public key and a signer. */
export interface TestKey {
  readonly publicKey: Uint8Array;
  readonly sign: (data: Uint8Array) => Promise<Uint8Array>;
}

export async function generateKey(): Promise<TestKey> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const publicKey = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return { publicKey, sign: async (data) => new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, pair.privateKey, data as Uint8Array<ArrayBuffer>)) };
}

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** Base58btc (Bitcoin alphabet), written here apart from the decoder under test. */
export function base58btc(bytes: Uint8Array): string {
  let n = 0n;
  for (const byte of bytes) n = n * 256n + BigInt(byte);
  let out = '';
  while (n > 0n) {
    out = ALPHABET[Number(n % 58n)]! + out;
    n /= 58n;
  }
  for (const byte of bytes) {
    if (byte !== 0) break;
    out = `1${out}`;
  }
  return out;
}

export interface ProofOptions {
  readonly type?: 'DataIntegrityProof' | 'Ed25519Signature2020';
  readonly cryptosuite?: string;
  readonly created?: string;
  readonly verificationMethod?: string;
  readonly proofPurpose?: string;
  /** More proof options (a `@context`, a `challenge`), signed with the others. */
  readonly extra?: Record<string, unknown>;
  /**
   * false signs what JSON-LD keeps of the credential and silently drops what its contexts do not define,
   * as a careless (or crafty) issuer's tool would. Default true: such a credential cannot be signed.
   */
  readonly safe?: boolean;
}

const sha256 = async (text: string): Promise<Uint8Array> => new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));

/**
 * Signs a credential as an issuer would: vc-di-eddsa §3.3 (transformation, proof configuration, hashing,
 * then Ed25519 over proofConfigHash ‖ documentHash), canonicalising with jsonld itself and hashing with
 * WebCrypto rather than the code under test; only the bundled context documents are shared with it. A
 * credential that already has proofs gets one more, over the credential without them (a set).
 */
export async function signCredential(credential: Record<string, unknown>, key: TestKey, options: ProofOptions = {}): Promise<Record<string, unknown>> {
  const { proof: existing, ...unsecured } = credential;
  const type = options.type ?? 'DataIntegrityProof';
  const proofOptions: Record<string, unknown> = {
    type,
    ...(type === 'DataIntegrityProof' ? { cryptosuite: options.cryptosuite ?? 'eddsa-rdfc-2022' } : {}),
    created: options.created ?? '2025-01-01T00:00:00Z',
    verificationMethod: options.verificationMethod ?? 'https://issuer.example/issuers/1#key-1',
    proofPurpose: options.proofPurpose ?? 'assertionMethod',
    ...options.extra,
  };
  const proofConfig = { '@context': unsecured['@context'], ...proofOptions };
  const canonize = (document: object): Promise<string> =>
    jsonld.canonize(document, { algorithm: 'RDFC-1.0', format: 'application/n-quads', documentLoader, safe: options.safe ?? true, base: null });
  let canonical: [string, string];
  try {
    canonical = [await canonize(proofConfig), await canonize(unsecured)];
  } catch (error) {
    throw new Error(`cannot sign: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const hashData = new Uint8Array([...(await sha256(canonical[0])), ...(await sha256(canonical[1]))]);
  const proof = { ...proofOptions, proofValue: `z${base58btc(await key.sign(hashData))}` };
  const proofs = existing === undefined ? [] : Array.isArray(existing) ? existing : [existing];
  return { ...credential, proof: proofs.length === 0 ? proof : [...proofs, proof] };
}
