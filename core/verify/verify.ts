import type { Report } from '../model/report.ts';
import { recognise } from '../parse/recognise.ts';
import { isRecord } from '../util/json.ts';
import { fail } from './checks.ts';
import type { VerifyOptions } from './options.ts';
import { verifyOb } from './ob2/verify-ob.ts';
import { verifyCredential } from './vc/verify-credential.ts';
import { buildReport, type ReportParts } from './report.ts';
import { resolveInput, type BadgeInput } from './resolve-input.ts';
import { createSession, type Session } from './session.ts';

/**
 * Verifies a badge of any version and form and reports every check. Never throws for a bad badge: what
 * cannot be read, found or decided is in the report.
 *
 * @example
 * const report = await verify(pngBytes, { identities: ['earner@example.org'] });
 * report.status;         // 'verified' | 'invalid' | 'revoked' | 'suspended' | 'expired' | 'unverified'
 * report.recipientMatch; // 'matched' | 'mismatched' | 'not-checked'
 */
export async function verify(input: BadgeInput, options: VerifyOptions = {}): Promise<Report> {
  const session = createSession(options);
  return buildReport(await verifyInSession(input, session), session);
}

async function verifyInSession(input: BadgeInput, session: Session): Promise<ReportParts> {
  const resolved = await resolveInput(input, session);
  if (!resolved.ok) return { checks: [...resolved.notes, resolved.check] };
  const doc = resolved.kind === 'jws' ? resolved.jws.payload : resolved.doc;
  if (!isRecord(doc)) return { checks: [...resolved.notes, fail('input', 'The JWS payload is not a JSON object.')] };
  const recognised = recognise(isRecord(doc.vc) ? doc.vc : doc);
  if (recognised.family === 'unknown') return { checks: [...resolved.notes, fail('format', `This is not an Open Badge: ${recognised.reason}.`)] };
  if (recognised.family === 'vc') {
    const credential = isRecord(doc.vc) ? doc.vc : doc;
    const parts = await verifyCredential(session, { credential, ...(resolved.kind === 'jws' ? { jws: resolved.jws } : {}), fromImage: resolved.baked !== undefined });
    return { ...parts, checks: [...resolved.notes, ...parts.checks] };
  }
  const parts = await verifyOb(session, {
    doc,
    version: recognised.version,
    role: recognised.role,
    ...(resolved.fetchedFrom ? { fetchedFrom: resolved.fetchedFrom } : {}),
    ...(resolved.kind === 'jws' ? { jws: resolved.jws } : {}),
    fromImage: resolved.baked !== undefined,
  });
  return { ...parts, checks: [...resolved.notes, ...parts.checks] };
}
