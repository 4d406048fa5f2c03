import { expect } from 'vitest';
import { canonicalise, canonizeOptions, type Canonicalised } from '../../../../core/jsonld/canonicalise.ts';
import { canonicaliseWithJsonld } from '../../../../core/jsonld/canonicalise-jsonld.ts';
import { createBundledDocumentLoader, type BundledDocumentLoader } from '../../../../core/jsonld/document-loader.ts';
import { canonicaliseFast, type FastResult } from '../../../../core/jsonld/fast/canonicalise-fast.ts';

/** One loader for all differential tests, as the product keeps one: its context cache is exercised too. */
export const documentLoader: BundledDocumentLoader = createBundledDocumentLoader();

export interface BothPaths {
  /** What the fast path gives on its own: N-Quads, or why it hands over. */
  readonly fast: FastResult;
  /** jsonld alone, in safe mode: the reference. */
  readonly jsonld: Canonicalised;
  /** What canonicalise, which tries the fast path first, returns. */
  readonly canonicalised: Canonicalised;
}

export async function bothPaths(input: object): Promise<BothPaths> {
  const fast = await canonicaliseFast(input, { documentLoader, contexts: documentLoader.contextCache, canonize: canonizeOptions() });
  const jsonld = await canonicaliseWithJsonld(input, { documentLoader }, canonizeOptions());
  const canonicalised = await canonicalise(input, { documentLoader });
  return { fast, jsonld, canonicalised };
}

/**
 * The same, a little cheaper for documents the fast path hands over: canonicalise's answer is then jsonld's
 * own (fallback.test.ts proves that it is), so jsonld runs once instead of twice.
 */
export async function bothPathsOnce(input: object): Promise<BothPaths> {
  const fast = await canonicaliseFast(input, { documentLoader, contexts: documentLoader.contextCache, canonize: canonizeOptions() });
  if (!fast.covered) {
    const canonicalised = await canonicalise(input, { documentLoader });
    return { fast, jsonld: canonicalised, canonicalised };
  }
  const jsonld = await canonicaliseWithJsonld(input, { documentLoader }, canonizeOptions());
  return { fast, jsonld, canonicalised: await canonicalise(input, { documentLoader }) };
}

/**
 * The differential property: where the fast path gives N-Quads, jsonld gives the very same bytes (never
 * an error); and canonicalise always returns what jsonld returns, N-Quads or failure alike.
 */
export function expectSameAsJsonld(name: string, { fast, jsonld, canonicalised }: BothPaths): void {
  if (fast.covered) expect(jsonld, `${name}: the fast path's N-Quads differ from jsonld's`).toEqual({ ok: true, nquads: fast.nquads });
  expect(canonicalised, `${name}: canonicalise differs from jsonld`).toEqual(jsonld);
}
