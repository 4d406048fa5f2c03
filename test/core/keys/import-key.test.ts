import { CompactSign, compactVerify, exportJWK, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { importPublicKey } from '../../../core/keys/import-key.ts';
import { resolveJwtKey } from '../../../core/keys/resolve-jwt-key.ts';
import { resolveVerificationMethod } from '../../../core/keys/resolve-method.ts';
import { createSession } from '../../../core/verify/session.ts';
import { createVerifyCache } from '../../../core/verify/cache.ts';
import { didJwk, ed25519Key, p256Key } from './key-world.ts';

const payload = new TextEncoder().encode('{"iss":"did:example"}');

describe('importPublicKey', () => {
  it('imports resolved Ed25519 and P-256 multikeys that check real signatures', async () => {
    for (const [alg, key] of [['EdDSA', await ed25519Key()], ['ES256', await p256Key()]] as const) {
      const session = createSession({ offline: true });
      const found = await resolveVerificationMethod(session, `did:key:${key.multikey}`);
      expect(found.ok).toBe(true);
      const cryptoKey = await importPublicKey(session, found.ok ? found.key : (undefined as never), alg);
      const jws = await new CompactSign(payload).setProtectedHeader({ alg }).sign(key.privateKey);
      await expect(compactVerify(jws, cryptoKey!)).resolves.toMatchObject({ protectedHeader: { alg } });
    }
  });

  it('imports RSA keys from a header jwk and a did:jwk', async () => {
    const pair = await generateKeyPair('RS256', { extractable: true });
    const publicJwk = await exportJWK(pair.publicKey);
    const session = createSession({ offline: true });
    const jws = await new CompactSign(payload).setProtectedHeader({ alg: 'RS256' }).sign(pair.privateKey);
    for (const found of [await resolveJwtKey(session, { alg: 'RS256', jwk: publicJwk }), await resolveVerificationMethod(session, didJwk(publicJwk))]) {
      const cryptoKey = found.ok ? await importPublicKey(session, found.key, 'RS256') : undefined;
      await expect(compactVerify(jws, cryptoKey!)).resolves.toBeDefined();
    }
  });

  it('imports each key once per cache', async () => {
    const key = await ed25519Key();
    const cache = createVerifyCache();
    const first = await resolveVerificationMethod(createSession({ cache }), `did:key:${key.multikey}`);
    const second = await resolveVerificationMethod(createSession({ cache }), `did:key:${key.multikey}`);
    const a = importPublicKey({ cache }, first.ok ? first.key : (undefined as never), 'EdDSA');
    const b = importPublicKey({ cache }, second.ok ? second.key : (undefined as never), 'EdDSA');
    expect(a).toBe(b);
    expect(await a).toBeDefined();
    expect(cache.keys.size).toBe(1);
  });

  it('gives nothing for a key that does not fit the algorithm', async () => {
    const key = await ed25519Key();
    const session = createSession({ offline: true });
    const found = await resolveVerificationMethod(session, `did:key:${key.multikey}`);
    const resolved = found.ok ? found.key : (undefined as never);
    expect(await importPublicKey(session, resolved, 'ES256')).toBeUndefined();
    expect(await importPublicKey(session, resolved, 'RS256')).toBeUndefined();
    expect(await importPublicKey(session, resolved, 'HS256')).toBeUndefined();
  });
});
