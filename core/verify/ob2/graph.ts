import type { Check } from '../../model/report.ts';
import { readBadgeClass, readIssuer, type ObAssertion } from '../../parse/ob-legacy.ts';
import { hasType, isRecord, str, typesOf, type JsonRecord } from '../../util/json.ts';
import { fail, pass } from '../checks.ts';
import { host, loadNode } from '../load-node.ts';
import { badge05Problems, badgeClass10Problems, describeProblems, issuer05Problems, issuer10Problems } from './legacy-structure.ts';
import type { Session } from '../session.ts';

export interface GraphNode {
  readonly checks: readonly Check[];
  readonly node?: JsonRecord;
  readonly url?: string;
}

type ObVersion = '0.5' | '1.0' | '1.1' | '2.0';

/** The BadgeClass the assertion names: OB 2.0 §BadgeClass requires a name, criteria and an issuer. */
export async function loadBadgeClass(session: Session, assertion: ObAssertion, version: ObVersion): Promise<GraphNode> {
  const loaded = await loadNode(session, assertion.badge, 'achievement', 'badge description (BadgeClass)');
  if (!loaded.ok) return { checks: [loaded.check] };
  const node = readBadgeClass(loaded.node);
  const structure = version === '0.5' ? badge05Problems(loaded.node) : version === '1.0' ? badgeClass10Problems(loaded.node) : [];
  const problem =
    typed(node, version, ['BadgeClass'], 'badge description') ??
    (structure.length > 0 ? describeProblems(structure) : undefined) ??
    (str(node.name) ? undefined : 'The badge description has no name.') ??
    (node.criteria === undefined || node.criteria === null ? 'The badge description has no criteria.' : undefined);
  if (problem) return { checks: [...loaded.notes, fail('achievement', problem)] };
  if (node.issuer === undefined) return { checks: [...loaded.notes, fail('achievement', 'The badge description does not name its issuer.')] };
  const where = loaded.url ? ` from ${host(loaded.url)}` : '';
  return { checks: [...loaded.notes, pass('achievement', `The badge "${str(node.name)}" is described${where}.`)], node, ...(loaded.url ? { url: loaded.url } : {}) };
}

/** The issuer Profile the BadgeClass names (OB 0.5 embeds it with `origin`). */
export async function loadIssuer(session: Session, badgeClass: JsonRecord, version: ObVersion): Promise<GraphNode> {
  const loaded = await loadNode(session, badgeClass.issuer, 'issuer', 'issuer profile');
  if (!loaded.ok) return { checks: [loaded.check] };
  const node = readIssuer(loaded.node);
  const structure = version === '0.5' ? issuer05Problems(loaded.node) : version === '1.0' ? issuer10Problems(loaded.node) : [];
  const problem =
    typed(node, version, ['Issuer', 'Profile'], 'issuer profile') ??
    (structure.length > 0 ? describeProblems(structure) : undefined) ??
    (str(node.name) ? undefined : 'The issuer profile has no name.');
  if (problem) return { checks: [...loaded.notes, fail('issuer', problem)] };
  const site = str(node.url) ?? loaded.url;
  return { checks: [...loaded.notes, pass('issuer', `Issued by ${str(node.name)}${site ? ` (${host(site)})` : ''}.`)], node, ...(loaded.url ? { url: loaded.url } : {}) };
}

/** OB 1.1 and 2.0 documents carry a type; 0.5 and 1.0 ones have none. */
function typed(node: JsonRecord, version: ObVersion, wanted: readonly string[], what: string): string | undefined {
  if (version === '0.5' || version === '1.0') return undefined;
  if (!isRecord(node) || hasType(node, ...wanted)) return undefined;
  const seen = typesOf(node);
  return `The ${what} has type ${seen.length ? seen.join(', ') : 'none'}, not ${wanted.join(' or ')}.`;
}
