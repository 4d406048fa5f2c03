import { describe, expect, it } from 'vitest';
import { didWebUrl } from '../../../core/keys/did-web.ts';

describe('didWebUrl', () => {
  it.each([
    ['did:web:example.com', 'https://example.com/.well-known/did.json'],
    ['did:web:Example.COM', 'https://example.com/.well-known/did.json'],
    ['did:web:example.com:user:alice', 'https://example.com/user/alice/did.json'],
    ['did:web:example.com%3A3000', 'https://example.com:3000/.well-known/did.json'],
    ['did:web:example.com%3a3000:user:alice', 'https://example.com:3000/user/alice/did.json'],
    ['did:web:w3c-ccg.github.io:user:alice%20b', 'https://w3c-ccg.github.io/user/alice%20b/did.json'],
    ['did:web:localhost%3A8443', 'https://localhost:8443/.well-known/did.json'],
  ])('%s → %s', (did, url) => {
    expect(didWebUrl(did)).toEqual({ ok: true, value: url });
  });

  it.each([
    ['no host', 'did:web:', /web domain/],
    ['a user name in the host', 'did:web:evil.example%40example.com', /web domain/],
    ['a slash in the host', 'did:web:example.com/x', /web domain/],
    ['a raw port', 'did:web:example.com:3000x', undefined],
    ['an IPv4 address', 'did:web:127.0.0.1', /IP address/],
    ['an IPv4 address with a port', 'did:web:10.0.0.1%3A443', /IP address/],
    ['an empty path segment', 'did:web:example.com::alice', /list of names/],
    ['a dot-dot segment', 'did:web:example.com:..:admin', /list of names/],
    ['an encoded slash', 'did:web:example.com:a%2Fb', /list of names/],
    ['an encoded question mark', 'did:web:example.com:a%3Fb', /list of names/],
    ['broken percent-encoding', 'did:web:example.com:a%E0%A4', /percent-encoding/],
  ])('refuses %s', (_name, did, problem) => {
    const read = didWebUrl(did);
    if (problem === undefined) {
      // A path segment may look like anything but a separator: it stays a path segment.
      expect(read).toEqual({ ok: true, value: 'https://example.com/3000x/did.json' });
      return;
    }
    expect(read).toMatchObject({ ok: false, problem: expect.stringMatching(problem) });
  });
});
