import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verify } from '../../../core/index.ts';
import { startServer, type TestServer } from '../../support/http-server.ts';
import { pngImage, tEXt, withChunks } from '../../support/png-factory.ts';

let server: TestServer;
const local = { allowPrivateNetwork: true, now: '2025-01-01T00:00:00Z' };

beforeEach(async () => {
  server = await startServer();
  server.route('/badge.png', { body: pngImage(), contentType: 'image/png' });
});
afterEach(() => server.close());

describe('verify: Open Badges 0.5 to 1.1', () => {
  it('verifies an OB 0.5 assertion fetched from its URL, upgrading its embedded badge and issuer', async () => {
    const doc = {
      recipient: 'sha256$' + 'ab'.repeat(32),
      salt: 'pepper',
      issued_on: '2013-05-01',
      badge: { version: '0.5.0', name: 'Maker Party', image: server.url('/badge.png'), description: 'Made something.', criteria: server.url('/criteria'), issuer: { origin: server.origin, name: 'Webmaker', org: 'Mozilla', contact: 'help@example.org' } },
    };
    server.route('/a/05.json', { json: doc });
    const report = await verify(server.url('/a/05.json'), local);
    expect(report).toMatchObject({ status: 'verified', version: '0.5', form: 'hosted' });
    expect(report.badge).toMatchObject({ name: 'Maker Party', issuer: { name: 'Webmaker', url: server.origin, email: 'help@example.org' }, issuedOn: '2013-05-01T00:00:00Z', recipient: { hashed: true, salt: 'pepper' } });
  });

  it('verifies a 2013-style PNG whose tEXt chunk holds the URL of an OB 0.5 assertion', async () => {
    server.route('/a/webmaker.json', { json: { recipient: 'learner@example.org', badge: { version: '0.5.0', name: 'Hacker', image: server.url('/badge.png'), description: 'Hacked.', criteria: '/criteria', issuer: { origin: server.origin, name: 'Webmaker' } } } });
    const image = withChunks(pngImage(), [tEXt('openbadges', server.url('/a/webmaker.json'))]);
    const report = await verify(image, { ...local, identities: ['learner@example.org'] });
    expect(report).toMatchObject({ status: 'verified', version: '0.5', recipientMatch: 'matched' });
    expect(report.checks.some((c) => c.id === 'input' && c.status === 'warn' && /tEXt/.test(c.message))).toBe(true);
  });

  it('cannot verify an OB 0.5 assertion given as JSON: it does not say where it is hosted', async () => {
    const report = await verify({ recipient: 'a@example.org', badge: { version: '0.5.0', name: 'x', issuer: { origin: 'https://issuer.example', name: 'x' } } }, local);
    expect(report).toMatchObject({ status: 'unverified', version: '0.5', summary: expect.stringMatching(/does not say where its issuer hosts it/) });
  });

  it('verifies an OB 1.0 assertion through verify.url, reading a Unix timestamp and a 1.0 issuer', async () => {
    server.route('/issuer-1.0.json', { json: { name: 'Old Guild', url: server.origin } });
    server.route('/class-1.0.json', { json: { name: 'Welding', description: 'Welds.', image: server.url('/badge.png'), criteria: server.url('/c'), issuer: server.url('/issuer-1.0.json'), alignment: [{ name: 'AWS D1.1', url: 'https://example.org/d11', description: 'Structural welding' }] } });
    const doc = { uid: 'u-1', recipient: { type: 'email', hashed: false, identity: 'welder@example.org' }, badge: server.url('/class-1.0.json'), issuedOn: 1398902400, verify: { type: 'hosted', url: server.url('/a/10.json') } };
    server.route('/a/10.json', { json: doc });
    const report = await verify(JSON.stringify(doc), { ...local, identities: ['welder@example.org'] });
    expect(report).toMatchObject({ status: 'verified', version: '1.0', recipientMatch: 'matched' });
    expect(report.badge).toMatchObject({ id: server.url('/a/10.json'), issuedOn: '2014-05-01T00:00:00Z', alignments: [{ targetName: 'AWS D1.1', targetUrl: 'https://example.org/d11', targetDescription: 'Structural welding' }] });
  });

  it('checks an OB 1.0 revocation list keyed by uid for a signed 1.0 badge\'s issuer', async () => {
    // Covered through the revocation list reader: a 1.0 list maps uids to reasons.
    const { revocationListCheck } = await import('../../../core/status/ob2-revocation-list.ts');
    const { createSession } = await import('../../../core/verify/session.ts');
    server.route('/rl.json', { json: { 'u-9': 'Cheated' } });
    const check = await revocationListCheck(createSession(local), { revocationList: server.url('/rl.json') }, { uid: 'u-9', recipient: undefined, badge: undefined, issuedOn: undefined, expires: undefined, evidence: undefined, verification: { type: 'signed' }, revoked: false, endorsement: undefined, raw: {} });
    expect(check).toMatchObject({ status: 'fail', outcome: 'revoked', message: 'The issuer has revoked this badge: "Cheated"' });
  });

  it('verifies an OB 1.1 assertion with its context, upgrading alignment names', async () => {
    const ctx = 'https://w3id.org/openbadges/v1';
    server.route('/issuer-1.1.json', { json: { '@context': ctx, type: 'Issuer', id: server.url('/issuer-1.1.json'), name: 'Guild 1.1', url: server.origin } });
    server.route('/class-1.1.json', { json: { '@context': ctx, type: 'BadgeClass', id: server.url('/class-1.1.json'), name: 'Soldering', description: 'Solders.', image: server.url('/badge.png'), criteria: server.url('/c'), issuer: server.url('/issuer-1.1.json'), alignment: [{ name: 'IPC-A-610', url: 'https://example.org/ipc' }] } });
    const doc = { '@context': ctx, type: 'Assertion', id: server.url('/a/11.json'), uid: 'u-11', recipient: { type: 'email', hashed: false, identity: 'x@example.org' }, badge: server.url('/class-1.1.json'), issuedOn: '2015-04-30', verify: { type: 'hosted', url: server.url('/a/11.json') } };
    server.route('/a/11.json', { json: doc });
    const report = await verify(doc, local);
    expect(report).toMatchObject({ status: 'verified', version: '1.1' });
    expect(report.badge?.alignments).toEqual([{ targetName: 'IPC-A-610', targetUrl: 'https://example.org/ipc' }]);
  });
});

describe('verify: inputs that are not badges', () => {
  it.each([
    ['text that is no badge', 'hello there', /neither a web address, JSON nor a JWS/],
    ['broken JSON', '{"type": "Assertion",', /is not valid JSON/],
    ['JSON of another kind', '{"name": "a recipe"}', /not an Open Badge/],
    ['a PNG without a badge', pngImage(), /This PNG has no Open Badge/],
    ['a JSON-LD document of another vocabulary', '{"@context": "https://schema.org", "type": "Person"}', /not an Open Badges or Verifiable Credentials context/],
  ])('reports %s as invalid with a reason', async (_name, input, message) => {
    const report = await verify(input, local);
    expect(report.status).toBe('invalid');
    expect(report.summary).toMatch(message);
  });

  it('reports a URL that answers with a web page as not a badge', async () => {
    server.route('/page', { body: '<!doctype html><p>Sign in</p>', contentType: 'text/html' });
    expect(await verify(server.url('/page'), local)).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/is not a badge/) });
  });
});
