import { isIpLiteral } from '../net/address.ts';
import type { Read } from './types.ts';

// did:web §3.1.1: the first segment is a domain name, with a port written as %3A; a dot-separated name
// of letters, digits and hyphens is all a DNS host can be, so anything else (`@`, `/`, `\`) is refused
// before it can steer the URL somewhere else.
const HOST = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?:%3a\d{1,5})?$/i;

/**
 * Where a `did:web`'s DID document is (did:web §3.2.1 Read): `did:web:example.com` →
 * `https://example.com/.well-known/did.json`; `did:web:example.com:user:alice` →
 * `https://example.com/user/alice/did.json`; `did:web:example.com%3A8443` → `https://example.com:8443/…`.
 * Always https, as the method requires; never an IP address, which the method forbids.
 *
 * @example didWebUrl('did:web:example.com:user:alice') // { ok: true, value: 'https://example.com/user/alice/did.json' }
 */
export function didWebUrl(did: string): Read<string> {
  const [host = '', ...path] = did.slice('did:web:'.length).split(':');
  if (!HOST.test(host)) return { ok: false, problem: 'does not name a web domain' };
  const hostname = host.replace(/%3a\d+$/i, '');
  if (isIpLiteral(hostname)) return { ok: false, problem: 'names an IP address, which did:web does not allow' };
  const segments: string[] = [];
  for (const segment of path) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return { ok: false, problem: 'has a path that is not valid percent-encoding' };
    }
    if (decoded === '' || decoded === '.' || decoded === '..' || /[/\\?#]/.test(decoded)) return { ok: false, problem: 'has a path that is not a list of names' };
    segments.push(encodeURIComponent(decoded));
  }
  const origin = `https://${host.replace(/%3a/i, ':').toLowerCase()}`;
  return { ok: true, value: segments.length === 0 ? `${origin}/.well-known/did.json` : `${origin}/${segments.join('/')}/did.json` };
}
