import { CompactSign, exportSPKI, generateKeyPair } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bakePng, bakeSvg, verify, type Report } from '../../../core/index.ts';
import { startServer, type TestServer } from '../../support/http-server.ts';
import { pngImage } from '../../support/png-factory.ts';
import { svgDocument } from '../../support/svg-factory.ts';
import { EARNER, OB2_CONTEXT, ob2World, type Ob2World } from '../../support/ob2-world.ts';

let server: TestServer;
let world: Ob2World;
const local = { allowPrivateNetwork: true, now: '2025-01-01T00:00:00Z' };
const statuses = (report: Report) => report.checks.map((c) => `${c.id}:${c.status}`);

beforeEach(async () => {
  server = await startServer();
  world = await ob2World(server);
});
afterEach(() => server.close());

function tamper(jws: string, change: (payload: Record<string, unknown>) => void): string {
  const [header, payload, signature] = jws.split('.') as [string, string, string];
  const doc = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
  change(doc);
  return `${header}.${Buffer.from(JSON.stringify(doc)).toString('base64url')}.${signature}`;
}

describe('verify: OB 2.0 signed assertions', () => {
  it('verifies a JWS signed with a key the issuer lists and owns', async () => {
    const jws = await world.signed('s1');
    const report = await verify(jws, { ...local, identities: [EARNER] });
    expect(report).toMatchObject({ status: 'verified', form: 'jws', version: '2.0', recipientMatch: 'matched' });
    expect(statuses(report)).toEqual(['format:pass', 'achievement:pass', 'issuer:pass', 'signature:pass', 'key:pass', 'revocation:pass', 'issued:pass', 'expiry:pass', 'recipient:pass', 'image:pass']);
    expect(report.summary).toBe("The issuer's key signed this badge, and it has not been changed since.");
  });

  it('verifies it from a baked PNG and a baked SVG', async () => {
    const jws = await world.signed('s2');
    expect((await verify(bakePng(pngImage(), jws, 'assertion'), local)).status).toBe('verified');
    expect((await verify(new TextEncoder().encode(bakeSvg(svgDocument(), jws, 'assertion')), local)).status).toBe('verified');
  });

  it('fails a payload changed after signing', async () => {
    const jws = tamper(await world.signed('s3'), (doc) => (doc.issuedOn = '2024-06-01T00:00:00Z'));
    expect(await verify(jws, local)).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/changed after it was signed, or someone else signed it/) });
  });

  it('fails a valid signature by a key the issuer does not list', async () => {
    const jws = await world.signed('s4', {}, { privateKey: world.strangerKey });
    expect((await verify(jws, local)).status).toBe('invalid');
    const stranger = await generateKeyPair('RS256', { extractable: true });
    server.route('/keys/evil.json', { json: { '@context': OB2_CONTEXT, type: 'CryptographicKey', id: world.url('/keys/evil.json'), owner: world.issuerUrl, publicKeyPem: await exportSPKI(stranger.publicKey) } });
    const evil = await world.signed('s5', { verification: { type: 'signed', creator: world.url('/keys/evil.json') } }, { privateKey: stranger.privateKey });
    expect(await verify(evil, local)).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/signed with a key .* that its issuer does not list/) });
  });

  it('fails a key whose owner is someone else', async () => {
    world.setIssuer({ publicKey: [world.keyUrl] });
    const other = await generateKeyPair('RS256', { extractable: true });
    server.route('/keys/1.json', { json: { '@context': OB2_CONTEXT, type: 'CryptographicKey', id: world.keyUrl, owner: world.url('/someone-else.json'), publicKeyPem: await exportSPKI(other.publicKey) } });
    const jws = await new CompactSign(new TextEncoder().encode(JSON.stringify({ '@context': OB2_CONTEXT, type: 'Assertion', id: 'urn:uuid:o', recipient: { type: 'email', hashed: false, identity: EARNER }, badge: world.badgeClassUrl, issuedOn: '2024-01-01', verification: { type: 'signed', creator: world.keyUrl } })))
      .setProtectedHeader({ alg: 'RS256' })
      .sign(other.privateKey);
    expect(await verify(jws, local)).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/does not name the issuer as its owner/) });
  });

  it.each([
    ['alg none', { alg: 'none' }, /not signed/],
    ['an HMAC algorithm', { alg: 'HS256' }, /shared secret \(HS256\)/],
    ['a lower-case rs256', { alg: 'rs256' }, /case-sensitive/],
    ['another algorithm', { alg: 'ES256' }, /use RS256/],
  ])('fails a JWS that names %s', async (_name, header, message) => {
    const jws = await world.signed('h', {});
    const [, payload, signature] = jws.split('.');
    const forged = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${payload}.${signature}`;
    expect(await verify(forged, local)).toMatchObject({ status: 'invalid', summary: expect.stringMatching(message) });
  });

  it('checks the revocation list: ids, objects with reasons and legacy uids', async () => {
    server.route('/revoked.json', { json: { '@context': OB2_CONTEXT, type: 'RevocationList', id: world.url('/revoked.json'), revokedAssertions: ['urn:uuid:r1', { id: 'urn:uuid:r2', revocationReason: 'Plagiarised work' }, { uid: 'legacy-7' }] } });
    world.setIssuer({ revocationList: world.url('/revoked.json') });
    expect((await verify(await world.signed('r1'), local)).status).toBe('revoked');
    expect(await verify(await world.signed('r2'), local)).toMatchObject({ status: 'revoked', summary: 'The issuer has revoked this badge: "Plagiarised work"' });
    expect((await verify(await world.signed('r3', { uid: 'legacy-7' }), local)).status).toBe('revoked');
    expect((await verify(await world.signed('ok'), local)).status).toBe('verified');
  });

  it('leaves the verdict open when the revocation list cannot be fetched', async () => {
    server.route('/revoked.json', { body: 'busy', status: 503 });
    world.setIssuer({ revocationList: world.url('/revoked.json') });
    expect(await verify(await world.signed('u1'), local)).toMatchObject({ status: 'unverified', summary: expect.stringMatching(/revocation list could not be read: .*HTTP 503/) });
  });

  it('leaves the verdict open when the key cannot be fetched', async () => {
    server.route('/keys/1.json', { handler: (_q, res) => res.destroy() });
    expect((await verify(await world.signed('k1'), local)).status).toBe('unverified');
  });

  it('fails when the issuer lists no key', async () => {
    world.setIssuer({ publicKey: undefined });
    expect(await verify(await world.signed('k2', { verification: { type: 'signed' } }), local)).toMatchObject({ status: 'invalid', summary: expect.stringMatching(/lists no public key/) });
  });
});
