import { compactVerify, importSPKI } from 'jose';
import type { Check } from '../../model/report.ts';
import type { ObAssertion } from '../../parse/ob-legacy.ts';
import type { CompactJws } from '../../parse/jws.ts';
import { hasType, idOf, isHttpUrl, isRecord, list, str, type JsonRecord } from '../../util/json.ts';
import { decodeUtf8 } from '../../util/text.ts';
import { cachedKey } from '../cache.ts';
import { fail, pass, proven, undecided } from '../checks.ts';
import { host, issuerSaysNo } from '../load-node.ts';
import type { Session } from '../session.ts';

interface PublicKey {
  readonly id: string;
  readonly pem: string;
}

/**
 * OB 2.0 §Signed verification: an RS256 compact JWS, checked with a CryptographicKey that the issuer
 * Profile lists in `publicKey` and that names the issuer as its `owner`. OB 1.x: `verify.url` is the
 * issuer's PEM key. `alg: none`, HMAC and every other algorithm fail: only RS256 is defined for badges.
 */
export async function verifySignature(session: Session, jws: CompactJws, assertion: ObAssertion, issuer: JsonRecord): Promise<Check[]> {
  const alg = str(jws.header.alg);
  if (alg !== 'RS256') return [fail('signature', algorithmProblem(alg))];

  const listed = list(issuer.publicKey);
  const issuerId = str(issuer.id);
  let candidates: unknown[];
  if (assertion.verification.creator !== undefined) {
    const creator = assertion.verification.creator;
    const entry = listed.find((k) => idOf(k) === creator);
    if (entry === undefined) return [fail('key', `The badge was signed with a key (${creator}) that its issuer does not list.`)];
    candidates = [entry];
  } else if (assertion.verification.url !== undefined) {
    // OB 1.x signed badges name the key's URL; it must be on the issuer's own site.
    const home = str(issuer.url) ?? str(issuer.origin) ?? issuerId;
    if (home === undefined || host(home) !== host(assertion.verification.url)) {
      return [fail('key', `The signing key at ${assertion.verification.url} is not on the issuer's site.`)];
    }
    candidates = [assertion.verification.url];
  } else {
    candidates = [...listed];
  }
  if (candidates.length === 0) return [fail('key', 'The issuer lists no public key, so its signature cannot be checked.')];

  let lastProblem: Check | undefined;
  for (const ref of candidates) {
    const key = await loadKey(session, ref, issuerId, assertion.verification.url !== undefined);
    if (!key.ok) {
      lastProblem = key.check;
      continue;
    }
    const imported = await cachedKey(session.cache, `spki:${key.key.pem}`, () => importSPKI(key.key.pem, 'RS256'));
    if (imported === undefined) {
      lastProblem = fail('key', `The issuer's key ${key.key.id} is not a readable RSA public key.`);
      continue;
    }
    try {
      await compactVerify(jws.compact, imported, { algorithms: ['RS256'] });
      return [proven('signature', `The issuer's key signed this badge, and it has not been changed since.`), pass('key', `The signing key (${key.key.id}) belongs to the issuer.`)];
    } catch {
      lastProblem = fail('signature', "The signature does not match the issuer's key: the badge was changed after it was signed, or someone else signed it.");
    }
  }
  return [lastProblem!];
}

function algorithmProblem(alg: string | undefined): string {
  if (alg === undefined || alg.toLowerCase() === 'none') return 'The badge is not signed (its JWS says alg "none").';
  if (/^HS/i.test(alg)) return `The badge is "signed" with a shared secret (${alg}), which proves nothing about who issued it.`;
  if (alg.toUpperCase() === 'RS256') return `The signature names its algorithm "${alg}"; algorithm names are case-sensitive and only "RS256" is defined for badges.`;
  return `The signature uses ${alg.slice(0, 20)}; Open Badges 2.0 signatures use RS256.`;
}

async function loadKey(session: Session, ref: unknown, issuerId: string | undefined, pemAtUrl: boolean): Promise<{ ok: true; key: PublicKey } | { ok: false; check: Check }> {
  if (pemAtUrl && typeof ref === 'string') {
    const fetched = await session.net.resource(ref, 'json');
    if (!fetched.ok) return { ok: false, check: keyUnavailable(fetched.reason, fetched.message) };
    const pem = decodeUtf8(fetched.bytes);
    if (pem === undefined || !pem.includes('PUBLIC KEY')) return { ok: false, check: fail('key', `The document at ${ref} is not a PEM public key.`) };
    return { ok: true, key: { id: ref, pem } };
  }
  let node: unknown = ref;
  if (typeof ref === 'string') {
    if (!isHttpUrl(ref)) return { ok: false, check: fail('key', `The issuer's key "${String(ref).slice(0, 80)}" is not a web address.`) };
    const fetched = await session.json(ref);
    if (!fetched.ok) return { ok: false, check: keyUnavailable(fetched.reason, fetched.message) };
    node = fetched.value;
  }
  if (!isRecord(node) || str(node.publicKeyPem) === undefined) return { ok: false, check: fail('key', "The issuer's key has no publicKeyPem.") };
  const id = idOf(node) ?? (typeof ref === 'string' ? ref : 'embedded key');
  if (!hasType(node, 'CryptographicKey') && node.type !== undefined) return { ok: false, check: fail('key', `The issuer's key ${id} is not a CryptographicKey.`) };
  if (issuerId === undefined || str(node.owner) !== issuerId) {
    return { ok: false, check: fail('key', `The key ${id} does not name the issuer as its owner, so it may belong to someone else.`) };
  }
  return { ok: true, key: { id, pem: str(node.publicKeyPem)! } };
}

function keyUnavailable(reason: Parameters<typeof issuerSaysNo>[0], message: string): Check {
  const text = `The issuer's key could not be read: ${message}`;
  return issuerSaysNo(reason) ? fail('key', text) : undecided('key', text);
}
