import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { identityMatches } from '../../../core/index.ts';
import { recipientCheck } from '../../../core/verify/recipient.ts';

const hash = (alg: string, text: string) => createHash(alg).update(text).digest('hex');

describe('identityMatches', () => {
  it.each([
    ['sha256 with salt', { identity: `sha256$${hash('sha256', 'nobody@example.org' + 'deadsea')}`, hashed: true, salt: 'deadsea' }, 'nobody@example.org', true],
    ['sha256 in upper-case hex', { identity: `sha256$${hash('sha256', 'nobody@example.org' + 'deadsea').toUpperCase()}`, hashed: true, salt: 'deadsea' }, 'nobody@example.org', true],
    ['an upper-case algorithm name', { identity: `SHA256$${hash('sha256', 'a@example.org')}`, hashed: true }, 'a@example.org', true],
    ['md5 without salt', { identity: `md5$${hash('md5', 'learner@example.org')}`, hashed: true }, 'learner@example.org', true],
    ['sha512 (OB 0.5)', { identity: `sha512$${hash('sha512', 'old@example.org' + 's')}`, hashed: true, salt: 's' }, 'old@example.org', true],
    ['an email typed in another case, hashed in lower case', { identity: `sha256$${hash('sha256', 'mixed@example.org')}`, hashed: true }, 'Mixed@Example.org', true],
    ['a URL identity', { type: 'url', identity: `sha256$${hash('sha256', 'https://me.example/')}`, hashed: true }, 'https://me.example/', true],
    ['plain text, case-insensitive for emails', { identity: 'Learner@Example.org', hashed: false }, 'learner@example.org', true],
    ['another person', { identity: `sha256$${hash('sha256', 'nobody@example.org' + 'deadsea')}`, hashed: true, salt: 'deadsea' }, 'somebody@example.org', false],
    ['the wrong salt', { identity: `sha256$${hash('sha256', 'nobody@example.org' + 'other')}`, hashed: true, salt: 'deadsea' }, 'nobody@example.org', false],
    ['an unknown algorithm', { identity: `crc32$abcd`, hashed: true }, 'nobody@example.org', false],
    ['a plain URL with other case', { identity: 'https://me.example/Profile', hashed: false }, 'https://me.example/profile', false],
  ])('%s', (_name, recipient, candidate, expected) => {
    expect(identityMatches(recipient, candidate)).toBe(expected);
  });
});

describe('recipientCheck', () => {
  const recipient = { identity: `sha256$${hash('sha256', 'a@example.org')}`, hashed: true };
  it('matches any of several identities', () => {
    expect(recipientCheck([recipient], ['b@example.org', 'a@example.org'])).toMatchObject({ match: 'matched', check: { status: 'pass', message: 'Issued to a@example.org.' } });
  });
  it('says plainly when the badge was issued to someone else, as a warning only', () => {
    expect(recipientCheck([recipient], ['b@example.org', 'c@example.org'])).toMatchObject({ match: 'mismatched', check: { status: 'warn', message: 'Issued to someone else: the recipient is not any of the 2 identities given.' } });
  });
  it('does not check without identities', () => {
    expect(recipientCheck([recipient], [])).toMatchObject({ match: 'not-checked', check: { status: 'skip' } });
  });
});
