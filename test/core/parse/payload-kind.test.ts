import { describe, expect, it } from 'vitest';
import { kindOfPayload } from '../../../core/index.ts';
import { clrCredential, compactJws, ob1HostedAssertion, ob2HostedAssertion, ob3Credential } from '../../support/payloads.ts';

describe('kindOfPayload', () => {
  it.each([
    ['an OB 3.0 credential as JSON', JSON.stringify(ob3Credential), 'credential'],
    ['a CLR 2.0 credential as JSON', JSON.stringify(clrCredential), 'clr'],
    ['an OB 3.0 VC-JWT with a vc claim', compactJws({ vc: ob3Credential, iss: 'did:web:issuer.example' }), 'credential'],
    ['a VC-JWT whose payload is the credential', compactJws(clrCredential), 'clr'],
    ['an OB 2.0 hosted assertion', JSON.stringify(ob2HostedAssertion), 'assertion'],
    ['an OB 1.x assertion', JSON.stringify(ob1HostedAssertion), 'assertion'],
    ['an OB 2.0 signed assertion (JWS)', compactJws(ob2HostedAssertion), 'assertion'],
    ['a hosted assertion URL', '  https://issuer.example/assertions/1  ', 'assertion'],
    ['text that is none of these', 'hello', 'assertion'],
  ])('%s is %s', (_name, payload, kind) => {
    expect(kindOfPayload(payload)).toBe(kind);
  });
});
