import type { Check } from '../model/report.ts';
import type { ObAssertion } from '../parse/ob-legacy.ts';
import { isHttpUrl, isRecord, list, str, type JsonRecord } from '../util/json.ts';
import { ended, fail, pass, undecided } from '../verify/checks.ts';
import { issuerSaysNo } from '../verify/load-node.ts';
import type { Session } from '../verify/session.ts';

/**
 * OB 2.0 §RevocationList: `revokedAssertions` holds assertion ids, `{ id, revocationReason }` objects, or
 * (from 1.x) `{ uid }`. OB 1.0's list is an object from uid to reason.
 */
export async function revocationListCheck(session: Session, issuer: JsonRecord, assertion: ObAssertion): Promise<Check> {
  const url = issuer.revocationList;
  if (url === undefined) return pass('revocation', 'Its issuer publishes no revocation list.');
  if (!isHttpUrl(url)) return fail('revocation', "The issuer's revocation list is not a web address.");
  const fetched = await session.json(url);
  if (!fetched.ok) {
    const message = `The issuer's revocation list could not be read: ${fetched.message}`;
    return issuerSaysNo(fetched.reason) ? fail('revocation', message) : undecided('revocation', message);
  }
  if (!isRecord(fetched.value)) return fail('revocation', "The issuer's revocation list is not a JSON object.");
  const entry = findEntry(fetched.value, assertion);
  if (entry === undefined) return pass('revocation', "It is not on its issuer's revocation list.");
  return ended('revocation', 'revoked', `The issuer has revoked this badge${entry.reason ? `: "${entry.reason}"` : '.'}`);
}

function findEntry(revocationList: JsonRecord, assertion: ObAssertion): { reason?: string } | undefined {
  const ids = new Set([assertion.id, assertion.uid].filter((v): v is string => v !== undefined));
  if (Array.isArray(revocationList.revokedAssertions)) {
    for (const item of list(revocationList.revokedAssertions)) {
      if (typeof item === 'string' && ids.has(item)) return {};
      if (!isRecord(item)) continue;
      const itemIds = [str(item.id), str(item.uid)].filter((v): v is string => v !== undefined);
      if (itemIds.some((id) => ids.has(id))) return str(item.revocationReason) ? { reason: str(item.revocationReason)! } : {};
    }
    return undefined;
  }
  // OB 1.0: { "<uid>": "<reason>" }
  for (const id of ids) {
    if (Object.hasOwn(revocationList, id)) return str(revocationList[id]) ? { reason: str(revocationList[id])! } : {};
  }
  return undefined;
}
