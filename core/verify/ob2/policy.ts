import type { Check } from '../../model/report.ts';
import { isRecord, str, strings, type JsonRecord } from '../../util/json.ts';
import { fail, pass } from '../checks.ts';
import { host } from '../load-node.ts';

/**
 * OB 2.0 §VerificationObject: a hosted badge's URL must be one its issuer allows. `allowedOrigins` names
 * hosts, `startsWith` URL prefixes; without either, the badge must live on the host of the issuer's id
 * (OB 0.5–1.1: of the issuer's origin or url).
 */
export function verificationPolicyCheck(badgeUrl: string, issuer: JsonRecord): Check {
  const policy = isRecord(issuer.verification) ? issuer.verification : {};
  const origins = strings(policy.allowedOrigins).map((o) => o.toLowerCase());
  const prefixes = strings(policy.startsWith);
  const at = host(badgeUrl).toLowerCase();
  if (origins.length > 0 && !origins.includes(at)) {
    return fail('verification-policy', `The badge is hosted at ${at}, which its issuer does not allow (it allows ${origins.join(', ')}).`);
  }
  if (prefixes.length > 0 && !prefixes.some((p) => badgeUrl.startsWith(p))) {
    return fail('verification-policy', `The badge's address ${badgeUrl} is not under one its issuer allows (${prefixes.join(', ')}).`);
  }
  if (origins.length > 0 || prefixes.length > 0) return pass('verification-policy', `Its issuer allows badges at ${at}.`);
  const home = str(issuer.id) ?? str(issuer.url) ?? str(issuer.origin);
  if (home === undefined) return fail('verification-policy', 'The issuer has no address to compare the badge with.');
  if (host(home).toLowerCase() !== at) {
    return fail('verification-policy', `The badge is hosted at ${at}, but its issuer is at ${host(home)}.`);
  }
  return pass('verification-policy', `It is hosted on its issuer's own site (${at}).`);
}
