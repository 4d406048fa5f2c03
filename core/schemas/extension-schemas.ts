import { contextTerms, contextValidations, type ContextValidation } from 'virtual:badge-lens/schemas';

export type { ContextValidation };

const NONE: readonly ContextValidation[] = Object.freeze([]);

/**
 * The validations a shipped JSON-LD context names (OB 2.0 extension contexts, and the OB 1.1 context):
 * for each, the type a node must have for it to apply and the schema that node must satisfy. Empty for a
 * context this build does not ship. `validatesType` is as the context writes it (`extensions:ApplyLink`);
 * `validatesTypeIri` is its absolute IRI when the context defines one, for comparing with expanded types.
 *
 * @example
 * for (const { validatesType, schemaUrl } of extensionSchemas(node['@context'])) {
 *   if (types.includes(validatesType)) await validateWithSchema(schemaUrl, node);
 * }
 */
export function extensionSchemas(contextUrl: string): readonly ContextValidation[] {
  return contextValidations.get(contextUrl) ?? NONE;
}

const NO_TERMS: Readonly<Record<string, string>> = Object.freeze({});

/** The terms a shipped extension context defines, with the absolute IRI each expands to; empty when not shipped. */
export function extensionTerms(contextUrl: string): Readonly<Record<string, string>> {
  return contextTerms.get(contextUrl) ?? NO_TERMS;
}
