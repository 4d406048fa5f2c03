import { date, iri, maybeTagged, number, text, uuid, XSD, type Random } from './random.ts';

type Json = Record<string, unknown>;

export const V1 = 'https://www.w3.org/2018/credentials/v1';
export const V2 = 'https://www.w3.org/ns/credentials/v2';
export const OB3_CONTEXTS = [
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context.json',
];
export const OB3_EXTENSIONS = 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json';
export const CLR2_CONTEXTS = ['https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json', 'https://purl.imsglobal.org/spec/clr/v2p0/context.json'];
export const UNDEFINED_TERMS = 'https://www.w3.org/ns/credentials/undefined-terms/v2';
export const DATA_INTEGRITY_V2 = 'https://w3id.org/security/data-integrity/v2';
export const ED25519_2020 = 'https://w3id.org/security/suites/ed25519-2020/v1';

/** One value or a list of them, as issuers write either. */
function oneOrMany<T>(r: Random, items: T[]): T | T[] {
  return items.length === 1 && r.chance(0.5) ? items[0]! : items;
}

/** A list of n values made by `make`, now and then with a value repeated (JSON-LD merges equal ones). */
function several<T>(r: Random, max: number, make: () => T): T[] {
  const items = Array.from({ length: 1 + r.int(max) }, make);
  if (r.chance(0.2)) items.push(r.pick(items));
  return items;
}

function typeOf(r: Random, name: string): unknown {
  return r.pick([name, [name]]);
}

/** Adds each optional entry with probability p. */
function optional(r: Random, p: number, entries: Json): Json {
  return Object.fromEntries(Object.entries(entries).filter(() => r.chance(p)));
}

export function image(r: Random): unknown {
  return r.chance(0.5) ? iri(r) : { id: iri(r), type: 'Image', ...optional(r, 0.5, { caption: text(r) }) };
}

export function profile(r: Random, depth = 0): Json {
  return {
    id: iri(r),
    type: typeOf(r, 'Profile'),
    name: maybeTagged(r, text(r)),
    ...optional(r, 0.3, {
      url: `https://example.org/${r.int(99)}`,
      email: `issuer${r.int(99)}@example.org`,
      phone: `+1-555-01${r.int(99)}`,
      description: text(r),
      image: image(r),
      official: text(r),
      givenName: text(r),
      familyName: text(r),
      dateOfBirth: `19${50 + r.int(49)}-0${1 + r.int(9)}-1${r.int(9)}`,
      address: {
        type: typeOf(r, 'Address'),
        ...optional(r, 0.6, { addressCountry: text(r), addressLocality: text(r), postalCode: `${r.int(99999)}`, streetAddress: text(r) }),
        ...(r.chance(0.5) ? { geo: { type: 'GeoCoordinates', latitude: number(r), longitude: number(r) } } : {}),
      },
      otherIdentifier: several(r, 2, () => ({ type: 'IdentifierEntry', identifier: text(r), identifierType: r.pick(['sourcedId', 'systemId', 'ext:Custom']) })),
      ...(depth < 1 ? { parentOrg: profile(r, depth + 1) } : {}),
    }),
  };
}

function alignment(r: Random): Json {
  return {
    type: typeOf(r, 'Alignment'),
    targetName: text(r),
    targetUrl: `https://example.org/frameworks/${r.int(99)}`,
    ...optional(r, 0.4, { targetDescription: text(r), targetFramework: text(r), targetCode: `C-${r.int(99)}`, targetType: r.pick(['CFItem', 'ceasn:Competency', 'ext:Skill']) }),
  };
}

function resultDescription(r: Random): Json {
  return {
    id: iri(r),
    type: typeOf(r, 'ResultDescription'),
    name: text(r),
    resultType: r.pick(['GradePointAverage', 'LetterGrade', 'ext:Custom']),
    ...optional(r, 0.5, {
      // An @list container: order matters, nothing is merged.
      allowedValue: oneOrMany(r, several(r, 4, () => r.pick(['A', 'B', 'C', 'A']))),
      requiredLevel: iri(r),
      requiredValue: text(r),
      valueMax: `${r.int(100)}`,
      valueMin: `${r.int(10)}`,
      rubricCriterionLevel: several(r, 2, () => ({ id: iri(r), type: 'RubricCriterionLevel', name: text(r), ...optional(r, 0.5, { level: text(r), points: `${r.int(9)}` }) })),
    }),
  };
}

/** Whether the credential's OB context is 3.0.3, which defines terms earlier ones lack (inLanguage, awardedDate). */
const latestOb = (context: readonly string[]): boolean => context.includes(OB3_CONTEXTS[0]!);

export function achievement(r: Random, endorsements: () => Json[], latest = true): Json {
  const achievement = {
    id: iri(r),
    type: typeOf(r, 'Achievement'),
    name: maybeTagged(r, text(r)),
    description: maybeTagged(r, text(r)),
    criteria: r.chance(0.8) ? { ...optional(r, 0.4, { id: iri(r) }), narrative: text(r) } : { id: iri(r) },
    ...optional(r, 0.35, {
      image: image(r),
      achievementType: r.pick(['Badge', 'Certificate', 'ext:Custom']),
      alignment: oneOrMany(r, several(r, 3, () => alignment(r))),
      creditsAvailable: r.chance(0.7) ? number(r) : `${number(r)}`,
      fieldOfStudy: text(r),
      humanCode: `HC-${r.int(999)}`,
      tag: oneOrMany(r, several(r, 4, () => r.pick(['cloud', 'teamwork', 'écoute', 'cloud']))),
      resultDescription: several(r, 2, () => resultDescription(r)),
      version: `${r.int(5)}.${r.int(9)}`,
      inLanguage: r.pick(['en', 'fr-CA']),
      creator: profile(r),
      specialization: text(r),
      otherIdentifier: several(r, 2, () => ({ type: 'IdentifierEntry', identifier: text(r), identifierType: 'identifier' })),
      related: several(r, 2, () => ({ id: iri(r), type: ['Related'], ...optional(r, 0.5, { version: '1.0', ...(latest ? { inLanguage: 'de' } : {}) }) })),
      endorsement: endorsements(),
    }),
  };
  if (!latest) delete (achievement as Json).inLanguage;
  return achievement;
}

function subject(r: Random, endorsements: () => Json[], latest: boolean): Json {
  return {
    ...optional(r, 0.7, { id: iri(r) }),
    type: typeOf(r, 'AchievementSubject'),
    achievement: achievement(r, endorsements, latest),
    ...optional(r, 0.35, {
      identifier: several(r, 2, () => ({
        type: 'IdentityObject',
        identityHash: r.chance(0.5) ? `sha256$${uuid(r)}` : `learner${r.int(9)}@example.org`,
        identityType: r.pick(['emailAddress', 'studentId', 'ext:Custom']),
        hashed: r.pick([true, false, 'true', 'false']),
        ...optional(r, 0.5, { salt: uuid(r) }),
      })),
      result: several(r, 2, () => ({ type: typeOf(r, 'Result'), ...optional(r, 0.7, { resultDescription: iri(r), value: r.pick(['A', '3.5', 'pass']), achievedLevel: iri(r), status: r.pick(['Completed', 'Enrolled']) }) })),
      creditsEarned: r.chance(0.7) ? number(r) : `${number(r)}`,
      activityStartDate: `20${10 + r.int(15)}-01-0${1 + r.int(9)}`,
      activityEndDate: { '@value': `20${10 + r.int(15)}-12-3${r.int(2)}`, '@type': `${XSD}date` },
      term: text(r),
      role: text(r),
      licenseNumber: `L-${r.int(9999)}`,
      source: profile(r),
      image: image(r),
    }),
  };
}

export interface Flavour {
  readonly vcdm: '1.1' | '2.0';
  readonly context: readonly string[];
}

/** An OpenBadgeCredential / AchievementCredential (or EndorsementCredential) under `flavour`'s contexts. */
export function openBadgeCredential(r: Random, flavour: Flavour, depth = 0): Json {
  const endorsements = (): Json[] => (depth < 1 && r.chance(0.3) ? several(r, 1, () => endorsementCredential(r, flavour, depth + 1)) : []);
  const dates = flavour.vcdm === '2.0'
    ? { validFrom: date(r), ...optional(r, 0.4, { validUntil: date(r) }) }
    : { issuanceDate: date(r), ...optional(r, 0.4, { expirationDate: date(r) }) };
  return {
    '@context': [...flavour.context],
    id: iri(r),
    type: ['VerifiableCredential', r.pick(['OpenBadgeCredential', 'AchievementCredential'])],
    name: maybeTagged(r, text(r)),
    issuer: r.chance(0.15) ? iri(r) : profile(r),
    ...dates,
    credentialSubject: subject(r, endorsements, latestOb(flavour.context)),
    ...optional(r, 0.3, {
      description: text(r),
      image: image(r),
      ...(latestOb(flavour.context) ? { awardedDate: date(r) } : {}),
      evidence: oneOrMany(r, several(r, 2, () => ({ ...optional(r, 0.5, { id: iri(r) }), type: typeOf(r, 'Evidence'), ...optional(r, 0.6, { narrative: text(r), name: text(r), description: text(r), genre: text(r), audience: text(r) }) }))),
      endorsement: endorsements(),
    }),
    ...(flavour.context.includes(OB3_EXTENSIONS) && r.chance(0.5)
      ? {
          credentialSchema: [{ id: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json', type: '1EdTechJsonSchemaValidator2019' }],
          credentialStatus: { id: `https://issuer.example/revocations/${r.int(99)}`, type: '1EdTechRevocationList' },
        }
      : {}),
  };
}

function endorsementCredential(r: Random, flavour: Flavour, depth: number): Json {
  const { credentialSubject: _subject, type: _type, ...credential } = openBadgeCredential(r, flavour, depth);
  return { ...credential, type: ['VerifiableCredential', 'EndorsementCredential'], credentialSubject: { id: iri(r), type: 'EndorsementSubject', endorsementComment: text(r) } };
}

/** A ClrCredential holding OB credentials, each with its own @context and proof, and associations. */
export function clrCredential(r: Random): Json {
  const clr = r.pick(CLR2_CONTEXTS);
  const context = [V2, clr, OB3_CONTEXTS[0]!];
  const inner = several(r, 3, () => signed(r, openBadgeCredential(r, { vcdm: '2.0', context: [V2, OB3_CONTEXTS[0]!] })));
  return {
    '@context': context,
    id: iri(r),
    type: ['VerifiableCredential', 'ClrCredential'],
    name: text(r),
    issuer: profile(r),
    validFrom: date(r),
    // CLR 2.0.1 defines `partial`; 2.0 does not.
    ...(clr === CLR2_CONTEXTS[0] && r.chance(0.3) ? { partial: r.pick([true, false]) } : {}),
    credentialSubject: {
      ...optional(r, 0.7, { id: iri(r) }),
      type: typeOf(r, 'ClrSubject'),
      verifiableCredential: inner,
      ...optional(r, 0.4, {
        achievement: several(r, 2, () => achievement(r, () => [])),
        association: several(r, 2, () => ({ type: 'Association', associationType: r.pick(['isChildOf', 'isPartOf']), sourceId: iri(r), targetId: iri(r) })),
      }),
    },
  };
}

/** The options of a DataIntegrityProof (eddsa-rdfc-2022) or Ed25519Signature2020 proof, without the signature. */
export function proofOptions(r: Random, suite: 'DataIntegrityProof' | 'Ed25519Signature2020'): Json {
  const method = `did:key:z6Mk${uuid(r).replace(/-/g, '')}`;
  return {
    type: suite,
    ...(suite === 'DataIntegrityProof' ? { cryptosuite: r.pick(['eddsa-rdfc-2022', 'eddsa-2022']) } : {}),
    created: date(r),
    verificationMethod: `${method}#${method.slice(8)}`,
    proofPurpose: r.pick(['assertionMethod', 'assertionMethod', 'authentication']),
    ...optional(r, 0.2, { challenge: uuid(r), domain: 'https://verifier.example', nonce: uuid(r), expires: date(r) }),
  };
}

/**
 * The credential with a proof, as it is stored (its proof is an @graph container): a DataIntegrityProof
 * where VC 2.0 or the Data Integrity context defines it, an Ed25519Signature2020 where its suite context
 * is named.
 */
export function signed(r: Random, credential: Json): Json {
  const context = credential['@context'] as string[];
  const suites = [
    ...(context.includes(V2) || context.includes(DATA_INTEGRITY_V2) ? ['DataIntegrityProof' as const] : []),
    ...(context.includes(ED25519_2020) ? ['Ed25519Signature2020' as const] : []),
  ];
  return { ...credential, proof: { ...proofOptions(r, r.pick(suites)), proofValue: `z${uuid(r).replace(/-/g, '')}` } };
}
