// The core's bakers, imported by module: its index also loads the schema table, which only Vite can build.
import { bakePng } from '../../../core/bake/bake-png.ts';
import { achievementCredential, jwtPayload, OB3, OB3_EXTENSIONS, VC_V2 } from '../../support/ob3-credentials.ts';
import { didKeyOf, generateSigningKey, signJws, type SigningKey } from '../../support/ob3-keys.ts';
import { ob2World, type Ob2World } from '../../support/ob2-world.ts';
import { pngImage } from '../../support/png-factory.ts';
import { signCredential } from '../../support/sign-credential.ts';
import type { TestServer } from '../../support/http-server.ts';

type Json = Record<string, unknown>;

/** A host the browser maps to the test server: another origin, whose answers carry no CORS headers. */
export const NO_CORS_HOST = 'nocors.example';
/** A public-looking host the browser maps to the test server, for pages that are not on a private address. */
export const PUBLIC_HOST = 'public.example';

/**
 * The badges the widget's end-to-end pages show, made from real keys: an OB 2.0 issuer on the page's own
 * origin (hosted and RS256-signed assertions) and an OB 3.0 issuer that is a did:key (Ed25519 Data
 * Integrity proofs and EdDSA VC-JWTs), with a 1EdTech revocation list on the page's origin.
 */
export interface WidgetSite {
  readonly server: TestServer;
  readonly ob2: Ob2World;
  readonly did: string;
  /** The revocation list's URL; `revoke` puts credential ids on it. */
  readonly revocationsUrl: string;
  revoke(...ids: string[]): void;
  /** An OB 3.0 credential named `name` from the did:key issuer, unsigned; `status` adds the revocation list entry. */
  credential(name: string, overrides?: Json, options?: { status?: boolean }): Json;
  signed(credential: Json): Promise<Json>;
  jwt(credential: Json): Promise<string>;
  png(payload: string, kind: 'assertion' | 'credential', seed?: number): Uint8Array;
  /** Serves a page whose body is `body`, loading the built widget module; returns its URL. */
  page(path: string, body: string, options?: { lang?: string; head?: string; origin?: string }): string;
}

/** A small SVG picture as a data: URL, so cards show an image without another request. */
export function pictureOf(colour: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="30" fill="${colour}"/></svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

export async function widgetSite(server: TestServer): Promise<WidgetSite> {
  const ob2 = await ob2World(server);
  const key: SigningKey = await generateSigningKey('EdDSA');
  const did = didKeyOf(key);
  const method = `${did}#${key.multikey!}`;
  const revocationsUrl = server.url('/revocations.json');
  const revoked = new Set<string>();
  const publishRevocations = (): void => server.route('/revocations.json', { json: { id: revocationsUrl, issuer: did, revokedCredentials: [...revoked].map((id) => ({ id, revocationReason: 'Awarded in error' })) } });
  publishRevocations();
  server.route('/nocors/badge.json', { json: ob2.hosted('nocors') });

  return {
    server,
    ob2,
    did,
    revocationsUrl,
    revoke(...ids) {
      ids.forEach((id) => revoked.add(id));
      publishRevocations();
    },
    credential(name, overrides = {}, options = {}) {
      const base = achievementCredential(did, {
        ...(options.status ? { '@context': [VC_V2, OB3, OB3_EXTENSIONS], credentialStatus: { id: revocationsUrl, type: '1EdTechRevocationList' } } : {}),
        ...overrides,
      });
      const subject = base.credentialSubject as Json;
      const achievement = { ...(subject.achievement as Json), name, image: { id: pictureOf('#2f7d5b'), type: 'Image' } };
      return { ...base, name, credentialSubject: { ...subject, achievement } };
    },
    signed: (credential) => signCredential(credential, key, { verificationMethod: method }),
    jwt: (credential) => signJws(jwtPayload(did, credential), key, { kid: method }),
    png: (payload, kind, seed = 5) => bakePng(pngImage(96, 96, seed), payload, kind),
    page(path, body, options = {}) {
      const html = `<!doctype html><html lang="${options.lang ?? 'en'}"><head><meta charset="utf-8"><title>Badges</title><link rel="icon" href="data:,">${options.head ?? ''}<script type="module" src="/widget/open-badges.js"></script></head><body><main><h1>Badges</h1>${body}</main></body></html>`;
      server.route(path, { body: html, contentType: 'text/html; charset=utf-8' });
      return new URL(path, options.origin ?? server.origin).href;
    },
  };
}

/** The names of the badges on the statuses page, by the status each must end in. */
export const STATUS_BADGES = {
  'Data Integrity Verified': 'verified',
  'VC-JWT Verified': 'verified',
  'Robotics Foundations': 'verified',
  'Revoked Teamwork': 'revoked',
  'Expired First Aid': 'expired',
  'Tampered Leadership': 'invalid',
} as const;

const built = new WeakMap<WidgetSite, Promise<string>>();

/**
 * A page with a badge in each state: a collection (inline Data Integrity credentials: verified, revoked,
 * expired, tampered; an OB 2.0 hosted assertion by URL), a baked VC-JWT PNG and a badge on a host that
 * sends no CORS headers, as child `<open-badge>`s. Made once per worker; returns its URL.
 */
export function statusesPage(site: WidgetSite): Promise<string> {
  let page = built.get(site);
  if (page === undefined) {
    page = makeStatusesPage(site);
    built.set(site, page);
  }
  return page;
}

async function makeStatusesPage(site: WidgetSite): Promise<string> {
  const revoked = await site.signed(site.credential('Revoked Teamwork', { validFrom: '2025-03-01T00:00:00Z' }, { status: true }));
  site.revoke(revoked.id as string);
  const tampered = await site.signed(site.credential('Tampered Leadership', { validFrom: '2025-04-01T00:00:00Z' }));
  const collection = {
    type: 'BadgeLensCollection',
    version: 1,
    title: 'Test badges',
    badges: [
      { input: await site.signed(site.credential('Data Integrity Verified', { validFrom: '2025-05-01T00:00:00Z' }, { status: true })), tags: ['Teamwork'] },
      { input: revoked },
      { input: await site.signed(site.credential('Expired First Aid', { validFrom: '2019-01-01T00:00:00Z', validUntil: '2020-01-01T00:00:00Z' })), tags: ['Safety'] },
      { input: { ...tampered, name: 'Tampered Leadership', credentialSubject: { ...(tampered.credentialSubject as Json), id: 'did:example:someone-else' } } },
      { input: site.ob2.hosted('robotics').id as string, tags: ['Engineering'] },
    ],
  };
  site.server.route('/statuses.json', { json: collection });
  site.server.route('/badges/jwt.png', { body: site.png(await site.jwt(site.credential('VC-JWT Verified', { validFrom: '2025-06-01T00:00:00Z' })), 'credential', 9), contentType: 'image/png' });
  site.server.route('/nocors/badge.png', { body: site.png(`http://${NO_CORS_HOST}/nocors/badge.json`, 'assertion', 11), contentType: 'image/png' });
  return site.page(
    '/statuses.html',
    `<open-badges src="/statuses.json" layout="grid">
       <open-badge src="/badges/jwt.png"><a href="/badges/jwt.png"><img src="/badges/jwt.png" alt="VC-JWT Verified"></a></open-badge>
       <open-badge src="http://${NO_CORS_HOST}/nocors/badge.json"><a href="http://${NO_CORS_HOST}/nocors/badge.json"><img src="/nocors/badge.png" alt="Unreachable Robotics"></a></open-badge>
       <a href="/statuses.json">My badges (JSON)</a>
     </open-badges>`,
  );
}
