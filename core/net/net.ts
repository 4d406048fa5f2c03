import { parseJson } from '../util/json.ts';
import { decodeUtf8 } from '../util/text.ts';
import { fetchResource, hostOf } from './fetch-resource.ts';
import type { Fetched, FetchFailure, FetchRecord, NetOptions, ResourceKind, SuppliedDocument } from './types.ts';

export type JsonFetched =
  | { readonly ok: true; readonly url: string; readonly finalUrl: string; readonly value: unknown; readonly source: 'network' | 'documents' }
  | { readonly ok: false; readonly url: string; readonly reason: FetchFailure; readonly status?: number; readonly message: string };

/**
 * One verification's view of the network: supplied documents first, then `fetchResource`; each URL is
 * fetched once, and every URL asked for is recorded for the report.
 */
export interface Net {
  resource(url: string, kind: ResourceKind): Promise<Fetched>;
  /** A JSON document, or a text one (a JWS) when `allowText`. */
  json(url: string): Promise<JsonFetched>;
  readonly records: readonly FetchRecord[];
  readonly options: NetOptions;
}

export function createNet(options: NetOptions = {}): Net {
  const records: FetchRecord[] = [];
  const pending = new Map<string, Promise<Fetched>>();
  const supplied = toMap(options.documents);

  const resource = (url: string, kind: ResourceKind): Promise<Fetched> => {
    const key = `${kind} ${withoutFragment(url)}`;
    let result = pending.get(key);
    if (result === undefined) {
      result = load(withoutFragment(url), kind);
      pending.set(key, result);
    }
    return result;
  };

  const load = async (url: string, kind: ResourceKind): Promise<Fetched> => {
    const given = supplied.get(url);
    if (given !== undefined) {
      records.push({ url, source: 'documents', outcome: 'ok' });
      return { ok: true, url, finalUrl: url, status: 200, contentType: '', bytes: toBytes(given), source: 'documents' };
    }
    const fetched = await fetchResource(url, kind, options);
    records.push(
      fetched.ok
        ? { url, finalUrl: fetched.finalUrl, source: 'network', status: fetched.status, outcome: 'ok' }
        : { url, source: fetched.reason === 'offline' || fetched.reason === 'refused' ? 'none' : 'network', outcome: fetched.reason, ...(fetched.status ? { status: fetched.status } : {}) },
    );
    return fetched;
  };

  const parsed = new Map<string, Promise<JsonFetched>>();
  const json = (url: string): Promise<JsonFetched> => {
    const key = withoutFragment(url);
    let result = parsed.get(key);
    if (result === undefined) {
      result = loadJson(key);
      parsed.set(key, result);
    }
    return result;
  };

  const loadJson = async (url: string): Promise<JsonFetched> => {
    const given = supplied.get(url);
    if (given !== undefined && typeof given !== 'string' && !(given instanceof Uint8Array)) {
      // Supplied as parsed JSON: used as it is, without a round trip through text.
      records.push({ url, source: 'documents', outcome: 'ok' });
      return { ok: true, url, finalUrl: url, value: given, source: 'documents' };
    }
    const fetched = await resource(url, 'json');
    if (!fetched.ok) return fetched;
    const text = decodeUtf8(fetched.bytes);
    const value = text === undefined ? undefined : parseJson(text);
    if (text === undefined || value === undefined) {
      return { ok: false, url, reason: 'not-json', message: `The document at ${hostOf(url)} is not JSON.` };
    }
    return { ok: true, url, finalUrl: fetched.finalUrl, value, source: fetched.source };
  };

  return { resource, json, records, options };
}

function toMap(documents: NetOptions['documents']): ReadonlyMap<string, SuppliedDocument> {
  if (documents === undefined) return new Map();
  const entries = documents instanceof Map ? [...documents] : Object.entries(documents);
  return new Map(entries.map(([url, doc]) => [withoutFragment(url), doc]));
}

function toBytes(document: SuppliedDocument): Uint8Array {
  if (document instanceof Uint8Array) return document;
  return new TextEncoder().encode(typeof document === 'string' ? document : JSON.stringify(document));
}

export function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}
