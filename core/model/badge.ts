/**
 * The one normalised view of a badge, whatever its version and form. Every field comes from the document
 * that was verified (for hosted badges, the copy fetched from the issuer) and is untrusted text: faces
 * render it as text, and links and images only after checking their scheme.
 */
export interface Badge {
  /** The assertion's or credential's id (a URL, a URN or a DID URL). */
  readonly id?: string;
  readonly name: string;
  readonly description?: string;
  /** An http(s) or data: URL of the badge image. */
  readonly image?: string;
  readonly criteria?: Criteria;
  readonly issuer: Issuer;
  readonly recipient: Recipient;
  /** ISO 8601. */
  readonly issuedOn?: string;
  /** ISO 8601. */
  readonly expires?: string;
  readonly evidence: readonly Evidence[];
  readonly alignments: readonly Alignment[];
  readonly tags: readonly string[];
  readonly endorsements: readonly EndorsementSummary[];
  /** The achievement or BadgeClass id, when it has one. */
  readonly achievementId?: string;
  /** OB 3.0 achievement type (`Certificate`, `Course`, …) and results, when given. */
  readonly achievementType?: string;
  readonly results?: readonly Result[];
  /** CLR 2.0: the credentials the record holds, as their own badges. */
  readonly credentials?: readonly Badge[];
}

export interface Criteria {
  readonly url?: string;
  /** Markdown. */
  readonly narrative?: string;
}

export interface Issuer {
  readonly id?: string;
  readonly name?: string;
  readonly url?: string;
  readonly email?: string;
  readonly image?: string;
  readonly description?: string;
}

export interface Recipient {
  /** `email`, `url`, `telephone`, `id` (OB 2.0) or `emailAddress`, `did`, … (OB 3.0 identityType). */
  readonly type?: string;
  /** The identity as issued: plain text, or `algorithm$hex` when hashed. */
  readonly identity?: string;
  readonly hashed: boolean;
  readonly salt?: string;
  /** OB 3.0: the subject's id (often a DID) and name, when given. */
  readonly id?: string;
  readonly name?: string;
}

export interface Evidence {
  readonly id?: string;
  readonly name?: string;
  readonly description?: string;
  /** Markdown. */
  readonly narrative?: string;
  readonly genre?: string;
  readonly audience?: string;
}

export interface Alignment {
  readonly targetName: string;
  readonly targetUrl?: string;
  readonly targetDescription?: string;
  readonly targetFramework?: string;
  readonly targetCode?: string;
}

export interface Result {
  readonly name?: string;
  readonly value?: string;
  readonly status?: string;
}

/** An endorsement of the badge, its achievement or its issuer, with its own verdict. */
export interface EndorsementSummary {
  readonly id?: string;
  /** What is endorsed: `badge`, `achievement` (BadgeClass) or `issuer`. */
  readonly about: 'badge' | 'achievement' | 'issuer';
  readonly issuer: Issuer;
  readonly comment?: string;
  readonly issuedOn?: string;
  readonly status: string;
}
