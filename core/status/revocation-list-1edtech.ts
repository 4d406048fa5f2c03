import type { Check } from '../model/report.ts';
import { hostOf } from '../net/fetch-resource.ts';
import { isHttpUrl, isRecord, list, str, type JsonRecord } from '../util/json.ts';
import { ended, pass } from '../verify/checks.ts';
import type { Session } from '../verify/session.ts';
import { unknownStatus } from './unknown-status.ts';

/**
 * 1EdTech Revocation List Status Method 1.0 (OB 3.0 §Verification, "Check the status"): GET the list at the
 * entry's `id`; the credential is revoked when its `id` is among `revokedCredentials` and that item's
 * `revoked` is true or omitted. 1EdTech's own validator reads the singular `revokedCredential`, so issuers
 * tested against it may publish that name: both are read. The list is not signed; it is trusted because
 * the signed credential names its address.
 */
export async function oneEdTechRevocationCheck(session: Session, entry: JsonRecord, credential: JsonRecord): Promise<Check> {
  const url = entry.id;
  if (!isHttpUrl(url)) return unknownStatus('its 1EdTech revocation list has no web address');
  const credentialId = str(credential.id);
  if (credentialId === undefined) return unknownStatus('it has no id by which a revocation list could name it');
  const fetched = await session.json(url);
  if (!fetched.ok) return unknownStatus(`its issuer's revocation list could not be read: ${fetched.message}`);
  if (!isRecord(fetched.value)) return unknownStatus(`the revocation list at ${hostOf(url)} is not a JSON object`);

  const items = [...list(fetched.value.revokedCredentials), ...list(fetched.value.revokedCredential)];
  const revoked = items.find((item) => names(item, credentialId) && stillRevoked(item));
  if (revoked === undefined) return pass('revocation', "It is not on its issuer's revocation list.");
  const reason = isRecord(revoked) ? str(revoked.revocationReason) : undefined;
  return ended('revocation', 'revoked', `The issuer has revoked this badge${reason ? `: "${reason}"` : '.'}`);
}

function names(item: unknown, credentialId: string): boolean {
  return item === credentialId || (isRecord(item) && item.id === credentialId);
}

// `revoked: false` is an issuer taking a revocation back; omitted (or null) means revoked.
function stillRevoked(item: unknown): boolean {
  return !isRecord(item) || (item.revoked !== false && item.revoked !== 'false');
}
