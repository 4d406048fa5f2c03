import type { Check } from '../model/report.ts';
import { idOf, type JsonRecord } from '../util/json.ts';
import { ended, pass, warn } from '../verify/checks.ts';
import { readStatus } from './bitstring.ts';
import { decodeEncodedList, type ListEncoding } from './encoded-list.ts';
import type { ListLoader } from './list-credential-loader.ts';
import { listProblem, listSubject } from './list-credential-rules.ts';
import { readStatusListEntry, type StatusListEntry, type StatusListMethod } from './status-list-entry.ts';
import { DEFAULT_MAX_LIST_BYTES, DEFAULT_MINIMUM_ENTRIES, type StatusOptions } from './status-options.ts';
import { unknownStatus } from './unknown-status.ts';

const ENCODING: Readonly<Record<StatusListMethod, ListEncoding>> = {
  BitstringStatusListEntry: 'multibase-base64url',
  StatusList2021Entry: 'base64',
};

/**
 * One BitstringStatusListEntry or StatusList2021Entry, following Bitstring Status List v1.0 §Validate
 * Algorithm: the list is fetched and verified, must be of the right type, purpose and date, expands
 * within bounds to at least the minimum number of entries, and the entry's bits are read. Anything that
 * stops the algorithm (its "errors") leaves the status unknown, never revoked and never clear.
 */
export async function statusListCheck(record: JsonRecord, method: StatusListMethod, credential: JsonRecord, loadList: ListLoader, now: Date, options: StatusOptions): Promise<Check> {
  const read = readStatusListEntry(record, method);
  if (!read.ok) return unknownStatus(read.problem, typeof record.statusPurpose === 'string' ? record.statusPurpose : undefined);
  const { entry } = read;
  const loaded = await loadList(entry.listUrl);
  if (!loaded.ok) return unknownStatus(loaded.problem, entry.purpose);
  const problem = listProblem(loaded.credential, entry, now);
  if (problem !== undefined) return unknownStatus(problem, entry.purpose);

  const decoded = decodeEncodedList(listSubject(loaded.credential)?.encodedList, ENCODING[method], options.maxListBytes ?? DEFAULT_MAX_LIST_BYTES);
  if (!decoded.ok) return unknownStatus(`the status list cannot be read: ${decoded.problem}`, entry.purpose);
  // Step 9: a short list lets anyone watching it tell its credentials apart (§Revocation Bitstring Length).
  const entries = Math.floor((decoded.bits.length * 8) / entry.size);
  const minimum = options.minimumEntries ?? DEFAULT_MINIMUM_ENTRIES;
  if (entries < minimum) return unknownStatus(`its status list holds ${count(entries)} entries, fewer than the ${count(minimum)} a status list must hold`, entry.purpose);
  // Step 10: an index past the end is a RANGE_ERROR of the list, not a clear bit.
  const value = readStatus(decoded.bits, entry.index, entry.size);
  if (value === undefined) return unknownStatus(`its place in its status list (${count(entry.index)}) is past the list's end (${count(entries)} entries)`, entry.purpose);

  const listIssuer = idOf(loaded.credential.issuer);
  return statusOutcome(entry, value, listIssuer !== undefined && listIssuer !== idOf(credential.issuer) ? listIssuer : undefined);
}

/**
 * What the value means for the entry's purpose (§BitstringStatusListEntry, statusPurpose): revocation and
 * suspension end the badge when set; refresh only says a newer copy exists; message and purposes Badge
 * Lens does not know are shown, not judged.
 */
function statusOutcome(entry: StatusListEntry, value: number, otherSigner: string | undefined): Check {
  const message = entry.messages.get(value);
  const quoted = message === undefined ? '' : `: "${message}"`;
  switch (entry.purpose) {
    case 'revocation':
      return value !== 0 ? ended('revocation', 'revoked', `The issuer has revoked this badge${quoted || '.'}`) : clear('revoked', otherSigner);
    case 'suspension':
      return value !== 0 ? ended('revocation', 'suspended', `The issuer has suspended this badge${quoted || '.'}`) : clear('suspended', otherSigner);
    case 'refresh':
      return value !== 0 ? warn('revocation', 'Its issuer has published an updated version of this badge.') : pass('revocation', 'Its issuer has published no updated version of it.');
    case 'message':
      return warn('revocation', `Its issuer's status list gives it the status 0x${value.toString(16)}${quoted}.`);
    default:
      return warn('revocation', `Its status list entry is for "${entry.purpose}", which Badge Lens does not interpret; its status there is 0x${value.toString(16)}${quoted}.`);
  }
}

/**
 * The specification allows a list issued by someone other than the badge's issuer (§Validate Algorithm,
 * note on trust), and real deployments sign lists with a separate key; a clear bit is then only as good as
 * that other issuer, which the user is told.
 */
function clear(what: 'revoked' | 'suspended', otherSigner: string | undefined): Check {
  const said = `Its issuer's status list says it has not been ${what}`;
  return otherSigner === undefined ? pass('revocation', `${said}.`) : warn('revocation', `${said}, but that list was issued by ${otherSigner}, not by the badge's issuer.`);
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}
