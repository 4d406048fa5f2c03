import { readFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';

type Common = { readonly status?: number; readonly headers?: Readonly<Record<string, string>> };
export type Route =
  | (Common & { readonly body: string | Uint8Array; readonly contentType?: string })
  | (Common & { readonly json: unknown; readonly contentType?: string })
  | { readonly redirect: string; readonly status?: number }
  | { readonly handler: (request: IncomingMessage, response: ServerResponse) => void };

export interface ServedRequest {
  readonly method: string;
  /** Path with its query string. */
  readonly path: string;
  readonly host: string;
  readonly headers: IncomingHttpHeaders;
  /** The status answered, when the route decides it up front (not for handlers). */
  readonly status?: number;
}

export interface TestServer {
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  readonly port: number;
  /** Every request received, in order, so tests can assert what was really fetched. */
  readonly requests: readonly ServedRequest[];
  /** Serves `route` at `path`: an exact match with the query string, else on the path alone. */
  route(path: string, route: Route): void;
  /** Serves the files under `directory` at `prefix` (e.g. `/widget/` → `dist/widget/`). */
  mount(prefix: string, directory: string): void;
  url(path: string): string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export const html = (body: string): Route => ({ body, contentType: 'text/html; charset=utf-8' });
export const png = (body: Uint8Array): Route => ({ body, contentType: 'image/png' });

/** A real HTTP server on 127.0.0.1 on an ephemeral port; unknown paths answer 404. */
export async function startServer(routes: Readonly<Record<string, Route>> = {}): Promise<TestServer> {
  const table = new Map<string, Route>(Object.entries(routes));
  const mounts: { prefix: string; directory: string }[] = [];
  const requests: ServedRequest[] = [];

  async function fromDisk(pathname: string): Promise<Route | undefined> {
    for (const { prefix, directory } of mounts) {
      if (!pathname.startsWith(prefix)) continue;
      const file = resolve(directory, `.${sep}${decodeURIComponent(pathname.slice(prefix.length))}`);
      // A test page must never read outside the directory it was given.
      if (!file.startsWith(directory + sep)) return undefined;
      try {
        return { body: new Uint8Array(await readFile(file)), contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' };
      } catch {
        return undefined;
      }
    }
    return undefined;
  }

  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = request.url ?? '/';
    const pathname = new URL(path, 'http://placeholder').pathname;
    const route = table.get(path) ?? table.get(pathname) ?? (await fromDisk(pathname));
    const status = route === undefined ? 404 : 'handler' in route ? undefined : (route.status ?? ('redirect' in route ? 302 : 200));
    requests.push({ method: request.method ?? 'GET', path, host: request.headers.host ?? '', headers: request.headers, ...(status ? { status } : {}) });
    if (route === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${pathname}`);
      return;
    }
    if ('handler' in route) return route.handler(request, response);
    if ('redirect' in route) {
      response.writeHead(route.status ?? 302, { location: route.redirect }).end();
      return;
    }
    const body = 'json' in route ? JSON.stringify(route.json) : route.body;
    const contentType = route.contentType ?? ('json' in route ? 'application/json' : 'application/octet-stream');
    response.writeHead(route.status ?? 200, { 'content-type': contentType, 'cache-control': 'no-store', ...route.headers });
    response.end(body);
  }

  const server = createServer((request, response) => {
    answer(request, response).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    requests,
    route: (path, route) => void table.set(path, route),
    mount: (prefix, directory) => void mounts.push({ prefix, directory: resolve(directory) }),
    url: (path) => new URL(path, origin).href,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
