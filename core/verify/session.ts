import { createNet, type Net } from '../net/net.ts';
import type { JsonFetched } from '../net/net.ts';
import { createVerifyCache, type VerifyCache } from './cache.ts';
import type { VerifyOptions } from './options.ts';

/** One verification's context: its network view, its clock, the viewer's identities and the documents used. */
export interface Session {
  readonly net: Net;
  readonly now: Date;
  readonly identities: readonly string[];
  readonly options: VerifyOptions;
  readonly cache: VerifyCache;
  /** JSON documents the checks used, by URL, for the report. */
  readonly documents: Map<string, unknown>;
  /** Fetches JSON and keeps it for the report. */
  json(url: string): Promise<JsonFetched>;
}

export function createSession(
  options: VerifyOptions = {},
  net: Net = createNet(options),
  cache: VerifyCache = options.cache ?? createVerifyCache(),
  documents: Map<string, unknown> = new Map(),
): Session {
  const now = options.now === undefined ? new Date() : new Date(options.now);
  return {
    net,
    now: Number.isNaN(now.getTime()) ? new Date() : now,
    identities: options.identities ?? [],
    options,
    cache,
    documents,
    async json(url) {
      const fetched = await net.json(url);
      if (fetched.ok) documents.set(url, fetched.value);
      return fetched;
    },
  };
}

/**
 * A session for a document that hangs off this one (an endorsement, a nested credential, a status list):
 * same network, clock and cache, and the same documents, so the outer report holds everything that was
 * used to verify it and can be verified again offline from them.
 */
export function childSession(parent: Session): Session {
  return createSession({ ...parent.options, now: parent.now }, parent.net, parent.cache, parent.documents);
}
