import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verify } from '../../../core/index.ts';
import { startServer, type TestServer } from '../../support/http-server.ts';
import { OB2_CONTEXT, ob2World, type Ob2World } from '../../support/ob2-world.ts';

let server: TestServer;
let world: Ob2World;
const local = { allowPrivateNetwork: true, now: '2025-01-01T00:00:00Z' };

beforeEach(async () => {
  server = await startServer();
  world = await ob2World(server);
  server.route('/endorser.json', { json: { '@context': OB2_CONTEXT, type: 'Profile', id: world.url('/endorser.json'), name: 'Robotics Council', url: server.origin } });
});
afterEach(() => server.close());

function endorsement(name: string, claimId: string, overrides: Record<string, unknown> = {}) {
  const doc = { '@context': OB2_CONTEXT, type: 'Endorsement', id: world.url(`/endorsements/${name}.json`), claim: { id: claimId, endorsementComment: 'Rigorous and well assessed.' }, issuedOn: '2024-02-01T00:00:00Z', issuer: world.url('/endorser.json'), verification: { type: 'HostedBadge' }, ...overrides };
  server.route(`/endorsements/${name}.json`, { json: doc });
  return doc.id;
}

describe('verify: OB 2.0 endorsements', () => {
  it('verifies an endorsement of the BadgeClass and reports it on its own', async () => {
    world.setBadgeClass({ endorsement: [endorsement('e1', world.badgeClassUrl)] });
    const report = await verify(world.hosted('a'), local);
    expect(report.status).toBe('verified');
    expect(report.endorsements).toHaveLength(1);
    expect(report.endorsements![0]).toMatchObject({ status: 'verified', badge: { description: 'Rigorous and well assessed.', issuer: { name: 'Robotics Council' } } });
    expect(report.badge?.endorsements).toEqual([{ id: world.url('/endorsements/e1.json'), about: 'achievement', issuer: expect.objectContaining({ name: 'Robotics Council' }), comment: 'Rigorous and well assessed.', issuedOn: '2024-02-01T00:00:00Z', status: 'verified' }]);
    expect(report.checks.find((c) => c.id === 'endorsements')?.message).toBe('Its endorsement verified.');
  });

  it('reports an endorsement about something else as invalid, without touching the badge\'s verdict', async () => {
    world.setIssuer({ endorsement: endorsement('e2', world.url('/some-other-issuer.json')) });
    const report = await verify(world.hosted('b'), local);
    expect(report.status).toBe('verified');
    expect(report.endorsements![0]).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/is about .*some-other-issuer\.json, not about this issuer/) });
  });

  it('verifies an embedded endorsement against the issuer\'s own copy', async () => {
    const id = endorsement('e3', world.url('/assertions/c.json'));
    const embedded = { '@context': OB2_CONTEXT, type: 'Endorsement', id, claim: { id: world.url('/assertions/c.json'), endorsementComment: 'Forged praise' }, issuedOn: '2024-02-01T00:00:00Z', issuer: world.url('/endorser.json'), verification: { type: 'hosted' } };
    const report = await verify(world.hosted('c', { endorsement: [embedded] }), local);
    expect(report.endorsements![0]).toMatchObject({ status: 'verified', badge: { description: 'Rigorous and well assessed.' } });
  });

  it('checks the first 20 endorsements and fetches none of the rest', async () => {
    const ids = Array.from({ length: 22 }, (_, i) => endorsement(`many-${i}`, world.badgeClassUrl));
    world.setBadgeClass({ endorsement: ids });
    const report = await verify(world.hosted('many'), local);
    expect(report.status).toBe('verified');
    expect(report.endorsements).toHaveLength(20);
    expect(report.checks.find((c) => c.id === 'endorsements')).toMatchObject({ status: 'warn', message: 'It carries 22 endorsements; the first 20 were checked (20 verified) and 2 were not.' });
    expect(server.requests.filter((r) => /\/endorsements\/many-2[01]\.json/.test(r.path))).toEqual([]);
  });

  it('leaves endorsements alone when asked to', async () => {
    world.setBadgeClass({ endorsement: [endorsement('e4', world.badgeClassUrl)] });
    const report = await verify(world.hosted('d'), { ...local, endorsements: false });
    expect(report.endorsements).toBeUndefined();
    expect(server.requests.some((r) => r.path.startsWith('/endorsements/'))).toBe(false);
  });
});

describe('verify: OB 2.0 image rules', () => {
  it('accepts a data: PNG or SVG image in the BadgeClass', async () => {
    world.setBadgeClass({ image: 'data:image/svg+xml;base64,PHN2Zy8+' });
    const report = await verify(world.hosted('i1'), local);
    expect(report.checks.find((c) => c.id === 'image')).toMatchObject({ status: 'pass' });
  });

  it('fails a data: image in the assertion', async () => {
    const report = await verify(world.hosted('i2', { image: 'data:image/png;base64,iVBORw0KGgo=' }), local);
    expect(report).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/data: URI, which Open Badges 2.0 does not allow/) });
  });

  it('warns when the image is not a PNG or SVG, or cannot be fetched', async () => {
    server.route('/badges/robotics.png', { body: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]), contentType: 'image/jpeg' });
    const jpeg = await verify(world.hosted('i3'), local);
    expect(jpeg.status).toBe('verified');
    expect(jpeg.checks.find((c) => c.id === 'image')).toMatchObject({ status: 'warn', message: expect.stringMatching(/is not a PNG or SVG/) });
    server.route('/badges/robotics.png', { body: 'no', status: 404 });
    expect((await verify(world.hosted('i4'), local)).checks.find((c) => c.id === 'image')).toMatchObject({ status: 'warn', message: expect.stringMatching(/could not be fetched/) });
  });

  it('does not fetch the image when told not to', async () => {
    await verify(world.hosted('i5'), { ...local, checkImage: false });
    expect(server.requests.some((r) => r.path === '/badges/robotics.png')).toBe(false);
  });
});

describe('verify: OB 2.0 extensions', () => {
  const EXAMPLE = 'https://w3id.org/openbadges/extensions/exampleExtension/context.json';
  const node = (extra: Record<string, unknown>) => ({ '@context': EXAMPLE, type: ['Extension', 'extensions:ExampleExtension'], ...extra });

  it('validates a bundled extension against its schema', async () => {
    const report = await verify(world.hosted('x1', { 'extensions:exampleExtension': node({ exampleProperty: 'I built it' }) }), local);
    expect(report.status).toBe('verified');
    expect(report.checks.find((c) => c.id === 'schema')).toMatchObject({ status: 'pass', message: 'The extension extensions:ExampleExtension meets its schema.' });
  });

  it('fails an extension that does not meet its schema', async () => {
    const report = await verify(world.hosted('x2', { 'extensions:exampleExtension': node({ exampleProperty: 1337 }) }), local);
    expect(report).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/does not meet its schema: .*exampleProperty.*must be string/) });
  });

  it('finds extensions in the BadgeClass and issuer too, and leaves unknown ones unchecked', async () => {
    world.setBadgeClass({ 'extensions:exampleExtension': node({}) });
    world.setIssuer({ 'extensions:other': { '@context': 'https://extensions.example/ctx.json', type: ['Extension', 'extensions:Other'] } });
    const report = await verify(world.hosted('x3'), local);
    expect(report.status).toBe('invalid');
    expect(report.checks.filter((c) => c.id === 'schema').map((c) => c.status).sort()).toEqual(['fail', 'warn']);
  });
});
