import type { Check } from '../../model/report.ts';
import { issueText, validateWithSchema } from '../../schemas/index.ts';
import { hasType, isRecord, list, str, type JsonRecord } from '../../util/json.ts';
import { fail, pass, warn } from '../checks.ts';
import type { CredentialKind } from './credential-shape.ts';
import { credentialFrom } from './credential-from.ts';
import { firstRecord } from './normalise-vc.ts';

const OB3 = 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/';
const CLR = 'https://purl.imsglobal.org/spec/clr/v2p0/schema/json/';
const SCHEMA_FOR: Readonly<Record<CredentialKind, string>> = {
  achievement: `${OB3}ob_v3p0_achievementcredential_schema.json`,
  endorsement: `${OB3}ob_v3p0_endorsementcredential_schema.json`,
  clr: `${CLR}clr_v2p0_clrcredential_schema.json`,
};

/**
 * OB 3.0 §8.2 and CLR 2.0: a credential must meet its 1EdTech JSON Schema, and any schema it names in
 * `credentialSchema` with type 1EdTechJsonSchemaValidator2019. The schemas describe the VC 2.0 data
 * model, so a VC 1.1 credential (issuanceDate, no validFrom) is told what differs, as a warning.
 */
export async function schemaChecks(credential: JsonRecord, kind: CredentialKind, vcdm: '1.1' | '2.0', about?: string): Promise<Check[]> {
  const extra = about ? { subject: about } : {};
  const named = list(credential.credentialSchema)
    .filter((s) => isRecord(s) && hasType(s, '1EdTechJsonSchemaValidator2019'))
    .map((s) => str((s as JsonRecord).id))
    .filter((id): id is string => id !== undefined);
  const urls = [...new Set([SCHEMA_FOR[kind], ...named])];
  const checks: Check[] = [];
  const subject = kind === 'clr' ? withDecodedCredentials(credential) : credential;
  for (const url of urls) {
    const result = await validateWithSchema(url, subject);
    const name = url.split('/').pop();
    if (!result.known) {
      checks.push(warn('schema', `The credential names a schema Badge Lens does not ship (${name}), so it was not checked against it.`, extra));
    } else if (result.valid) {
      checks.push(pass('schema', `It meets the ${name} schema.`, extra));
    } else {
      const message = `It does not meet the ${name} schema: ${result.issues.slice(0, 3).map(issueText).join('; ')}${result.issues.length > 3 ? '; …' : ''}.`;
      checks.push(vcdm === '1.1' ? warn('schema', message, extra) : fail('schema', message, extra));
    }
  }
  return checks;
}

/**
 * A CLR's credentials may be VC-JWT strings (1EdTech's own CLR examples hold them so); the CLR schema
 * describes the credentials themselves, so it is checked against what each string carries.
 */
function withDecodedCredentials(clr: JsonRecord): JsonRecord {
  const subject = firstRecord(clr.credentialSubject);
  if (subject === undefined || !Array.isArray(subject.verifiableCredential)) return clr;
  const verifiableCredential = subject.verifiableCredential.map((item: unknown) => (typeof item === 'string' ? (credentialFrom(item)?.credential ?? item) : item));
  return { ...clr, credentialSubject: { ...subject, verifiableCredential } };
}
