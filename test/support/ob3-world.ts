import { expect } from 'vitest';
import { verify, type BadgeInput, type Report, type VerifyOptions } from '../../core/index.ts';
import { startServer, type Route, type TestServer } from './http-server.ts';
import { jwtPayload, OB3, type JwtOptions } from './ob3-credentials.ts';
import { didJwkOf, didKeyOf, generateSigningKey, signJws, type Alg, type SigningKey } from './ob3-keys.ts';
import { pngImage } from './png-factory.ts';
import { expectSoundReport } from './report-invariants.ts';
import { signCredential, type ProofOptions } from './sign-credential.ts';

type Json = Record<string, unknown>;

export const NOW = '2026-03-01T12:00:00Z';
export type MethodType = 'Multikey' | 'JsonWebKey' | 'Ed25519VerificationKey2020';

export interface IssuerOptions {
  readonly alg?: Alg;
  /** How the key is written in the issuer's document. Default Multikey (JsonWebKey for RSA). */
  readonly methodType?: MethodType;
  /** The relationships that list the key. Default ['assertionMethod']. */
  readonly relationships?: readonly string[];
}

/** An issuer of the test world: its id, its key, the method that names the key, and how it signs. */
export interface TestIssuer {
  readonly id: string;
  readonly key: SigningKey;
  readonly methodId: string;
  /** The DID document or Profile served for it, and where; undefined for did:key and did:jwk. */
  readonly document?: Json;
  readonly documentUrl?: string;
  /** The credential with an embedded Data Integrity proof by this issuer's key. */
  sign(credential: Json, options?: ProofOptions): Promise<Json>;
  /** The credential as a VC-JWT signed by this issuer's key. */
  jwt(credential: Json, options?: JwtOptions): Promise<string>;
}

/**
 * The web an OB 3.0 issuer publishes, on a real HTTP server on 127.0.0.1: DID documents, issuer profiles,
 * key sets, status lists and images. Credentials name real-looking https hosts (`https://issuer.example`,
 * `did:web:issuer.example`); the `fetch` given to verify maps https://HOST/PATH onto the server at
 * /HOST/PATH, so the verifier keeps and reports the original URLs. A host marked down does not answer.
 */
export interface Ob3World {
  readonly server: TestServer;
  readonly fetch: typeof fetch;
  /** Every URL the verifier asked for through `fetch`, in order. */
  readonly asked: readonly string[];
  serve(url: string, route: Route | Json): void;
  /** Makes a host unreachable, as a network error. */
  down(host: string): void;
  didKeyIssuer(alg?: Alg): Promise<TestIssuer>;
  didJwkIssuer(alg?: Alg): Promise<TestIssuer>;
  /** A did:web issuer (default `did:web:issuer.example`) whose DID document lists its key. */
  didWebIssuer(did?: string, options?: IssuerOptions): Promise<TestIssuer>;
  /** An issuer whose Profile at `url` is the controller document of its key (`url#key-1`). */
  profileIssuer(url?: string, options?: IssuerOptions): Promise<TestIssuer>;
  /** An issuer made from a key and ids the test chose, publishing nothing. */
  issuerOf(id: string, key: SigningKey, methodId: string): TestIssuer;
  options(extra?: VerifyOptions): VerifyOptions;
  /** verify() in this world; every report is checked with expectSoundReport, and its fetches against what was asked. */
  verify(input: BadgeInput, extra?: VerifyOptions): Promise<Report>;
  close(): Promise<void>;
}

export async function startOb3World(): Promise<Ob3World> {
  const server = await startServer();
  const asked: string[] = [];
  const downHosts = new Set<string>();
  const localPath = (url: URL): string => `/${url.host}${url.pathname}${url.search}`;

  const worldFetch: typeof fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    asked.push(url.href);
    if (url.origin === server.origin) return fetch(url, init);
    // What undici says for a host that does not answer: the verifier must read it as "unreachable".
    if (downHosts.has(url.host)) throw new TypeError(`fetch failed: ${url.host} is down`);
    return fetch(new URL(localPath(url), server.origin), init);
  };
  const serve = (url: string, route: Route | Json): void => {
    const isRoute = ['body', 'json', 'redirect', 'handler'].some((k) => k in route);
    server.route(localPath(new URL(url)), isRoute ? (route as Route) : { json: route });
  };
  serve('https://issuer.example/images/teamwork.png', { body: pngImage(64, 64), contentType: 'image/png' });

  const issuerOf = (id: string, key: SigningKey, methodId: string, served?: { document: Json; url: string }): TestIssuer => ({
    id,
    key,
    methodId,
    ...(served ? { document: served.document, documentUrl: served.url } : {}),
    sign: (credential, options = {}) => signCredential(credential, key, { verificationMethod: methodId, ...options }),
    jwt: (credential, options = {}) => signJws(jwtPayload(id, credential, options), key, { kid: methodId, ...options.header }),
  });

  const withDocument = async (id: string, url: string, base: Json, options: IssuerOptions): Promise<TestIssuer> => {
    const key = await generateSigningKey(options.alg);
    const methodId = `${id}#key-1`;
    const type = options.methodType ?? (key.multikey ? 'Multikey' : 'JsonWebKey');
    const method = { id: methodId, type, controller: id, ...(type === 'JsonWebKey' ? { publicKeyJwk: key.jwk } : { publicKeyMultibase: key.multikey }) };
    const relationships = Object.fromEntries((options.relationships ?? ['assertionMethod']).map((r) => [r, [methodId]]));
    const document = { ...base, id, verificationMethod: [method], ...relationships };
    serve(url, document);
    return issuerOf(id, key, methodId, { document, url });
  };

  const world: Ob3World = {
    server,
    fetch: worldFetch,
    asked,
    serve,
    down: (host) => void downHosts.add(host),
    async didKeyIssuer(alg = 'EdDSA') {
      const key = await generateSigningKey(alg);
      const did = didKeyOf(key);
      return issuerOf(did, key, `${did}#${key.multikey!}`);
    },
    async didJwkIssuer(alg = 'EdDSA') {
      const key = await generateSigningKey(alg);
      const did = didJwkOf(key);
      return issuerOf(did, key, `${did}#0`);
    },
    didWebIssuer(did = 'did:web:issuer.example', options = {}) {
      const [host, ...path] = did.slice('did:web:'.length).split(':');
      const origin = `https://${decodeURIComponent(host!)}`;
      const url = path.length === 0 ? `${origin}/.well-known/did.json` : `${origin}/${path.join('/')}/did.json`;
      return withDocument(did, url, { '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'] }, options);
    },
    profileIssuer(url = 'https://issuer.example/issuers/1', options = {}) {
      return withDocument(url, url, { '@context': [OB3], type: ['Profile'], name: 'Example College', url: 'https://issuer.example/' }, options);
    },
    issuerOf: (id, key, methodId) => issuerOf(id, key, methodId),
    options: (extra = {}) => ({ fetch: worldFetch, allowPrivateNetwork: true, now: NOW, ...extra }),
    async verify(input, extra = {}) {
      const before = asked.length;
      const report = await verify(input, world.options(extra));
      expectSoundReport(report);
      // The report names every host this verification contacted, and only those.
      const contacted = new Set(asked.slice(before).map((u) => new URL(u).host));
      const listed = new Set(report.fetches.filter((f) => f.source === 'network').flatMap((f) => [f.url, f.finalUrl ?? f.url]).map((u) => new URL(u).host));
      expect(listed, 'hosts in report.fetches').toEqual(contacted);
      return report;
    },
    close: () => server.close(),
  };
  return world;
}
