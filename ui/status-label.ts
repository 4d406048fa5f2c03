import type { CheckStatus, Status } from '../core/index.ts';

/** Status as words and a symbol, never colour alone (STYLE.md: accessibility is a feature). */
export const STATUS_LABEL: Readonly<Record<Status | 'checking', { readonly text: string; readonly symbol: string }>> = {
  checking: { text: 'Checking…', symbol: '…' },
  verified: { text: 'Verified', symbol: '✓' },
  invalid: { text: 'Not valid', symbol: '✗' },
  revoked: { text: 'Revoked', symbol: '✗' },
  suspended: { text: 'Suspended', symbol: '!' },
  expired: { text: 'Expired', symbol: '!' },
  unverified: { text: 'Could not be verified', symbol: '?' },
};

export const CHECK_LABEL: Readonly<Record<CheckStatus, { readonly text: string; readonly symbol: string }>> = {
  pass: { text: 'Passed', symbol: '✓' },
  fail: { text: 'Failed', symbol: '✗' },
  warn: { text: 'Warning', symbol: '!' },
  skip: { text: 'Not checked', symbol: '–' },
};

/** Human names of the check ids, for the list of checks. */
export const CHECK_NAME: Readonly<Record<string, string>> = {
  input: 'Badge data',
  format: 'Format',
  hosted: "Issuer's copy",
  'verification-policy': 'Hosting policy',
  signature: 'Signature',
  key: 'Signing key',
  issuer: 'Issuer',
  achievement: 'Achievement',
  context: 'Vocabulary',
  'jwt-claims': 'Token claims',
  revocation: 'Revocation',
  issued: 'Issue date',
  expiry: 'Expiry',
  recipient: 'Recipient',
  image: 'Image',
  schema: 'Schema',
  endorsements: 'Endorsements',
  nested: 'Credentials inside',
};

export function versionLabel(version: string | undefined, form: string | undefined): string | undefined {
  if (version === undefined) return undefined;
  const name = version === 'clr-2.0' ? 'CLR 2.0' : `Open Badges ${version}`;
  const how = { hosted: 'hosted by its issuer', jws: 'signed (JWS)', 'data-integrity': 'signed (Data Integrity proof)', 'vc-jwt': 'signed (VC-JWT)' }[form ?? ''];
  return how ? `${name}, ${how}` : name;
}
