import type { Check } from '../../model/report.ts';
import { httpUrl, isRecord, strings, type JsonRecord } from '../../util/json.ts';
import { fail, pass, warn } from '../checks.ts';
import { host } from '../load-node.ts';

/**
 * OB 2.0 §VerificationObject: a hosted badge's URL must be one its issuer allows. `allowedOrigins` names
 * hosts, `startsWith` URL prefixes; without either, the badge must live on the host of the issuer's id
 * (OB 0.5–1.1: of the issuer's origin or url).
 */
export function verificationPolicyCheck(badgeUrl: string, issuer: JsonRecord, issuerFetchedFrom?: string): Check {
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
  // OB 2.0: the issuer's id; OB 0.5–1.x profiles have no id, and their origin or url is their home.
  const home = issuer['@context'] === undefined && issuer.id === undefined ? (httpUrl(issuer.origin) ?? httpUrl(issuer.url)) : httpUrl(issuer.id);
  if (home === undefined) {
    // An issuer whose id is a URN has no domain of its own; where its profile was served is the next best thing.
    if (issuerFetchedFrom !== undefined && host(issuerFetchedFrom).toLowerCase() === at) {
      return warn('verification-policy', `The issuer's id is not a web address, so the badge was compared with where its profile is served (${at}).`);
    }
    return fail('verification-policy', 'The issuer has no web address to compare the badge with.');
  }
  if (host(home).toLowerCase() !== at) {
    return fail('verification-policy', `The badge is hosted at ${at}, but its issuer is at ${host(home)}.`);
  }
  return pass('verification-policy', `It is hosted on its issuer's own site (${at}).`);
}
