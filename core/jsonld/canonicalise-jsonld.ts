import type { CanonizeOptions } from 'rdf-canonize';
import type { Canonicalised, CanonicaliseOptions } from './canonicalise.ts';
import { findUnknownContext } from './unknown-context.ts';

/**
 * RDFC-1.0 canonicalisation by jsonld itself, in safe mode: the path for every document the fast path
 * does not cover, and the reference the fast path is proven against. jsonld (~150 KB minified) loads on
 * the first call only, so that neither the widget's first module nor the content script pulls it in
 * (DESIGN.md, Performance budgets).
 *
 * Safe mode: a term the contexts do not define, a relative IRI or any other thing JSON-LD would silently
 * drop is an error, because a dropped term is not signed, and a user would be shown text that no
 * signature covers.
 *
 * @example
 * const result = await canonicaliseWithJsonld(credential, { documentLoader }, canonizeOptions());
 */
export async function canonicaliseWithJsonld(input: object, options: CanonicaliseOptions, canonize: CanonizeOptions): Promise<Canonicalised> {
  const { default: jsonld } = await import('jsonld');
  try {
    const nquads = await jsonld.canonize(input, {
      algorithm: 'RDFC-1.0',
      format: 'application/n-quads',
      documentLoader: options.documentLoader,
      safe: true,
      base: null,
      canonizeOptions: canonize,
    });
    return { ok: true, nquads };
  } catch (error) {
    const unknown = findUnknownContext(error);
    if (unknown) return { ok: false, reason: 'unknown-context', url: unknown.url, message: unknown.message };
    return { ok: false, reason: 'canonicalisation', message: describeFailure(error) };
  }
}

interface JsonLdEvent {
  readonly code?: string;
  readonly message?: string;
  readonly details?: { readonly property?: unknown; readonly type?: unknown; readonly id?: unknown };
}

/** A sentence for why JSON-LD refused the document, naming the term or value when jsonld says which. */
function describeFailure(error: unknown): string {
  const { message, details } = (typeof error === 'object' && error !== null ? error : {}) as {
    message?: string;
    details?: { event?: JsonLdEvent; code?: string; url?: string; cause?: { message?: string } };
  };
  if (details?.code === 'loading remote context failed') {
    // The loader failed for another reason than an unknown URL: the bundled set itself could not load.
    return `Badge Lens could not load its own copy of the JSON-LD context ${details.url ?? ''}: ${details.cause?.message ?? 'unknown error'}`;
  }
  const event = details?.event;
  const quoted = (value: unknown): string => JSON.stringify(typeof value === 'string' ? value : String(value));
  if (message?.startsWith('Maximum deep iterations exceeded')) {
    return 'The credential is built so that putting it in canonical form would take too long, a shape only crafted documents have; it cannot be checked.';
  }
  if (event?.code === undefined) return `The credential could not be read as JSON-LD: ${message ?? String(error)}`;
  switch (event.code) {
    case 'invalid property':
      return `The term ${quoted(event.details?.property)} is not defined by the JSON-LD contexts the credential names, so no signature can cover it.`;
    case 'relative @type reference':
      return `The type ${quoted(event.details?.type)} is not defined by the JSON-LD contexts the credential names, so no signature can cover it.`;
    case 'relative @id reference':
      return `The identifier ${quoted(event.details?.id)} is not an absolute URL or URN, so no signature can cover it.`;
    default:
      return `The credential could not be read as JSON-LD (${event.code}): ${event.message ?? message ?? ''}`.trim();
  }
}
