import type { Check } from '../model/report.ts';
import { hasType, isRecord, list, typesOf, type JsonRecord } from '../util/json.ts';
import type { Session } from '../verify/session.ts';
import { createListLoader, type ListLoader } from './list-credential-loader.ts';
import { oneEdTechRevocationCheck } from './revocation-list-1edtech.ts';
import { statusListCheck } from './status-list-check.ts';
import type { StatusOptions } from './status-options.ts';
import { unknownStatus } from './unknown-status.ts';

/**
 * The `revocation` checks of an OB 3.0 or CLR 2.0 credential: one per `credentialStatus` entry (one object
 * or an array), none when it has no status. Reads 1EdTechRevocationList, BitstringStatusListEntry and its
 * deprecated predecessor StatusList2021Entry. Every status list is fetched once through the session, so
 * the report lists it.
 *
 * @example
 * const checks = await credentialStatusChecks(session, credential, { verifyListCredential });
 * // [{ id: 'revocation', status: 'fail', outcome: 'revoked', message: 'The issuer has revoked this badge.' }]
 */
export async function credentialStatusChecks(session: Session, credential: JsonRecord, options: StatusOptions = {}): Promise<Check[]> {
  const loadList = createListLoader(session, options);
  return Promise.all(list(credential.credentialStatus).map((entry) => entryCheck(session, entry, credential, loadList, options)));
}

function entryCheck(session: Session, entry: unknown, credential: JsonRecord, loadList: ListLoader, options: StatusOptions): Promise<Check> | Check {
  if (!isRecord(entry)) return unknownStatus('its credentialStatus is not an object');
  if (hasType(entry, '1EdTechRevocationList')) return oneEdTechRevocationCheck(session, entry, credential);
  if (hasType(entry, 'BitstringStatusListEntry')) return statusListCheck(entry, 'BitstringStatusListEntry', credential, loadList, session.now, options);
  if (hasType(entry, 'StatusList2021Entry')) return statusListCheck(entry, 'StatusList2021Entry', credential, loadList, session.now, options);
  // A method Badge Lens cannot read may be the very one that says the badge is revoked. A warning would let
  // such a badge read as verified; left undecided, it reads as "not verified", which is what is known.
  const types = typesOf(entry);
  return unknownStatus(`its status method (${types.join(', ') || 'no type'}) is not one Badge Lens can check`);
}

export type { ListVerification, StatusOptions } from './status-options.ts';
