/**
 * Which shipped schema a credential is checked against: the JSON Schemas its `credentialSchema` lists (OB 3.0
 * §8.2, 1EdTechJsonSchemaValidator2019), or, when it lists none, the schema for its type, which is what
 * the 1EdTech validator and DCC verifier-core both apply.
 */

const OB3 = 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/';
const CLR = 'https://purl.imsglobal.org/spec/clr/v2p0/schema/json/';

const list = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

export function credentialSchemas(credential: Record<string, unknown>): string[] {
  const listed = list(credential.credentialSchema)
    .map((s) => (typeof s === 'object' && s !== null ? (s as { id?: unknown }).id : undefined))
    .filter((id): id is string => typeof id === 'string');
  if (listed.length > 0) return listed;
  const types = list(credential.type);
  if (types.includes('ClrCredential')) return [`${CLR}clr_v2p0_clrcredential_schema.json`];
  if (types.includes('EndorsementCredential')) return [`${OB3}ob_v3p0_endorsementcredential_schema.json`];
  if (types.includes('OpenBadgeCredential') || types.includes('AchievementCredential')) return [`${OB3}ob_v3p0_achievementcredential_schema.json`];
  return [];
}
