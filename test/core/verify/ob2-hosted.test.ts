import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bakePng, verify, type Report } from '../../../core/index.ts';
import { startServer, type TestServer } from '../../support/http-server.ts';
import { pngImage } from '../../support/png-factory.ts';
import { EARNER, ob2World, type Ob2World } from '../../support/ob2-world.ts';

let server: TestServer;
let world: Ob2World;
const local = { allowPrivateNetwork: true, now: '2025-01-01T00:00:00Z' };
const check = (report: Report, id: string) => report.checks.filter((c) => c.id === id);

beforeEach(async () => {
  server = await startServer();
  world = await ob2World(server);
});
afterEach(() => server.close());

describe('verify: OB 2.0 hosted assertions', () => {
  it('verifies a hosted assertion by URL and normalises it', async () => {
    world.hosted('a1');
    const report = await verify(world.url('/assertions/a1.json'), { ...local, identities: [EARNER] });
    expect(report).toMatchObject({ status: 'verified', version: '2.0', form: 'hosted', recipientMatch: 'matched' });
    expect(report.summary).toBe(`The issuer's site (${new URL(server.origin).host}) holds this badge.`);
    expect(report.badge).toMatchObject({
      id: world.url('/assertions/a1.json'),
      name: 'Robotics Foundations',
      description: 'Builds and programs a small robot arm.',
      image: world.url('/badges/robotics.png'),
      criteria: { url: world.url('/badges/robotics.html'), narrative: 'Build the **arm** and demo it.' },
      issuer: { id: world.issuerUrl, name: 'Example Robotics Guild', email: 'badges@example.org' },
      recipient: { type: 'email', hashed: true, salt: 'deadsea' },
      issuedOn: '2024-05-01T12:00:00Z',
      evidence: [{ id: world.url('/work/arm.html') }],
      alignments: [{ targetName: 'ISTE 1a', targetUrl: 'https://example.org/iste/1a' }],
      tags: ['robotics', 'engineering'],
    });
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([
      ['format', 'pass'],
      ['hosted', 'pass'],
      ['achievement', 'pass'],
      ['issuer', 'pass'],
      ['verification-policy', 'pass'],
      ['issued', 'pass'],
      ['expiry', 'pass'],
      ['recipient', 'pass'],
      ['image', 'pass'],
    ]);
    expect(report.fetches.map((f) => new URL(f.url).pathname)).toEqual(['/assertions/a1.json', '/badges/robotics.json', '/issuer.json', '/badges/robotics.png']);
    expect(Object.keys(report.documents)).toContain(world.issuerUrl);
  });

  it('trusts only the fetched copy: a baked copy with a changed recipient shows the issuer\'s', async () => {
    const real = world.hosted('a2');
    const forged = { ...real, recipient: { type: 'email', hashed: false, identity: 'forger@example.org' } };
    const baked = bakePng(pngImage(), JSON.stringify(forged), 'assertion');
    const report = await verify(baked, { ...local, identities: ['forger@example.org'] });
    expect(report.status).toBe('verified');
    expect(report.recipientMatch).toBe('mismatched');
    expect(check(report, 'recipient')[0]!.message).toBe('Issued to someone else: the recipient is not forger@example.org.');
    expect(check(report, 'hosted').map((c) => c.status)).toEqual(['pass', 'warn']);
    expect(report.badge?.recipient).toMatchObject({ hashed: true });
  });

  it('calls a badge revoked when its URL answers 410 Gone', async () => {
    server.route('/assertions/gone.json', { json: { error: 'revoked' }, status: 410 });
    const baked = bakePng(pngImage(), world.url('/assertions/gone.json'), 'assertion');
    expect(await verify(baked, local)).toMatchObject({ status: 'revoked', summary: expect.stringMatching(/HTTP 410/) });
  });

  it('calls a badge revoked when the issuer\'s copy says revoked: true, with the reason', async () => {
    const doc = world.hosted('r1', { revoked: true, revocationReason: 'Awarded in error' });
    const report = await verify(JSON.stringify(doc), local);
    expect(report).toMatchObject({ status: 'revoked', summary: 'The issuer has revoked this badge: "Awarded in error"' });
  });

  it('calls a badge the issuer does not serve invalid, and one it cannot reach unverified', async () => {
    const missing = { ...world.hosted('m1'), id: world.url('/assertions/missing.json') };
    expect(await verify(missing, local)).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/has no such badge \(HTTP 404\)/) });
    server.route('/assertions/slow.json', { handler: () => undefined });
    const slow = { ...missing, id: world.url('/assertions/slow.json') };
    const report = await verify(slow, { ...local, limits: { timeoutMs: 200 } });
    expect(report).toMatchObject({ status: 'unverified', summary: expect.stringMatching(/did not answer within 0.2 s/) });
  });

  it('never contacts the issuer offline, and says so', async () => {
    const doc = world.hosted('o1');
    const before = server.requests.length;
    const report = await verify(doc, { ...local, offline: true });
    expect(report).toMatchObject({ status: 'unverified', summary: expect.stringMatching(/checking offline/) });
    expect(server.requests.length).toBe(before);
  });

  it('verifies offline from supplied documents', async () => {
    const doc = world.hosted('s1');
    const documents: Record<string, unknown> = {};
    for (const path of ['/assertions/s1.json', '/badges/robotics.json', '/issuer.json']) {
      documents[world.url(path)] = await (await fetch(world.url(path))).json();
    }
    const before = server.requests.length;
    const report = await verify(doc, { ...local, offline: true, documents, checkImage: false });
    expect(report.status).toBe('verified');
    expect(server.requests.length).toBe(before);
    expect(report.fetches.every((f) => f.source === 'documents')).toBe(true);
  });

  it('refuses loopback addresses unless allowed, and says which', async () => {
    const doc = world.hosted('p1');
    const report = await verify(doc, { now: local.now });
    expect(report).toMatchObject({ status: 'unverified', summary: expect.stringMatching(/127\.0\.0\.1 is a private or local address/) });
  });

  it.each([
    ['issued in the future', { issuedOn: '2030-01-01T00:00:00Z' }, 'invalid', /in the future/],
    ['expired', { expires: '2024-12-31T00:00:00Z' }, 'expired', /expired on 2024-12-31/],
    ['expiring before it was issued', { issuedOn: '2024-05-01T00:00:00Z', expires: '2024-04-01T00:00:00Z' }, 'invalid', /before it was issued/],
    ['dated with a Unix timestamp', { issuedOn: 1714564800 }, 'verified', /Issued on 2024-05-01/],
    ['dated with text that is not a date', { issuedOn: 'last Tuesday' }, 'invalid', /is not a date/],
  ])('judges a badge %s', async (_name, overrides, status, message) => {
    const doc = world.hosted('d', overrides);
    const report = await verify(doc, local);
    expect(report.status).toBe(status);
    expect(report.checks.filter((c) => c.id === 'issued' || c.id === 'expiry').map((c) => c.message).join(' ')).toMatch(message);
  });

  it('uses options.now as the clock', async () => {
    const doc = world.hosted('n', { expires: '2026-01-01T00:00:00Z' });
    expect((await verify(doc, { ...local, now: '2025-06-01T00:00:00Z' })).status).toBe('verified');
    expect((await verify(doc, { ...local, now: '2026-06-01T00:00:00Z' })).status).toBe('expired');
  });

  it('fails a badge hosted where its issuer does not allow', async () => {
    world.setIssuer({ verification: { allowedOrigins: 'badges.example.org' } });
    const report = await verify(world.hosted('v1'), local);
    expect(report).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/which its issuer does not allow \(it allows badges\.example\.org\)/) });
  });

  it('honours startsWith and allowedOrigins that admit the badge', async () => {
    world.setIssuer({ verification: { startsWith: [world.url('/other/'), world.url('/assertions/')], allowedOrigins: [new URL(server.origin).host] } });
    expect((await verify(world.hosted('v2'), local)).status).toBe('verified');
    world.setIssuer({ verification: { startsWith: world.url('/other/') } });
    expect((await verify(world.hosted('v3'), local)).status).toBe('invalid');
  });

  it('by default requires the badge to live on its issuer\'s host', async () => {
    world.setIssuer({ id: world.url('/issuer.json').replace('127.0.0.1', 'localhost') });
    const report = await verify(world.hosted('v4'), local);
    expect(report.status).toBe('invalid');
    expect(check(report, 'verification-policy')[0]!.message).toMatch(/but its issuer is at localhost/);
  });

  it('rejects a BadgeClass or issuer of the wrong type', async () => {
    world.setBadgeClass({ type: 'Assertion' });
    expect(await verify(world.hosted('t1'), local)).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/has type Assertion, not BadgeClass/) });
    world.setBadgeClass({});
    world.setIssuer({ type: 'Person' });
    expect(await verify(world.hosted('t2'), local)).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/not Issuer or Profile/) });
  });

  it('follows a hosted badge that moved, and says so', async () => {
    const moved = world.hosted('new-home');
    server.route('/assertions/old-home.json', { json: moved });
    const report = await verify({ ...moved, id: world.url('/assertions/old-home.json') }, local);
    expect(report.status).toBe('verified');
    expect(check(report, 'hosted').some((c) => c.status === 'warn' && /moved/.test(c.message))).toBe(true);
  });

  it('refuses an issuer copy that names another address that does not name itself', async () => {
    const doc = world.hosted('self');
    server.route('/assertions/liar.json', { json: { ...doc, id: world.url('/assertions/elsewhere.json') } });
    server.route('/assertions/elsewhere.json', { json: { ...doc, id: world.url('/assertions/third.json') } });
    expect((await verify({ ...doc, id: world.url('/assertions/liar.json') }, local)).status).toBe('invalid');
  });

  it('reports a signed-only badge given without its signature as unverified', async () => {
    const doc = world.hosted('x', { verification: { type: 'SignedBadge', creator: world.keyUrl } });
    expect(await verify(doc, local)).toMatchObject({ status: 'unverified', summary: expect.stringMatching(/only its data was given/) });
  });

  it('reports a BadgeClass given as input as nothing awarded', async () => {
    const report = await verify(world.badgeClassUrl, local);
    expect(report).toMatchObject({ status: 'unverified', summary: expect.stringMatching(/badge's description \(BadgeClass\)/) });
  });
});
