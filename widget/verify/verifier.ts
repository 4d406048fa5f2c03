import { createVerifyCache, unbake, verify } from '../../core/index.ts';
import { previewOf } from '../sources/preview.ts';
import { checkEntry } from './check-entry.ts';
import { createLimiter } from '../../ui/limiter.ts';
import type { Outcome, Verifier } from './outcome.ts';

/**
 * The lazily loaded part of the widget: the core and what drives it. Loaded once per page after the
 * first paint, so the badges show before any of this arrives; `jsonld` stays out of it and loads only
 * when a Data Integrity proof needs it (the core imports it on demand).
 */
export interface VerifierOptions {
  readonly fetch?: typeof fetch;
  readonly allowPrivateNetwork: boolean;
  /** Verifications at once; each may wait on the network. Default 4. */
  readonly concurrency?: number;
}

export function createVerifier(options: VerifierOptions): Verifier {
  const cache = createVerifyCache();
  const limiter = createLimiter(options.concurrency ?? 4);
  const world = { verify, cache, allowPrivateNetwork: options.allowPrivateNetwork, ...(options.fetch ? { fetch: options.fetch } : {}) };
  return {
    check: (entry, { offline = false } = {}) =>
      limiter.run(
        (): Promise<Outcome> =>
          checkEntry(entry, { ...world, offline }).catch((error: unknown) => ({ error: error instanceof Error ? error.message : String(error) })),
      ),
    imagePreview(bytes) {
      const unbaked = unbake(bytes);
      if (!unbaked.found) return {};
      const payload = ['clr', 'credential', 'assertion'].map((kind) => unbaked.payloads.find((p) => p.kind === kind)).find(Boolean)!.payload;
      try {
        return previewOf(payload.trim().startsWith('{') ? JSON.parse(payload) : payload);
      } catch {
        return {};
      }
    },
  };
}
