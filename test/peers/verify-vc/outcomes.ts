import { fails, open, passes, unverified, type Expected, type ExpectedCheck } from '../verify-ob2/case.ts';

/*
 * The reasons Badge Lens deliberately decides otherwise than a peer, each written once so that the final
 * report can group the cases by reason. Each was checked against the reports the cases make.
 */

/** (a) OB 3.0 §8.2, VC Data Integrity §4.2: the key must be the issuer's, and an address proves nothing. */
export const KEY_FROM_ADDRESS =
  "(a) its key is read from the 1EdTech address convention (issuer#z6Mk…) because the issuer's profile at that address cannot be had; anyone can write any key after the '#', so nothing ties it to the issuer: unverified, not VALID";

/** (b) The same for a VC-JWT whose only key is its own header's `jwk`. */
export const KEY_IN_JWT_HEADER = "(b) the VC-JWT's only key is the jwk in its own header, which anyone can put there: nothing ties it to the issuer, so unverified, not VALID";

/** (c) A valid signature by someone else's key. */
export const KEY_NOT_ISSUERS = "(c) the proof verifies, but with a did:key while the issuer is a urn:uuid: a valid signature by a key that is not the issuer's is invalid";

/** (d) Bitstring Status List v1.0 §Validate Algorithm step 2. */
export const SHORT_STATUS_LIST =
  "(d) DCC's status lists hold 100,000 entries, fewer than the 131,072 Bitstring Status List v1.0 requires, so revocation is left undecided: never VERIFIED or revoked on such a list";

/** (e) DESIGN: what cannot be reached cannot be decided. */
export const UNREACHABLE =
  '(e) a document the peer had live (status list, DID document, key) has no offline stand-in and is unreachable here: that check is undecided, never a pass or a fatal failure';

/** (f) DESIGN, Security rules: contexts come only from the bundled set. */
export const UNKNOWN_CONTEXT = '(f) it names a JSON-LD context outside the bundled set (a pre-final draft address): a failed context check, and the context is never fetched';

/** (g) OB 3.0 / CLR 2.0 JSON Schemas. */
export const SCHEMA_VIOLATION = '(g) it breaks the OB 3.0 JSON Schema (achievementType "Program" is not an AchievementType; OB 3.0 requires validFrom): invalid, where the peer only reports its schema check';

/** DESIGN: an unknown proof type leaves the verdict open. */
export const UNCHECKABLE_PROOF =
  'a proof Badge Lens cannot check (a type or cryptosuite it does not implement) leaves the verdict open (DESIGN: unknown proof type → unverified): neither VALID nor INVALID';

/** Issue 4, item 3. */
export const NBF_WARNING = "a VC-JWT without nbf gets a warning, not a failure (issue 4: the specification's own examples lack it), so the strict-OB 3.0 'INVALID' is not ours";

/** Badge Lens verifies badges. */
export const NOT_A_BADGE =
  "a credential whose type names no Open Badges or CLR credential is not a badge: Badge Lens reports it invalid at its format and checks nothing else, where DCC verifies any VC (its own status-list checks are in status-lists.test.ts)";
export const LIST_ALONE =
  'a status list credential given on its own is not a badge: invalid at its format; it is verified as a list only when a badge points to it (see the credentials that use it, and status-lists.test.ts)';

export const both = (...reasons: string[]): string => reasons.join('; ');

/* Messages of the checks that say why. */
export const ADDRESS_KEY = /read from its own address .* nothing confirms it is the issuer's/;
export const HEADER_KEY = /travels inside the badge itself, and nothing ties it to the issuer/;
export const URN_ISSUER_KEY = /belongs to did:key:z6Mk\w+, not to its issuer \(urn:uuid:/;
export const SHORT_LIST = /holds 100,000 entries, fewer than the 131,072/;
export const ISSUERS_KEY = /The signing key belongs to the issuer/;
export const NO_PROOF = /carries no proof/;
export const NOT_OB_TYPE = /is not an Open Badges or CLR credential/;

export const undecidedKey = (message: RegExp = ADDRESS_KEY): ExpectedCheck => open('key', message);
export const signatureValid = (message?: RegExp): ExpectedCheck => passes('signature', message);
export const expiredWith = (why: ExpectedCheck, extra: Omit<Expected, 'status' | 'checks'> = {}, ...checks: ExpectedCheck[]): Expected => ({ status: 'expired', checks: [why, ...checks], ...extra });
export const notABadge = (types: RegExp = NOT_OB_TYPE): Expected => ({ status: 'invalid', checks: [fails('format', types)] });

/** A valid proof whose key the issuer cannot be shown to hold: (a) or (b). */
export const keyNotTiedToIssuer = (key: RegExp, extra: Omit<Expected, 'status' | 'checks'> = {}, ...checks: ExpectedCheck[]): Expected =>
  unverified(undecidedKey(key), extra, signatureValid(), ...checks);
