import type { Check } from '../../model/report.ts';
import { readAssertion, type ObAssertion } from '../../parse/ob-legacy.ts';
import { recognise, type ObRole } from '../../parse/recognise.ts';
import { httpUrl, isHttpUrl, isRecord } from '../../util/json.ts';
import { ended, fail, proven, undecided, warn } from '../checks.ts';
import { host, issuerSaysNo } from '../load-node.ts';
import type { Session } from '../session.ts';

export interface Hosted {
  readonly checks: Check[];
  /** The issuer's own copy, when it was fetched and names itself at the address it came from. */
  readonly trusted?: ObAssertion;
  /** Where the trusted copy lives. */
  readonly url?: string;
}

/**
 * OB 2.0 §Hosted verification: the assertion is fetched from its own URL and only that copy is trusted;
 * a baked or pasted copy only names the URL. HTTP 410 or `revoked: true` means revoked.
 */
export async function verifyHosted(session: Session, given: ObAssertion, version: '0.5' | '1.0' | '1.1' | '2.0', fetchedFrom?: string, role: ObRole = 'assertion'): Promise<Hosted> {
  const claimed = given.id ?? (version === '0.5' ? fetchedFrom : undefined);
  const url = httpUrl(claimed);
  if (url === undefined) {
    if (version === '0.5') {
      return { checks: [undecided('hosted', 'The badge does not say where its issuer hosts it, so it cannot be checked with the issuer.')] };
    }
    if (claimed === undefined) return { checks: [fail('hosted', 'A hosted badge must say where it is hosted, and this one does not.')] };
    return { checks: [fail('hosted', `A hosted badge must have a web address as its id, and this one has "${claimed.slice(0, 80)}".`)] };
  }

  const first = url === fetchedFrom ? { ok: true as const, copy: given } : await fetchCopy(session, url, version, role);
  if (!first.ok) return { checks: [first.check] };
  let copy = first.copy;
  let at = url;
  const checks: Check[] = [];
  if (copy.id !== undefined && copy.id !== url && version !== '0.5') {
    // The issuer's copy names another address (a moved badge, or a copy planted elsewhere): ask that address.
    if (!isHttpUrl(copy.id)) return { checks: [fail('hosted', `The issuer's copy at ${host(url)} names itself "${String(copy.id).slice(0, 80)}", not its own address.`)] };
    const moved = await fetchCopy(session, copy.id, version, role);
    if (!moved.ok) return { checks: [moved.check] };
    if (moved.copy.id !== copy.id) return { checks: [fail('hosted', `The badge at ${copy.id} does not name itself by that address.`)] };
    checks.push(warn('hosted', `The badge has moved from ${url} to ${copy.id}.`));
    at = copy.id;
    copy = moved.copy;
  }
  if (copy.revoked) {
    const reason = copy.revocationReason ? `: "${copy.revocationReason}"` : '.';
    return { checks: [...checks, ended('revocation', 'revoked', `The issuer has revoked this badge${reason}`)], trusted: copy, url: at };
  }
  checks.push(proven('hosted', `The issuer's site (${host(at)}) holds this ${role === 'assertion' ? 'badge' : role}.`));
  if (given !== copy && differs(given, copy)) {
    checks.push(warn('hosted', "The copy given here differs from the issuer's; what is shown is the issuer's copy."));
  }
  return { checks, trusted: copy, url: at };
}

async function fetchCopy(session: Session, url: string, version: '0.5' | '1.0' | '1.1' | '2.0', role: ObRole): Promise<{ ok: true; copy: ObAssertion } | { ok: false; check: Check }> {
  const fetched = await session.json(url);
  const noun = role === 'assertion' ? 'badge' : role;
  if (!fetched.ok) {
    if (fetched.reason === 'gone') return { ok: false, check: ended('revocation', 'revoked', `The issuer's site says this ${noun} is gone (HTTP 410): it has been revoked.`) };
    if (fetched.reason === 'not-found') return { ok: false, check: fail('hosted', `The issuer's site (${host(url)}) has no such ${noun} (HTTP 404).`) };
    const message = `The issuer's copy could not be checked: ${fetched.message}`;
    return { ok: false, check: issuerSaysNo(fetched.reason) ? fail('hosted', message) : undecided('hosted', message) };
  }
  if (!isRecord(fetched.value)) return { ok: false, check: fail('hosted', `The issuer's copy at ${host(url)} is not a badge.`) };
  const recognised = recognise(fetched.value);
  if (recognised.family !== 'ob' || (recognised.role !== role && recognised.version !== '0.5' && recognised.version !== '1.0')) {
    return { ok: false, check: fail('hosted', `The document at ${url} is not an Open Badges ${role}.`) };
  }
  return { ok: true, copy: readAssertion(fetched.value, recognised.family === 'ob' ? recognised.version : version) };
}

function differs(a: ObAssertion, b: ObAssertion): boolean {
  return JSON.stringify([a.recipient, a.badge, a.issuedOn, a.expires]) !== JSON.stringify([b.recipient, b.badge, b.issuedOn, b.expires]);
}
