import { describe, expect, it } from 'vitest';
import { decide } from '../../../core/model/verdict.ts';
import type { Check } from '../../../core/model/report.ts';

const signed: Check = { id: 'signature', status: 'pass', message: 'The issuer signed this badge.', authenticates: true };
const notExpired: Check = { id: 'expiry', status: 'pass', message: 'It does not expire.' };

describe('decide', () => {
  it('verifies only when an authenticating check passed', () => {
    expect(decide([signed, notExpired])).toEqual({ status: 'verified', summary: 'The issuer signed this badge.' });
    expect(decide([notExpired])).toMatchObject({ status: 'unverified' });
    expect(decide([])).toMatchObject({ status: 'unverified' });
    expect(decide([{ ...signed, status: 'skip' }])).toMatchObject({ status: 'unverified' });
  });

  it('leaves the verdict open while a check is undecided, even with a good signature', () => {
    const list: Check = { id: 'revocation', status: 'skip', message: 'The revocation list could not be fetched.', undecided: true };
    expect(decide([signed, list])).toEqual({ status: 'unverified', summary: 'The revocation list could not be fetched.' });
  });

  it('lets any plain failure make the badge invalid, whatever else failed', () => {
    const revoked: Check = { id: 'revocation', status: 'fail', message: 'revoked.', outcome: 'revoked' };
    const badSignature: Check = { id: 'signature', status: 'fail', message: 'The signature does not match.' };
    expect(decide([signed, revoked, badSignature])).toMatchObject({ status: 'invalid', summary: 'The signature does not match.' });
  });

  it('ranks revoked over suspended over expired', () => {
    const expired: Check = { id: 'expiry', status: 'fail', message: 'expired.', outcome: 'expired' };
    const suspended: Check = { id: 'revocation', status: 'fail', message: 'suspended.', outcome: 'suspended' };
    const revoked: Check = { id: 'revocation', status: 'fail', message: 'revoked.', outcome: 'revoked' };
    expect(decide([signed, expired]).status).toBe('expired');
    expect(decide([signed, expired, suspended]).status).toBe('suspended');
    expect(decide([signed, expired, suspended, revoked]).status).toBe('revoked');
  });

  it('treats warnings as no obstacle', () => {
    expect(decide([signed, { id: 'image', status: 'warn', message: 'The image is a JPEG.' }]).status).toBe('verified');
  });
});
