import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { achievementCredential, achievementCredentialV1 } from '../../../support/ob3-credentials.ts';
import { NOW, startOb3World, type Ob3World, type TestIssuer } from '../../../support/ob3-world.ts';
import { checksOf } from '../../../support/report-invariants.ts';

type Json = Record<string, unknown>;

let world: Ob3World;
let issuer: TestIssuer;
beforeAll(async () => {
  world = await startOb3World();
  issuer = await world.didKeyIssuer();
});
afterAll(() => world.close());

// The world's clock: NOW is 2026-03-01T12:00:00Z.
const judge = async (make: () => Json) => world.verify(await issuer.sign(make()));

describe('verify: the validity period of a VCDM 2.0 credential (validFrom, validUntil)', () => {
  it.each([
    ['valid from a past date', { validFrom: '2025-01-01T00:00:00Z' }, 'verified', 'issued', /^Issued on 2025-01-01/],
    ["valid from four minutes ahead (an issuer's fast clock, within the 5 minutes allowed)", { validFrom: '2026-03-01T12:04:00Z' }, 'verified', 'issued', /^Issued on/],
    ['valid only from tomorrow', { validFrom: '2026-03-02T12:00:00Z' }, 'invalid', 'issued', /It is dated 2026-03-02.*, which is in the future\./],
    ['valid until a future date', { validUntil: '2027-01-01T00:00:00Z' }, 'verified', 'expiry', /^Valid until 2027-01-01/],
    ['valid until yesterday', { validUntil: '2026-02-28T12:00:00Z' }, 'expired', 'expiry', /^It expired on 2026-02-28/],
    ['valid until before it was valid from', { validFrom: '2025-06-01T00:00:00Z', validUntil: '2025-05-01T00:00:00Z' }, 'invalid', 'expiry', /before it was issued/],
    ['dated with text that is not a date', { validFrom: 'last Tuesday' }, 'invalid', 'issued', /is not a date/],
  ])('judges a credential %s', async (_name, dates, status, id, message) => {
    const report = await judge(() => achievementCredential(issuer.id, dates));
    expect(report.status).toBe(status);
    expect(checksOf(report, id).at(-1)?.message).toMatch(message);
  });

  it('fails a credential without validFrom', async () => {
    const { validFrom: _none, ...undated } = achievementCredential(issuer.id);
    const report = await world.verify(await issuer.sign(undated));
    expect(report.status).toBe('invalid');
    expect(checksOf(report, 'issued')).toEqual([expect.objectContaining({ status: 'fail', message: 'It has no validFrom date.' })]);
  });
});

describe('verify: the validity period of a VCDM 1.1 credential (issuanceDate, expirationDate)', () => {
  it.each([
    ['issued in the past', { issuanceDate: '2025-01-01T00:00:00Z' }, 'verified'],
    ['issued in the future', { issuanceDate: '2026-06-01T00:00:00Z' }, 'invalid'],
    ['expiring in the future', { expirationDate: '2027-01-01T00:00:00Z' }, 'verified'],
    ['expired', { expirationDate: '2026-01-01T00:00:00Z' }, 'expired'],
  ])('judges a VCDM 1.1 credential %s', async (_name, dates, status) => {
    const report = await judge(() => achievementCredentialV1(issuer.id, dates));
    expect(report.status).toBe(status);
  });

  it('fails a VCDM 1.1 credential without issuanceDate', async () => {
    const { issuanceDate: _none, ...undated } = achievementCredentialV1(issuer.id);
    expect(await judge(() => undated)).toMatchObject({ status: 'invalid', summary: 'It has no issuanceDate date.' });
  });
});

describe('verify: the clock', () => {
  it('judges by the `now` it is given, and says when it checked', async () => {
    const signed = await issuer.sign(achievementCredential(issuer.id, { validUntil: '2026-01-01T00:00:00Z' }));
    expect(await world.verify(signed, { now: '2025-12-31T00:00:00Z' })).toMatchObject({ status: 'verified', checkedAt: '2025-12-31T00:00:00Z' });
    expect(await world.verify(signed)).toMatchObject({ status: 'expired', checkedAt: NOW });
  });
});
