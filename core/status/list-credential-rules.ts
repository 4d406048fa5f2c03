import { parseBadgeDate } from '../parse/timestamps.ts';
import { hasType, isRecord, list, strings, type JsonRecord } from '../util/json.ts';
import type { StatusListEntry, StatusListMethod } from './status-list-entry.ts';

const LIST_TYPES: Readonly<Record<StatusListMethod, { readonly credential: string; readonly subject: string }>> = {
  BitstringStatusListEntry: { credential: 'BitstringStatusListCredential', subject: 'BitstringStatusList' },
  StatusList2021Entry: { credential: 'StatusList2021Credential', subject: 'StatusList2021' },
};

// The same allowance as for issue dates: a list re-issued a moment ago by a server whose clock runs a
// little ahead must not read as "not yet valid".
const CLOCK_SKEW_MS = 5 * 60_000;

/** The status list itself: the credential's subject, which holds `encodedList`. */
export function listSubject(credential: JsonRecord): JsonRecord | undefined {
  return list(credential.credentialSubject).find(isRecord);
}

/**
 * Why a verified list cannot answer for this entry, or undefined when it can. Bitstring Status List v1.0
 * §BitstringStatusListCredential: the credential is a BitstringStatusListCredential whose subject is a
 * BitstringStatusList (StatusList2021 §2.2: StatusList2021Credential, StatusList2021); §Validate Algorithm
 * step 5: the entry's purpose is among the list's (which may name several); VC Data Model §Validity
 * Period: a list outside its validity period says nothing about today.
 */
export function listProblem(credential: JsonRecord, entry: StatusListEntry, now: Date): string | undefined {
  const types = LIST_TYPES[entry.method];
  if (!hasType(credential, types.credential)) return `the status list is not a ${types.credential}`;
  const subject = listSubject(credential);
  if (!hasType(subject, types.subject)) return `the status list's credentialSubject is not a ${types.subject}`;
  const purposes = strings(subject?.statusPurpose);
  if (!purposes.includes(entry.purpose)) return `the status list is for ${purposes.map((p) => `"${p}"`).join(', ') || 'no stated purpose'}, not "${entry.purpose}"`;
  return validityProblem(credential, now);
}

// VC Data Model 2.0 writes validFrom/validUntil; 1.1 (StatusList2021's era) writes issuanceDate/expirationDate.
function validityProblem(credential: JsonRecord, now: Date): string | undefined {
  const fromValue = credential.validFrom ?? credential.issuanceDate;
  const untilValue = credential.validUntil ?? credential.expirationDate;
  const from = fromValue === undefined ? undefined : parseBadgeDate(fromValue);
  const until = untilValue === undefined ? undefined : parseBadgeDate(untilValue);
  if (fromValue !== undefined && from === undefined) return 'the status list\'s start date is not a date';
  if (untilValue !== undefined && until === undefined) return 'the status list\'s end date is not a date';
  if (from !== undefined && from.getTime() > now.getTime() + CLOCK_SKEW_MS) return `the status list is not valid until ${day(from)}`;
  if (until !== undefined && until.getTime() <= now.getTime()) return `the status list expired on ${day(until)}`;
  return undefined;
}

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}
