import { createHash } from 'node:crypto';
import { CompactSign, exportSPKI, generateKeyPair } from 'jose';
import { pngImage } from './png-factory.ts';
import type { TestServer } from './http-server.ts';

type Json = Record<string, unknown>;

export const OB2_CONTEXT = 'https://w3id.org/openbadges/v2';
export const EARNER = 'earner@example.org';
export const SALT = 'deadsea';

/** The salted sha256 identity of an email, as OB 2.0 IdentityObjects carry it. */
export function hashedEmail(email: string, salt = SALT): string {
  return `sha256$${createHash('sha256').update(email + salt).digest('hex')}`;
}

export interface Ob2World {
  readonly server: TestServer;
  readonly url: (path: string) => string;
  readonly issuerUrl: string;
  readonly badgeClassUrl: string;
  readonly keyUrl: string;
  /** A hosted assertion served at /assertions/<name>.json, with overrides. */
  hosted(name: string, overrides?: Json): Json;
  /** A signed assertion's JWS, signed with the issuer's key unless another is given. */
  signed(name: string, overrides?: Json, options?: { header?: Json; privateKey?: CryptoKey }): Promise<string>;
  /** Replaces the issuer profile with overrides. */
  setIssuer(overrides: Json): void;
  setBadgeClass(overrides: Json): void;
  /** A second RSA key pair that the issuer does not list. */
  readonly strangerKey: CryptoKey;
}

/**
 * An OB 2.0 issuer on a real HTTP server: profile, BadgeClass, image, an RSA key pair made for the test
 * (public key published as a CryptographicKey), and assertions made on demand.
 */
export async function ob2World(server: TestServer): Promise<Ob2World> {
  const url = (path: string): string => server.url(path);
  const issuerUrl = url('/issuer.json');
  const badgeClassUrl = url('/badges/robotics.json');
  const keyUrl = url('/keys/1.json');
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const stranger = await generateKeyPair('RS256', { extractable: true });

  const issuer: Json = { '@context': OB2_CONTEXT, type: 'Issuer', id: issuerUrl, name: 'Example Robotics Guild', url: server.origin, email: 'badges@example.org', publicKey: keyUrl };
  const badgeClass: Json = {
    '@context': OB2_CONTEXT,
    type: 'BadgeClass',
    id: badgeClassUrl,
    name: 'Robotics Foundations',
    description: 'Builds and programs a small robot arm.',
    image: url('/badges/robotics.png'),
    criteria: { id: url('/badges/robotics.html'), narrative: 'Build the **arm** and demo it.' },
    issuer: issuerUrl,
    tags: ['robotics', 'engineering'],
    alignment: [{ targetName: 'ISTE 1a', targetUrl: 'https://example.org/iste/1a' }],
  };
  server.route('/issuer.json', { json: issuer });
  server.route('/badges/robotics.json', { json: badgeClass });
  server.route('/badges/robotics.png', { body: pngImage(64, 64), contentType: 'image/png' });
  server.route('/keys/1.json', { json: { '@context': OB2_CONTEXT, type: 'CryptographicKey', id: keyUrl, owner: issuerUrl, publicKeyPem: await exportSPKI(publicKey) } });

  const assertion = (name: string, verification: Json, overrides: Json): Json => ({
    '@context': OB2_CONTEXT,
    type: 'Assertion',
    id: url(`/assertions/${name}.json`),
    recipient: { type: 'email', hashed: true, salt: SALT, identity: hashedEmail(EARNER) },
    badge: badgeClassUrl,
    issuedOn: '2024-05-01T12:00:00Z',
    verification,
    evidence: url('/work/arm.html'),
    ...overrides,
  });

  return {
    server,
    url,
    issuerUrl,
    badgeClassUrl,
    keyUrl,
    strangerKey: stranger.privateKey,
    hosted(name, overrides = {}) {
      const doc = assertion(name, { type: 'hosted' }, overrides);
      server.route(`/assertions/${name}.json`, { json: doc });
      return doc;
    },
    async signed(name, overrides = {}, options = {}) {
      const doc = assertion(name, { type: 'signed', creator: keyUrl }, { id: `urn:uuid:${name}`, ...overrides });
      return new CompactSign(new TextEncoder().encode(JSON.stringify(doc)))
        .setProtectedHeader({ alg: 'RS256', ...options.header } as { alg: string })
        .sign(options.privateKey ?? privateKey);
    },
    setIssuer(overrides) {
      server.route('/issuer.json', { json: { ...issuer, ...overrides } });
    },
    setBadgeClass(overrides) {
      server.route('/badges/robotics.json', { json: { ...badgeClass, ...overrides } });
    },
  };
}
