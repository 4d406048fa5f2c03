import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { achievementCredential, LEARNER, subjectOf, tampered } from '../../../support/ob3-credentials.ts';
import { startOb3World, type Ob3World, type TestIssuer } from '../../../support/ob3-world.ts';
import { checksOf } from '../../../support/report-invariants.ts';

type Json = Record<string, unknown>;

let world: Ob3World;
let issuer: TestIssuer;
beforeAll(async () => {
  world = await startOb3World();
  issuer = await world.didKeyIssuer();
});
afterAll(() => world.close());

const EARNER = 'earner@example.org';
const SALT = 'pepper';
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** A signed credential whose subject carries `identifier` IdentityObjects. */
const issuedTo = (identifier: Json[]): Promise<Json> =>
  issuer.sign(tampered(achievementCredential(issuer.id), (c) => void (subjectOf(c).identifier = identifier)));

const hashed = { type: 'IdentityObject', identityType: 'emailAddress', hashed: true, salt: SALT, identityHash: `sha256$${sha256(EARNER + SALT)}` };
const plain = { type: 'IdentityObject', identityType: 'emailAddress', hashed: false, identityHash: EARNER };

describe('verify: the recipient against the identities the viewer gives', () => {
  it.each([
    ['a salted sha256 hash', hashed],
    ['a plain email', plain],
  ])('matches %s, and calls any other identity mismatched without changing the verdict', async (_name, identifier) => {
    const credential = await issuedTo([identifier]);
    const matched = await world.verify(credential, { identities: ['someone@example.org', EARNER] });
    expect(matched).toMatchObject({ status: 'verified', recipientMatch: 'matched' });
    expect(checksOf(matched, 'recipient')).toEqual([{ id: 'recipient', status: 'pass', message: `Issued to ${EARNER}.` }]);
    const mismatched = await world.verify(credential, { identities: ['someone@example.org'] });
    expect(mismatched).toMatchObject({ status: 'verified', recipientMatch: 'mismatched' });
    expect(checksOf(mismatched, 'recipient')).toEqual([{ id: 'recipient', status: 'warn', message: 'Issued to someone else: the recipient is not someone@example.org.' }]);
  });

  it('matches an email typed in another case against a hash of the lower-case address', async () => {
    expect((await world.verify(await issuedTo([hashed]), { identities: ['Earner@Example.ORG'] })).recipientMatch).toBe('matched');
  });

  it('does not match a hash made with another salt', async () => {
    const otherSalt = { ...hashed, identityHash: `sha256$${sha256(`${EARNER}salt`)}` };
    expect((await world.verify(await issuedTo([otherSalt]), { identities: [EARNER] })).recipientMatch).toBe('mismatched');
  });

  it('matches the subject id (a DID) too', async () => {
    expect((await world.verify(await issuedTo([]), { identities: [LEARNER] })).recipientMatch).toBe('matched');
  });

  it('leaves the recipient not checked when no identity is given', async () => {
    expect(await world.verify(await issuedTo([hashed]))).toMatchObject({ status: 'verified', recipientMatch: 'not-checked' });
  });

  it('never lets a mismatch change a verdict, whatever it is', async () => {
    const expired = await issuer.sign(tampered(achievementCredential(issuer.id, { validUntil: '2026-01-01T00:00:00Z' }), (c) => void (subjectOf(c).identifier = [plain])));
    expect(await world.verify(expired, { identities: ['someone@example.org'] })).toMatchObject({ status: 'expired', recipientMatch: 'mismatched' });
  });

  it('shows the recipient as issued in the normalised badge', async () => {
    const report = await world.verify(await issuedTo([hashed]));
    expect(report.badge?.recipient).toEqual({ type: 'emailAddress', identity: hashed.identityHash, hashed: true, salt: SALT, id: LEARNER, name: undefined });
  });
});
