import { startServer, type Route, type TestServer } from '../support/http-server.ts';

/**
 * The web as a peer's tests saw it, served from a real HTTP server on 127.0.0.1. A peer's fixtures name
 * real hosts (https://example.org/…, https://badges.webmaker.org/…); `fetch` here rewrites each requested
 * URL onto the server (https://example.org/x → http://127.0.0.1:PORT/example.org/x) and the verifier keeps
 * and reports the original URL. A URL no stand-in covers is unreachable, as it was to the peer's mocks
 * (`responses`, `nock`); under a directory stand-in a missing file is a 404, as it was to the peer's loader.
 * Nothing here ever touches the real network.
 */
export interface PeerWeb {
  readonly fetch: typeof fetch;
  readonly server: TestServer;
  close(): Promise<void>;
}

export interface PeerSite {
  /** Exact URLs → what is served there. */
  readonly routes: ReadonlyMap<string, Route>;
  /** URL prefixes ending in `/` → a directory served under them (the peer's "this domain is that folder"). */
  readonly directories: ReadonlyMap<string, string>;
}

export async function startPeerWeb(site: PeerSite): Promise<PeerWeb> {
  const server = await startServer();
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const [url, route] of site.routes) {
    exact.add(localPath(new URL(url)));
    server.route(localPath(new URL(url)), route);
  }
  for (const [prefix, directory] of site.directories) {
    prefixes.push(localPath(new URL(prefix)));
    server.mount(localPath(new URL(prefix)), directory);
  }
  const rewritten: typeof fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const local = localPath(url);
    const covered = exact.has(local) || exact.has(local.replace(/\?.*$/, '')) || prefixes.some((p) => local.startsWith(p));
    // What undici says for a host that does not answer: the verifier must read it as "unreachable".
    if (!covered) throw new TypeError(`fetch failed: no stand-in for ${url.href}`);
    return fetch(new URL(local, server.origin), init);
  };
  return { fetch: rewritten, server, close: () => server.close() };
}

// http and https share a path: the peers map both schemes of a host to the same stand-ins.
function localPath(url: URL): string {
  return `/${url.host}${url.pathname}${url.search}`;
}
