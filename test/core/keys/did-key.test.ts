import { describe, expect, it } from 'vitest';
import { didKeyDocument, didKeyMethodId } from '../../../core/keys/did-key.ts';
import { ed25519Key, p256Key } from './key-world.ts';

describe('didKeyDocument', () => {
  it('derives the document: one Multikey method did:key:X#X, authorised for signing and authentication', async () => {
    const { multikey } = await ed25519Key();
    const did = `did:key:${multikey}`;
    expect(didKeyMethodId(did)).toBe(`${did}#${multikey}`);
    expect(didKeyDocument(did)).toEqual({
      ok: true,
      value: {
        '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
        id: did,
        verificationMethod: [{ id: `${did}#${multikey}`, type: 'Multikey', controller: did, publicKeyMultibase: multikey }],
        authentication: [`${did}#${multikey}`],
        assertionMethod: [`${did}#${multikey}`],
        capabilityInvocation: [`${did}#${multikey}`],
        capabilityDelegation: [`${did}#${multikey}`],
      },
    });
  });

  it('derives P-256 did:keys too', async () => {
    expect(didKeyDocument(`did:key:${(await p256Key()).multikey}`)).toMatchObject({ ok: true });
  });

  it.each(['did:key:', 'did:key:6MkhaX', 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2do', 'did:key:z6Mk0'])('refuses %s', (did) => {
    expect(didKeyDocument(did)).toMatchObject({ ok: false });
  });
});
