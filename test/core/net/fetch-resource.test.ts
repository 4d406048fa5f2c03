import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchResource } from '../../../core/net/fetch-resource.ts';
import { createNet } from '../../../core/net/net.ts';
import type { NetOptions } from '../../../core/net/types.ts';
import { startServer, type TestServer } from '../../support/http-server.ts';

let server: TestServer;
const local: NetOptions = { allowPrivateNetwork: true };

beforeAll(async () => {
  server = await startServer({
    '/doc.json': { json: { id: 'doc' } },
    '/ld.json': { json: { id: 'ld' }, contentType: 'text/html; charset=utf-8' },
    '/gone.json': { json: { revoked: true }, status: 410 },
    '/error.json': { body: 'oops', status: 500 },
    '/hop1': { redirect: '/hop2' },
    '/hop2': { redirect: '/doc.json', status: 301 },
    '/loop': { redirect: '/loop' },
    '/to-metadata': { redirect: 'http://169.254.169.254/latest/meta-data' },
    '/to-file': { redirect: 'file:///etc/passwd' },
    '/big.json': { body: new Uint8Array(3 * 1024 * 1024) },
    '/assertions/7/image': { body: new Uint8Array(3 * 1024 * 1024), contentType: 'image/png' },
    '/html': { body: '<!doctype html><p>Sign in</p>', contentType: 'text/html' },
    '/slow': {
      handler: (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"id":');
        setTimeout(() => res.end('"late"}'), 3000).unref();
      },
    },
    '/endless': {
      handler: (_req, res) => {
        // No content-length: the cap must stop it while streaming.
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        const timer = setInterval(() => res.write(chunk), 1);
        res.on('close', () => clearInterval(timer));
      },
    },
  });
});
afterAll(() => server.close());

describe('fetchResource', () => {
  it('fetches a document and says where it ended up', async () => {
    const result = await fetchResource(server.url('/hop1'), 'json', local);
    expect(result).toMatchObject({ ok: true, url: server.url('/hop1'), finalUrl: server.url('/doc.json'), status: 200, source: 'network' });
    expect(result.ok && new TextDecoder().decode(result.bytes)).toBe('{"id":"doc"}');
  });

  it('asks for JSON-LD and sends no cookies', async () => {
    await fetchResource(server.url('/doc.json'), 'json', local);
    const headers = server.requests.findLast((r) => r.path === '/doc.json')!.headers;
    expect(headers.accept).toMatch(/^application\/ld\+json/);
    expect(headers.cookie).toBeUndefined();
  });

  it('refuses loopback and private addresses unless allowed, without contacting them', async () => {
    const before = server.requests.length;
    const refused = await fetchResource(server.url('/doc.json'), 'json', {});
    expect(refused).toMatchObject({ ok: false, reason: 'refused', message: '127.0.0.1 is a private or local address, which is not contacted.' });
    expect(server.requests.length).toBe(before);
  });

  it('refuses names that resolve to private addresses when a resolver is given', async () => {
    const result = await fetchResource('https://rebind.example/x', 'json', { resolveHost: async () => ['93.184.216.34', '10.0.0.5'] });
    expect(result).toMatchObject({ ok: false, reason: 'refused' });
  });

  it('refuses a redirect into a private network or to another scheme', async () => {
    const options: NetOptions = { allowPrivateNetwork: false, fetch: (input, init) => fetch(String(input).replace('https://public.example', server.origin), init) };
    expect(await fetchResource('https://public.example/to-metadata', 'json', options)).toMatchObject({ ok: false, reason: 'refused', message: expect.stringMatching(/redirected to a refused address: 169\.254\.169\.254/) });
    expect(await fetchResource(server.url('/to-file'), 'json', local)).toMatchObject({ ok: false, reason: 'refused' });
  });

  it.each(['file:///etc/passwd', 'data:application/json,{}', 'ftp://issuer.example/x', 'javascript:alert(1)', 'https://user:pw@issuer.example/'])('refuses %s', async (url) => {
    expect(await fetchResource(url, 'json', local)).toMatchObject({ ok: false, reason: 'refused' });
  });

  it('reports an address that is not a URL', async () => {
    expect(await fetchResource('not a url', 'json', local)).toMatchObject({ ok: false, reason: 'invalid-url' });
  });

  it('stops after five redirects', async () => {
    expect(await fetchResource(server.url('/loop'), 'json', local)).toMatchObject({ ok: false, reason: 'too-many-redirects' });
    expect(await fetchResource(server.url('/hop1'), 'json', { ...local, limits: { maxRedirects: 1 } })).toMatchObject({ ok: false, reason: 'too-many-redirects' });
  });

  it('gives up at the timeout with a plain message', async () => {
    const result = await fetchResource(server.url('/slow'), 'json', { ...local, limits: { timeoutMs: 300 } });
    expect(result).toMatchObject({ ok: false, reason: 'timeout', message: `${new URL(server.origin).host} did not answer within 0.3 s.` });
  });

  it('caps the body, by declared length and while streaming', async () => {
    expect(await fetchResource(server.url('/big.json'), 'json', local)).toMatchObject({ ok: false, reason: 'too-large', message: expect.stringMatching(/larger than the 2 MiB allowed/) });
    expect(await fetchResource(server.url('/big.json'), 'image', local)).toMatchObject({ ok: true });
    // An address that does not say it is an image: the answer's content type does.
    expect(await fetchResource(server.url('/assertions/7/image'), 'json', local)).toMatchObject({ ok: true, contentType: 'image/png' });
    expect(await fetchResource(server.url('/assertions/7/image'), 'json', { ...local, limits: { maxImageBytes: 1024 * 1024 } })).toMatchObject({ ok: false, reason: 'too-large' });
    expect(await fetchResource(server.url('/endless'), 'json', { ...local, limits: { maxJsonBytes: 256 * 1024 } })).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('names HTTP failures: gone, not found, server error', async () => {
    expect(await fetchResource(server.url('/gone.json'), 'json', local)).toMatchObject({ ok: false, reason: 'gone', status: 410 });
    expect(await fetchResource(server.url('/missing'), 'json', local)).toMatchObject({ ok: false, reason: 'not-found', status: 404 });
    expect(await fetchResource(server.url('/error.json'), 'json', local)).toMatchObject({ ok: false, reason: 'http-error', status: 500 });
  });

  it('says when a host cannot be reached', async () => {
    const closed = await startServer();
    const url = closed.url('/x');
    await closed.close();
    expect(await fetchResource(url, 'json', local)).toMatchObject({ ok: false, reason: 'unreachable' });
  });

  it('does not touch the network offline', async () => {
    const before = server.requests.length;
    expect(await fetchResource(server.url('/doc.json'), 'json', { ...local, offline: true })).toMatchObject({ ok: false, reason: 'offline' });
    expect(server.requests.length).toBe(before);
  });

  it('stops when the caller cancels', async () => {
    const controller = new AbortController();
    const pending = fetchResource(server.url('/slow'), 'json', { ...local, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect(await pending).toMatchObject({ ok: false, reason: 'aborted' });
  });
});

describe('createNet', () => {
  it('parses JSON whatever the content type, and records every URL asked for', async () => {
    const net = createNet(local);
    expect(await net.json(server.url('/ld.json'))).toMatchObject({ ok: true, value: { id: 'ld' } });
    expect(await net.json(server.url('/html'))).toMatchObject({ ok: false, reason: 'not-json' });
    expect(await net.json(server.url('/gone.json'))).toMatchObject({ ok: false, reason: 'gone' });
    expect(net.records).toEqual([
      { url: server.url('/ld.json'), finalUrl: server.url('/ld.json'), source: 'network', status: 200, outcome: 'ok' },
      { url: server.url('/html'), finalUrl: server.url('/html'), source: 'network', status: 200, outcome: 'ok' },
      { url: server.url('/gone.json'), source: 'network', status: 410, outcome: 'gone' },
    ]);
  });

  it('fetches each URL once, whatever its fragment', async () => {
    const net = createNet(local);
    const before = server.requests.filter((r) => r.path === '/doc.json').length;
    await Promise.all([net.json(server.url('/doc.json')), net.json(server.url('/doc.json#key-1')), net.json(server.url('/doc.json'))]);
    expect(server.requests.filter((r) => r.path === '/doc.json').length - before).toBe(1);
    expect(net.records).toHaveLength(1);
  });

  it('uses supplied documents before the network, even offline', async () => {
    const net = createNet({ offline: true, documents: { 'https://issuer.example/a.json': { id: 'supplied' }, 'https://issuer.example/jws': 'a.b.c' } });
    expect(await net.json('https://issuer.example/a.json')).toMatchObject({ ok: true, value: { id: 'supplied' }, source: 'documents' });
    const text = await net.resource('https://issuer.example/jws', 'json');
    expect(text.ok && new TextDecoder().decode(text.bytes)).toBe('a.b.c');
    expect(await net.json('https://issuer.example/other.json')).toMatchObject({ ok: false, reason: 'offline' });
    expect(net.records.map((r) => [r.source, r.outcome])).toEqual([['documents', 'ok'], ['documents', 'ok'], ['none', 'offline']]);
  });
});
