import type { Check } from '../../model/report.ts';
import { extensionSchemas, extensionTerms, issueText, validateWithSchema, type ContextValidation } from '../../schemas/index.ts';
import { isRecord, strings, typesOf, type JsonRecord } from '../../util/json.ts';
import { fail, pass, warn } from '../checks.ts';

const MAX_DEPTH = 4;
const CORE_CONTEXTS = new Set(['https://w3id.org/openbadges/v1', 'https://w3id.org/openbadges/v2', 'https://openbadgespec.org/v1/context.json', 'https://openbadgespec.org/v2/context.json']);

interface ExtensionNode {
  readonly node: JsonRecord;
  /** Contexts in scope: the node's own and those of the documents around it. */
  readonly contexts: readonly string[];
}

/**
 * OB 2.0 §Extensions: an extension node's JSON-LD context names the JSON Schema its type must meet
 * (`obi:validation`). The verifier never fetches a context or a schema: only extensions whose context is
 * bundled are validated, and an unknown one is reported as not checked. When no validation names one of
 * the node's types as written, every validation of the contexts in scope applies, as badgecheck does for
 * nodes whose type is written as a compact IRI the context does not use.
 */
export async function extensionChecks(documents: readonly (JsonRecord | undefined)[]): Promise<Check[]> {
  const extensions = documents.flatMap((doc) => (doc ? findExtensions(doc, strings(doc['@context']), 0) : []));
  const checks: Check[] = [];
  for (const { node, contexts } of extensions) {
    const types = typesOf(node);
    const name = types.find((t) => t !== 'Extension') ?? 'an extension';
    // The OB 1.1 context validates Assertion, BadgeClass and Issuer documents, not extension nodes.
    const validations = contexts.filter((c) => !CORE_CONTEXTS.has(c)).flatMap((c) => extensionSchemas(c));
    const matching = validations.filter((v) => types.includes(v.validatesType) || (v.validatesTypeIri !== undefined && types.includes(v.validatesTypeIri)));
    const applied: readonly ContextValidation[] = matching.length > 0 ? matching : validations;
    if (applied.length === 0) {
      checks.push(warn('schema', `The extension ${name} is not one Badge Lens knows, so its content was not checked.`));
      continue;
    }
    for (const { schemaUrl } of applied) {
      const result = await validateWithSchema(schemaUrl, compact(node, contexts));
      if (!result.known) checks.push(warn('schema', `The schema for ${name} is not bundled, so its content was not checked.`));
      else if (result.valid) checks.push(pass('schema', `The extension ${name} meets its schema.`));
      else checks.push(fail('schema', `The extension ${name} does not meet its schema: ${result.issues.slice(0, 3).map(issueText).join('; ')}.`));
    }
  }
  return checks;
}

function findExtensions(node: JsonRecord, inherited: readonly string[], depth: number): ExtensionNode[] {
  if (depth > MAX_DEPTH) return [];
  const found: ExtensionNode[] = [];
  for (const value of Object.values(node)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (!isRecord(item)) continue;
      const contexts = [...strings(item['@context']), ...inherited];
      if (typesOf(item).includes('Extension')) found.push({ node: item, contexts });
      else found.push(...findExtensions(item, contexts, depth + 1));
    }
  }
  return found;
}

/**
 * The node with its keys written as the extension's context names them. Schemas name properties by their
 * terms (`exampleProperty`), while a node may use the full IRI (`http://schema.org/text`) or a compact one
 * (`schema:text`); JSON-LD processors compact a node before validating it, and this does the part that
 * matters for property names.
 */
function compact(node: JsonRecord, contexts: readonly string[]): JsonRecord {
  const terms: Record<string, string> = Object.assign({}, ...contexts.map((c) => extensionTerms(c)));
  const byIri = new Map<string, string>();
  for (const [term, iri] of Object.entries(terms)) if (!byIri.has(iri) && !term.includes(':')) byIri.set(iri, term);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    const colon = key.indexOf(':');
    const iri = terms[key] !== undefined ? undefined : colon > 0 && terms[key.slice(0, colon)] !== undefined ? terms[key.slice(0, colon)] + key.slice(colon + 1) : key;
    const term = iri === undefined ? undefined : byIri.get(iri);
    out[term !== undefined && !(term in node) ? term : key] = value;
  }
  return out;
}
