import { inflateBounded } from '../bake/inflate.ts';
import { base64urlToBytes } from '../util/base64url.ts';

/**
 * How a list's `encodedList` is written. Bitstring Status List v1.0 §Bitstring Expansion Algorithm:
 * Multibase, and only its base64url form (`u`, no padding). StatusList2021 §2.2 (StatusList2021Credential):
 * "base-64 encoded" without a Multibase prefix; issuers write either alphabet, with or without padding.
 */
export type ListEncoding = 'multibase-base64url' | 'base64';

export type DecodedList = { readonly ok: true; readonly bits: Uint8Array } | { readonly ok: false; readonly problem: string };

/**
 * The uncompressed bitstring of a status list, gunzipped within `maxBytes`: a list is untrusted input
 * until its bits are read, and a few kilobytes of GZIP can expand to gigabytes.
 */
export function decodeEncodedList(encodedList: unknown, encoding: ListEncoding, maxBytes: number): DecodedList {
  if (typeof encodedList !== 'string' || encodedList === '') return { ok: false, problem: 'it has no encodedList' };
  let text = encodedList.trim().replace(/=+$/, '');
  if (encoding === 'multibase-base64url') {
    if (!text.startsWith('u')) return { ok: false, problem: 'its encodedList is not Multibase base64url (it must start with "u")' };
    text = text.slice(1);
  } else {
    text = text.replace(/\+/g, '-').replace(/\//g, '_');
  }
  const compressed = base64urlToBytes(text);
  if (compressed === undefined) return { ok: false, problem: 'its encodedList is not base64' };
  const inflated = inflateBounded(compressed, 'gzip', maxBytes);
  if (!inflated.ok && inflated.reason === 'too-large') return { ok: false, problem: `its list expands to more than ${formatMiB(maxBytes)}, which is refused` };
  if (!inflated.ok) return { ok: false, problem: 'its encodedList is not valid GZIP data' };
  return { ok: true, bits: inflated.bytes };
}

function formatMiB(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB`;
}
