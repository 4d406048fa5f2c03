import { describe, expect, it } from 'vitest';
import { keyControlledBy } from '../../../core/keys/binding.ts';
import type { ResolvedKey } from '../../../core/keys/types.ts';
import { didJwk, ed25519Key } from './key-world.ts';

const ISSUER = 'https://issuer.example/issuers/1';
const jwk = { kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' };
const key = (fields: Partial<ResolvedKey>): ResolvedKey => ({ id: `${ISSUER}#key-1`, controller: ISSUER, jwk, purposes: ['assertionMethod'], source: 'controller-document', ...fields });

describe('keyControlledBy', () => {
  it('holds when the key\'s controller is the issuer', () => {
    expect(keyControlledBy(key({}), ISSUER)).toBe(true);
    expect(keyControlledBy(key({ id: 'did:web:issuer.example#k', controller: 'did:web:issuer.example', source: 'did:web' }), 'did:web:issuer.example')).toBe(true);
  });

  it('holds when the method id is a fragment of the issuer\'s id', () => {
    expect(keyControlledBy(key({ controller: 'https://issuer.example/keys.json', source: 'jwk-url' }), ISSUER)).toBe(true);
  });

  it('does not hold for someone else\'s key, a look-alike id, or no issuer', () => {
    expect(keyControlledBy(key({}), 'https://other.example/issuers/1')).toBe(false);
    expect(keyControlledBy(key({ id: `${ISSUER}0#key-1`, controller: `${ISSUER}0` }), ISSUER)).toBe(false);
    expect(keyControlledBy(key({ id: `${ISSUER}/evil#key-1`, controller: `${ISSUER}/evil` }), ISSUER)).toBe(false);
    expect(keyControlledBy(key({}), undefined)).toBe(false);
    expect(keyControlledBy(key({}), '')).toBe(false);
  });

  it('holds for a header key only when the issuer is that very did:jwk, however its JSON is spelled', async () => {
    const { publicJwk } = await ed25519Key();
    const clean = { kty: 'OKP', crv: 'Ed25519', x: publicJwk.x };
    const header = key({ id: `${didJwk(clean)}#0`, controller: didJwk(clean), jwk: clean, purposes: [], source: 'jose-header' });
    expect(keyControlledBy(header, ISSUER)).toBe(false);
    expect(keyControlledBy(header, didJwk({ x: publicJwk.x, crv: 'Ed25519', kty: 'OKP', use: 'sig' }))).toBe(true);
    expect(keyControlledBy(header, didJwk({ kty: 'OKP', crv: 'Ed25519', x: jwk.x }))).toBe(false);
    expect(keyControlledBy(header, 'did:jwk:garbage')).toBe(false);
  });
});
