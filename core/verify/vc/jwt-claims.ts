import type { Check } from '../../model/report.ts';
import { parseBadgeDate } from '../../parse/timestamps.ts';
import { idOf, str, type JsonRecord } from '../../util/json.ts';
import { ended, fail, pass, warn } from '../checks.ts';
import { firstRecord } from './normalise-vc.ts';

/**
 * VC-JWT (VC Data Model 1.1 §6.3.1; OB 3.0 §8.3.3): the registered claims restate the credential and must
 * agree with it: `iss` is the issuer, `jti` the credential id, `sub` the subject id, `nbf` and `exp` the
 * validity dates. A missing `nbf` is only a warning, since the specification's own examples lack it.
 */
export function jwtClaimChecks(claims: JsonRecord, credential: JsonRecord, now: Date): Check[] {
  const checks: Check[] = [];
  const problems: string[] = [];
  const issuerId = idOf(credential.issuer);
  const iss = str(claims.iss);
  if (iss === undefined) checks.push(warn('jwt-claims', 'The JWT has no iss claim naming its issuer.'));
  else if (iss !== issuerId) problems.push(`iss is ${iss} but the issuer is ${issuerId ?? 'not named'}`);
  const jti = str(claims.jti);
  const id = str(credential.id);
  if (jti !== undefined && id !== undefined && jti !== id) problems.push(`jti is ${jti} but the credential id is ${id}`);
  const sub = str(claims.sub);
  const subjectId = str(firstRecord(credential.credentialSubject)?.id);
  if (sub !== undefined && subjectId !== undefined && sub !== subjectId) problems.push(`sub is ${sub} but the subject is ${subjectId}`);

  const validFrom = parseBadgeDate(credential.validFrom ?? credential.issuanceDate);
  const validUntil = parseBadgeDate(credential.validUntil ?? credential.expirationDate);
  const nbf = typeof claims.nbf === 'number' ? claims.nbf : undefined;
  const exp = typeof claims.exp === 'number' ? claims.exp : undefined;
  if (nbf === undefined) checks.push(warn('jwt-claims', 'The JWT has no nbf claim (the date it becomes valid).'));
  else if (validFrom && Math.floor(validFrom.getTime() / 1000) !== nbf) problems.push(`nbf (${iso(nbf)}) differs from the credential's start date (${validFrom.toISOString()})`);
  if (exp !== undefined && validUntil && Math.floor(validUntil.getTime() / 1000) !== exp) problems.push(`exp (${iso(exp)}) differs from the credential's end date (${validUntil.toISOString()})`);
  if (exp !== undefined && validUntil === undefined) problems.push(`exp (${iso(exp)}) is set but the credential states no end date`);

  if (problems.length > 0) return [...checks, fail('jwt-claims', `The JWT's claims contradict the credential: ${problems.join('; ')}.`)];
  if (nbf !== undefined && nbf * 1000 > now.getTime() + 5 * 60_000) checks.push(fail('jwt-claims', `The JWT is not valid before ${iso(nbf)}.`));
  else if (exp !== undefined && exp * 1000 <= now.getTime()) checks.push(ended('jwt-claims', 'expired', `The JWT expired on ${iso(exp)}.`));
  else checks.push(pass('jwt-claims', "The JWT's claims agree with the credential."));
  return checks;
}

function iso(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}
