import { gzipSync } from 'node:zlib';
import { ED25519_2020, STATUS_LIST_2021, VC_V1, VC_V2 } from './ob3-credentials.ts';

/** Status lists as issuers publish them (unsigned here; the world's issuers sign them), and the entries that point into them. */

type Json = Record<string, unknown>;

/** The fewest entries Bitstring Status List v1.0 allows (§Validate Algorithm step 9). */
export const MIN_ENTRIES = 131_072;

/** A one-bit-per-entry list of MIN_ENTRIES entries with `set` on, index 0 the most significant bit of byte 0. */
export function bits(set: readonly number[], entries = MIN_ENTRIES): Uint8Array {
  const bytes = new Uint8Array(entries / 8);
  for (const index of set) bytes[index >> 3]! |= 0x80 >> (index & 7);
  return bytes;
}

/** A BitstringStatusListCredential (VCDM 2.0): `encodedList` is Multibase base64url of GZIP. */
export function bitstringListCredential(url: string, issuerId: string, purpose: string, set: readonly number[]): Json {
  return {
    '@context': [VC_V2],
    id: url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: issuerId,
    validFrom: '2025-01-01T00:00:00Z',
    credentialSubject: { id: `${url}#list`, type: 'BitstringStatusList', statusPurpose: purpose, encodedList: `u${gzipSync(bits(set)).toString('base64url')}` },
  };
}

export function bitstringEntry(url: string, index: number, purpose = 'revocation'): Json {
  return { id: `${url}#${index}`, type: 'BitstringStatusListEntry', statusPurpose: purpose, statusListIndex: String(index), statusListCredential: url };
}

/** A StatusList2021Credential (VCDM 1.1, signed with Ed25519Signature2020 as DCC's issuers do): base64 of GZIP. */
export function statusList2021Credential(url: string, issuerId: string, set: readonly number[]): Json {
  return {
    '@context': [VC_V1, STATUS_LIST_2021, ED25519_2020],
    id: url,
    type: ['VerifiableCredential', 'StatusList2021Credential'],
    issuer: issuerId,
    issuanceDate: '2025-01-01T00:00:00Z',
    credentialSubject: { id: `${url}#list`, type: 'StatusList2021', statusPurpose: 'revocation', encodedList: gzipSync(bits(set)).toString('base64') },
  };
}

export function statusList2021Entry(url: string, index: number): Json {
  return { id: `${url}#${index}`, type: 'StatusList2021Entry', statusPurpose: 'revocation', statusListIndex: String(index), statusListCredential: url };
}

/** The contexts a VCDM 1.1 credential needs for a StatusList2021Entry and an Ed25519Signature2020 proof. */
export const STATUS_LIST_2021_CONTEXTS = [VC_V1, STATUS_LIST_2021, ED25519_2020];
