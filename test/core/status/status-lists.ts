import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { ListVerification } from '../../../core/status/status-options.ts';

type Json = Record<string, unknown>;

/** The smallest list Bitstring Status List v1.0 allows: 131,072 entries (16 KiB of one-bit entries). */
export const MIN_ENTRIES = 131_072;
export const ISSUER = 'did:example:registrar';
export const NOW = '2026-03-01T12:00:00Z';

/**
 * A bitstring of `entries` entries of `size` bits, with the entries given set: a list of indexes (value 1)
 * or index → value. Written bit by bit, MSB first, as the specification draws it.
 */
export function bitstring(entries: number, set: readonly number[] | Readonly<Record<number, number>>, size = 1): Uint8Array {
  const bytes = new Uint8Array(Math.ceil((entries * size) / 8));
  const values: [number, number][] = Array.isArray(set) ? set.map((i) => [i, 1]) : Object.entries(set).map(([i, v]) => [Number(i), v]);
  for (const [index, value] of values) {
    for (let bit = 0; bit < size; bit++) {
      if (((value >> (size - 1 - bit)) & 1) === 0) continue;
      const at = index * size + bit;
      bytes[at >> 3]! |= 0x80 >> (at & 7);
    }
  }
  return bytes;
}

/** Bitstring Status List `encodedList`: Multibase base64url (no padding) of GZIP. */
export const multibaseList = (bits: Uint8Array): string => `u${gzipSync(bits).toString('base64url')}`;
/** StatusList2021 `encodedList`: base64 of GZIP, no Multibase prefix. */
export const base64List = (bits: Uint8Array, alphabet: 'base64' | 'base64url' = 'base64url'): string => gzipSync(bits).toString(alphabet);

const digest = (doc: Json): string => createHash('sha256').update(JSON.stringify(doc)).digest('base64url');

/**
 * Stands in for a proof: a digest of the document without it. The verifier below recomputes it, so a list
 * changed after "signing" fails, as a real proof would; the real proof suites are tested where they live.
 */
export function signed(doc: Json): Json {
  const { proof: _proof, ...unsigned } = doc;
  return { ...unsigned, proof: { type: 'TestDigest', digestValue: digest(unsigned) } };
}

export async function verifyListCredential(document: unknown): Promise<ListVerification> {
  if (typeof document !== 'object' || document === null) return { verified: false, message: 'not a JSON credential' };
  const { proof, ...unsigned } = document as Json;
  const ok = (proof as Json | undefined)?.digestValue === digest(unsigned);
  return ok ? { verified: true, message: 'The digest matches.' } : { verified: false, message: 'The proof does not match the list.' };
}

/** A signed BitstringStatusListCredential at `url`. */
export function bitstringList(url: string, encodedList: string, overrides: Json = {}, subject: Json = {}): Json {
  return signed({
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: ISSUER,
    validFrom: '2025-01-01T00:00:00Z',
    credentialSubject: { id: `${url}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation', encodedList, ...subject },
    ...overrides,
  });
}

export function bitstringEntry(listUrl: string, index: number | string, overrides: Json = {}): Json {
  return { id: `${listUrl}#${index}`, type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListIndex: String(index), statusListCredential: listUrl, ...overrides };
}

/** An OB 3.0 credential with the given `credentialStatus` (its proof is another module's business). */
export function credentialWith(credentialStatus: unknown, overrides: Json = {}): Json {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id: 'urn:uuid:6f0c1e52-5e0b-4d8e-9d2c-3c7c2b9f6a10',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: ISSUER, type: ['Profile'], name: 'Example Registrar' },
    validFrom: '2025-06-01T00:00:00Z',
    credentialSubject: { type: ['AchievementSubject'], achievement: { id: 'urn:uuid:a1', type: ['Achievement'], name: 'Welding Safety' } },
    credentialStatus,
    ...overrides,
  };
}
