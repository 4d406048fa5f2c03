import { describe, expect, it } from 'vitest';
import { capturingFetch } from '../../../extension/lib/background/capture-fetch.ts';

function fakeFetch(bodies: Record<string, { status: number; body: string }>) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = String(input);
    calls.push({ url, init });
    const { status, body } = bodies[url] ?? { status: 404, body: '' };
    return new Response(body, { status });
  };
  return { fetch, calls };
}

describe('the fetch given to the core for one check', () => {
  it('lets the candidate come from the cache, revalidates nothing else, and asks at low priority', async () => {
    const { fetch, calls } = fakeFetch({ 'https://cdn.example/a.png': { status: 200, body: 'png' }, 'https://issuer.example/a.json': { status: 200, body: '{}' } });
    const capture = capturingFetch(fetch, { url: 'https://cdn.example/a.png', refresh: false, maxBytes: 100 });
    await capture.fetch('https://cdn.example/a.png', { redirect: 'manual' });
    await capture.fetch('https://issuer.example/a.json');
    expect(calls.map((c) => [c.url, c.init?.cache, c.init?.priority, c.init?.redirect])).toEqual([
      ['https://cdn.example/a.png', 'force-cache', 'low', 'manual'],
      ['https://issuer.example/a.json', 'default', 'low', undefined],
    ]);
  });

  it('asks for an image candidate as an image, whatever its address says; other requests keep their headers', async () => {
    const { fetch, calls } = fakeFetch({});
    const capture = capturingFetch(fetch, { url: 'https://api.example/assertions/7/image', refresh: false, maxBytes: 100, image: true });
    await capture.fetch('https://api.example/assertions/7/image', { headers: { Accept: 'application/ld+json' } });
    await capture.fetch('https://issuer.example/a.json', { headers: { Accept: 'application/ld+json' } });
    const accept = (i: number): string | null => new Headers(calls[i]!.init?.headers).get('accept');
    expect(accept(0)).toMatch(/^image\/png/);
    expect(accept(1)).toBe('application/ld+json');
  });

  it('revalidates everything, first, when the user asked to check again', async () => {
    const { fetch, calls } = fakeFetch({});
    const capture = capturingFetch(fetch, { url: 'https://cdn.example/a.png', refresh: true, maxBytes: 100 });
    await capture.fetch('https://cdn.example/a.png');
    expect([calls[0]!.init?.cache, calls[0]!.init?.priority]).toEqual(['no-cache', 'high']);
  });

  it('keeps a copy of the first successful body, and hands the original to the core untouched', async () => {
    const { fetch } = fakeFetch({ 'https://a.example/missing': { status: 404, body: 'no' }, 'https://a.example/ok': { status: 200, body: 'hello' }, 'https://a.example/later': { status: 200, body: 'later' } });
    const seen: string[] = [];
    const capture = capturingFetch(fetch, { refresh: false, maxBytes: 100, onBody: (bytes) => seen.push(new TextDecoder().decode(bytes)) });
    await capture.fetch('https://a.example/missing');
    const response = await capture.fetch('https://a.example/ok');
    await capture.fetch('https://a.example/later');
    expect(await response.text()).toBe('hello');
    expect(new TextDecoder().decode(await capture.captured())).toBe('hello');
    expect(seen).toEqual(['hello']);
  });

  it('gives up its copy beyond the byte cap', async () => {
    const { fetch } = fakeFetch({ 'https://a.example/big': { status: 200, body: 'x'.repeat(1000) } });
    const capture = capturingFetch(fetch, { refresh: false, maxBytes: 100 });
    const response = await capture.fetch('https://a.example/big');
    expect(await capture.captured()).toBeUndefined();
    expect((await response.text()).length).toBe(1000);
  });

  it('has nothing when nothing succeeded', async () => {
    const capture = capturingFetch(fakeFetch({}).fetch, { refresh: false, maxBytes: 100 });
    expect(await capture.captured()).toBeUndefined();
  });
});
