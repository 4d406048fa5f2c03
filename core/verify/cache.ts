/**
 * What may be kept between verifications: imported keys (importing an RSA key costs more than checking a
 * signature with it). The core keeps no state of its own; a caller that verifies many badges (a page, a
 * collection) creates one cache and passes it to each call.
 *
 * @example
 * const cache = createVerifyCache();
 * for (const badge of badges) reports.push(await verify(badge, { cache }));
 */
export interface VerifyCache {
  /** Imported public keys by what they were imported from (a PEM, a JWK's JSON, …). */
  readonly keys: Map<string, Promise<CryptoKey | Uint8Array | undefined>>;
  /** Other things worth building once, by name (the JSON-LD document loader, whose context cache it carries). */
  readonly shared: Map<string, unknown>;
}

export function createVerifyCache(): VerifyCache {
  return { keys: new Map(), shared: new Map() };
}

/** The thing cached under `name`, made on first use. */
export function shared<T>(cache: VerifyCache, name: string, make: () => T): T {
  if (!cache.shared.has(name)) cache.shared.set(name, make());
  return cache.shared.get(name) as T;
}

/** Imports once per cache: concurrent calls share the same promise. */
export function cachedKey<K extends CryptoKey | Uint8Array>(cache: VerifyCache, id: string, load: () => Promise<K | undefined>): Promise<K | undefined> {
  let pending = cache.keys.get(id) as Promise<K | undefined> | undefined;
  if (pending === undefined) {
    pending = load().catch(() => undefined);
    cache.keys.set(id, pending);
  }
  return pending;
}
