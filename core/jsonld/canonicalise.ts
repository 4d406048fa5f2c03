import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { DocumentLoader, MessageDigest } from 'jsonld';
import { findUnknownContext } from './unknown-context.ts';

export interface CanonicaliseOptions {
  /** Where contexts come from; in the product always createBundledDocumentLoader(). */
  readonly documentLoader: DocumentLoader;
  /** Stops a canonicalisation that is taking too long (rdf-canonize checks it between blank nodes). */
  readonly signal?: AbortSignal;
}

export type Canonicalised =
  | { readonly ok: true; readonly nquads: string }
  | { readonly ok: false; readonly reason: 'unknown-context'; readonly url: string; readonly message: string }
  | { readonly ok: false; readonly reason: 'canonicalisation'; readonly message: string };

/**
 * The RDF Dataset Canonicalization (RDFC-1.0, formerly URDNA2015) of a JSON-LD document, as N-Quads.
 *
 * Safe mode is on: a term the contexts do not define, a relative IRI or any other thing JSON-LD would
 * silently drop is an error, because a dropped term is not signed, and a user would be shown text that
 * no signature covers. jsonld (~150 KB minified) loads on the first call only, so that neither the widget's first
 * module nor the content script pulls it in (DESIGN.md, Performance budgets).
 *
 * @example
 * const result = await canonicalise(credential, { documentLoader: createBundledDocumentLoader() });
 * if (result.ok) hash(result.nquads);
 */
export async function canonicalise(document: object, options: CanonicaliseOptions): Promise<Canonicalised> {
  const { default: jsonld } = await import('jsonld');
  try {
    const nquads = await jsonld.canonize(document, {
      algorithm: 'RDFC-1.0',
      format: 'application/n-quads',
      documentLoader: options.documentLoader,
      safe: true,
      base: null,
      canonizeOptions: {
        // rdf-canonize hashes with WebCrypto in browsers, which pages served over plain http lack.
        createMessageDigest: sha256Digest,
        // The default work factor (1) already bounds the blank-node comparisons a crafted document could
        // force (RDFC-1.0 'Dataset Poisoning'); it is restated so that it cannot change under us.
        maxWorkFactor: 1,
        ...(options.signal ? { signal: options.signal } : {}),
      },
    });
    return { ok: true, nquads };
  } catch (error) {
    const unknown = findUnknownContext(error);
    if (unknown) return { ok: false, reason: 'unknown-context', url: unknown.url, message: unknown.message };
    return { ok: false, reason: 'canonicalisation', message: describeFailure(error) };
  }
}

function sha256Digest(): MessageDigest {
  const hash = sha256.create();
  const encoder = new TextEncoder();
  return {
    update: (message) => void hash.update(encoder.encode(message)),
    digest: () => bytesToHex(hash.digest()),
  };
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
