import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bakePng, createVerifyCache, unbake, verify, type Report } from '../../../core/index.ts';
import { checkCandidate, type CheckOptions, type Outcome } from '../../../extension/lib/background/check-candidate.ts';
import { startServer, type TestServer } from '../../support/http-server.ts';
import { ob2World, type Ob2World } from '../../support/ob2-world.ts';
import { iTXt, pngImage, withChunks } from '../../support/png-factory.ts';

let server: TestServer;
let world: Ob2World;
const options = (extra: Partial<CheckOptions> = {}): CheckOptions => ({ verify: { allowPrivateNetwork: true, cache: createVerifyCache() }, refresh: false, ...extra });
const check = (candidate: Parameters<typeof checkCandidate>[0], extra: Partial<CheckOptions> = {}): Promise<Outcome> => checkCandidate(candidate, { verify, unbake, fetch }, options(extra));
const image = (url: string) => ({ key: url, source: { kind: 'image' as const, url } });
const statuses = (outcome: Outcome): [string, string][] => (outcome.kind === 'badges' ? outcome.items.map((i) => [i.key, i.report.status]) : []);

beforeAll(async () => {
  server = await startServer();
  world = await ob2World(server);
  server.route('/img/badge.png', { body: bakePng(pngImage(64, 64), JSON.stringify(world.hosted('one')), 'assertion'), contentType: 'image/png' });
  server.route('/img/plain.png', { body: pngImage(64, 64), contentType: 'image/png' });
  const corrupt = withChunks(pngImage(64, 64), [{ ...iTXt('openbadges', JSON.stringify(world.hosted('corrupt'))), crc: 1 }]);
  server.route('/img/corrupt.png', { body: corrupt, contentType: 'image/png' });
  server.route('/img/not-an-image', { body: 'hello', contentType: 'text/plain' });
  server.route('/page.html', { body: '<html></html>', contentType: 'text/html' });
  server.route('/gone.json', { status: 410, body: 'gone', contentType: 'text/plain' });
});

afterAll(() => server.close());

describe('checking a candidate through the core', () => {
  it('an image with a badge baked in is a badge, verified against its issuer; "found" comes first', async () => {
    const events: string[] = [];
    const outcome = await check(image(server.url('/img/badge.png')), { onFound: () => events.push('found') });
    events.push('done');
    expect(statuses(outcome)).toEqual([[server.url('/img/badge.png'), 'verified']]);
    expect(events).toEqual(['found', 'done']);
    // The report names the image's own host among those contacted.
    const reports: Report[] = outcome.kind === 'badges' ? outcome.items.map((i) => i.report) : [];
    expect(reports[0]!.fetches.map((f) => new URL(f.url).pathname)).toContain('/img/badge.png');
  });

  it('an image without a badge, an image that is not there, and a file that is not an image are nothing', async () => {
    expect(await check(image(server.url('/img/plain.png')))).toEqual({ kind: 'none' });
    expect(await check(image(server.url('/img/missing.png')))).toEqual({ kind: 'none' });
    expect(await check(image(server.url('/img/not-an-image')))).toEqual({ kind: 'none' });
  });

  it('an image whose badge chunk was damaged is a badge that is not valid (tampered), not nothing', async () => {
    const outcome = await check(image(server.url('/img/corrupt.png')));
    expect(statuses(outcome)).toEqual([[server.url('/img/corrupt.png'), 'invalid']]);
  });

  it('a private address is refused unless the page may reach one', async () => {
    const outcome = await checkCandidate(image(server.url('/img/badge.png')), { verify, unbake, fetch }, { verify: { allowPrivateNetwork: false }, refresh: false });
    expect(outcome).toEqual({ kind: 'none' });
  });

  it('an image in a data: URL is read without any fetch', async () => {
    const bytes = bakePng(pngImage(40, 40), JSON.stringify(world.hosted('inline')), 'assertion');
    const url = `data:image/png;base64,${Buffer.from(bytes).toString('base64')}`;
    expect(statuses(await check(image(url)))).toEqual([[url, 'verified']]);
  });

  it('a link is a badge when the core recognises the document, or the issuer says it is gone', async () => {
    const link = (path: string) => ({ key: server.url(path), source: { kind: 'document' as const, url: server.url(path) } });
    expect(statuses(await check(link('/assertions/one.json')))).toEqual([[server.url('/assertions/one.json'), 'verified']]);
    expect(statuses(await check(link('/gone.json')))).toEqual([[server.url('/gone.json'), 'revoked']]);
    expect(await check(link('/page.html'))).toEqual({ kind: 'none' });
    expect(await check(link('/nothing-here'))).toEqual({ kind: 'none' });
  });

  it('JSON-LD data: one badge, or each badge of an array or @graph under its own key', async () => {
    const one = JSON.stringify(world.hosted('data-1'));
    expect(statuses(await check({ key: 'data:k1', source: { kind: 'data', text: one } }))).toEqual([['data:k1', 'verified']]);
    const array = JSON.stringify([world.hosted('data-2'), { '@context': 'https://schema.org', '@type': 'Person' }, world.hosted('data-3')]);
    expect(statuses(await check({ key: 'data:k2', source: { kind: 'data', text: array } }))).toEqual([
      ['data:k2~0', 'verified'],
      ['data:k2~2', 'verified'],
    ]);
    expect(await check({ key: 'data:k3', source: { kind: 'data', text: '{"@context":"https://schema.org","@type":"Person"}' } })).toEqual({ kind: 'none' });
  });

  it('an inline SVG payload that is a URL or a JWS is verified as such', async () => {
    expect(statuses(await check({ key: 'data:u', source: { kind: 'data', text: server.url('/assertions/one.json') } }))).toEqual([['data:u', 'verified']]);
    const jws = await world.signed('svg-jws');
    expect(statuses(await check({ key: 'data:j', source: { kind: 'data', text: jws } }))).toEqual([['data:j', 'verified']]);
  });
});
