import { isRecord, str, type JsonRecord } from '../util/json.ts';

export type StatusListMethod = 'BitstringStatusListEntry' | 'StatusList2021Entry';

/** A `credentialStatus` entry that points into a status list, as read. */
export interface StatusListEntry {
  readonly method: StatusListMethod;
  readonly listUrl: string;
  readonly index: number;
  readonly purpose: string;
  /** Bits per entry. */
  readonly size: number;
  /** The entry's `statusMessage`, by status value. */
  readonly messages: ReadonlyMap<number, string>;
}

export type EntryRead = { readonly ok: true; readonly entry: StatusListEntry } | { readonly ok: false; readonly problem: string };

// 2^32 possible values would need a statusMessage of that many items (§BitstringStatusListEntry): no
// document can hold it, so anything larger is not a size a real list has.
const MAX_STATUS_SIZE = 32;

/**
 * Bitstring Status List v1.0 §BitstringStatusListEntry: `statusListCredential` (a URL), `statusListIndex`
 * (a base-10 integer ≥ 0 written as a string; 1EdTech's own fixtures write a number, read too),
 * `statusPurpose`, `statusSize` (default 1) and `statusMessage`. StatusList2021Entry has the first three
 * only, so its entries are always one bit.
 */
export function readStatusListEntry(record: JsonRecord, method: StatusListMethod): EntryRead {
  const listUrl = str(record.statusListCredential);
  if (listUrl === undefined) return { ok: false, problem: 'its status entry names no statusListCredential' };
  const index = integer(record.statusListIndex);
  if (index === undefined) return { ok: false, problem: 'its statusListIndex is not a whole number' };
  const purpose = str(record.statusPurpose);
  if (purpose === undefined) return { ok: false, problem: 'its status entry has no statusPurpose' };
  const size = method === 'BitstringStatusListEntry' && record.statusSize !== undefined ? integer(record.statusSize) : 1;
  if (size === undefined || size < 1 || size > MAX_STATUS_SIZE) return { ok: false, problem: 'its statusSize is not a whole number from 1 to 32' };
  return { ok: true, entry: { method, listUrl, index, purpose, size, messages: statusMessages(record.statusMessage) } };
}

function integer(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
  // Past 2^53 the number is inexact, but it is also past the end of any list that can be fetched.
  return typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value.trim()) : undefined;
}

/** `[{ status: '0x2', message: 'rejected' }, …]` → 2 → 'rejected'; malformed items are skipped. */
function statusMessages(value: unknown): ReadonlyMap<number, string> {
  const messages = new Map<number, string>();
  if (!Array.isArray(value)) return messages;
  for (const item of value) {
    if (!isRecord(item)) continue;
    const status = typeof item.status === 'string' && /^0x[0-9a-f]+$/i.test(item.status) ? parseInt(item.status.slice(2), 16) : undefined;
    const message = str(item.message);
    if (status !== undefined && message !== undefined) messages.set(status, message);
  }
  return messages;
}
