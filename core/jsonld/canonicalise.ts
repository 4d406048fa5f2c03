import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { CanonizeOptions, MessageDigest } from 'rdf-canonize';
import { canonicaliseWithJsonld } from './canonicalise-jsonld.ts';
import type { BundledDocumentLoader, DocumentLoader } from './document-loader.ts';
import { createContextCache } from './fast/active-context.ts';
import { canonicaliseFast } from './fast/canonicalise-fast.ts';

export interface CanonicaliseOptions {
  /**
   * Where contexts come from; in the product always createBundledDocumentLoader(), whose loader also
   * carries the fast path's processed contexts, so keep one for many calls.
   */
  readonly documentLoader: DocumentLoader;
  /** Stops a canonicalisation that is taking too long (rdf-canonize checks it between blank nodes). */
  readonly signal?: AbortSignal;
}

export type Canonicalised =
  | { readonly ok: true; readonly nquads: string }
  | { readonly ok: false; readonly reason: 'unknown-context'; readonly url: string; readonly message: string }
  | { readonly ok: false; readonly reason: 'canonicalisation'; readonly message: string };

/**
 * The RDF Dataset Canonicalization (RDFC-1.0, formerly URDNA2015) of a JSON-LD document, as N-Quads,
 * exactly as jsonld.canonize gives it in safe mode.
 *
 * Credentials under the bundled contexts take the fast path (core/jsonld/fast), which gives jsonld's
 * bytes without loading jsonld; at the first thing it does not cover, the document goes to jsonld in
 * safe mode, which canonicalises it or says why it cannot: a term the contexts do not define, a relative
 * IRI or anything else JSON-LD would silently drop is an error, because a dropped term is not signed,
 * and a user would be shown text that no signature covers.
 *
 * @example
 * const result = await canonicalise(credential, { documentLoader: createBundledDocumentLoader() });
 * if (result.ok) hash(result.nquads);
 */
export async function canonicalise(input: object, options: CanonicaliseOptions): Promise<Canonicalised> {
  if (deeperThan(input, MAX_DEPTH)) {
    return { ok: false, reason: 'canonicalisation', message: `The credential nests its data more than ${MAX_DEPTH} levels deep, a shape only crafted documents have; it cannot be checked.` };
  }
  const canonize = canonizeOptions(options.signal);
  const contexts = (options.documentLoader as Partial<BundledDocumentLoader>).contextCache ?? createContextCache();
  const fast = await canonicaliseFast(input, { documentLoader: options.documentLoader, contexts, canonize });
  return fast.covered ? { ok: true, nquads: fast.nquads } : canonicaliseWithJsonld(input, options, canonize);
}

// Credentials nest a dozen levels at most (a CLR's credentials inside it, their achievements, results);
// JSON-LD processing recurses once per level, and a crafted document must not exhaust the stack.
const MAX_DEPTH = 100;

/** Whether a JSON value nests arrays and objects more than `limit` levels deep, without recursing. */
function deeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (typeof item !== 'object' || item === null) continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(item) ? item : Object.values(item)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}

/** rdf-canonize's options, one set for both paths, so that neither can canonicalise differently. */
export function canonizeOptions(signal?: AbortSignal): CanonizeOptions {
  return {
    algorithm: 'RDFC-1.0',
    // rdf-canonize hashes with WebCrypto in browsers, which pages served over plain http lack.
    createMessageDigest: sha256Digest,
    // The default work factor (1) already bounds the blank-node comparisons a crafted document could
    // force (RDFC-1.0 'Dataset Poisoning'); it is restated so that it cannot change under us.
    maxWorkFactor: 1,
    ...(signal ? { signal } : {}),
  };
}

function sha256Digest(): MessageDigest {
  const hash = sha256.create();
  const encoder = new TextEncoder();
  return {
    update: (message) => void hash.update(encoder.encode(message)),
    digest: () => bytesToHex(hash.digest()),
  };
}
