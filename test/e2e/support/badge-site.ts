// The core's bakers, imported by module: its index also loads the schema table, which only Vite can build.
import { bakePng } from '../../../core/bake/bake-png.ts';
import { bakeSvg } from '../../../core/bake/bake-svg.ts';
import { achievementCredential, jwtPayload } from '../../support/ob3-credentials.ts';
import { didKeyOf, generateSigningKey, signJws, type SigningKey } from '../../support/ob3-keys.ts';
import { ob2World, type Ob2World } from '../../support/ob2-world.ts';
import { pngImage } from '../../support/png-factory.ts';
import { signCredential } from '../../support/sign-credential.ts';
import { svgDocument } from '../../support/svg-factory.ts';
import type { TestServer } from '../../support/http-server.ts';

type Json = Record<string, unknown>;

/** A view of the test server under a real-looking origin (the browser maps the host to the server). */
export function onHost(server: TestServer, origin: string): TestServer {
  return { ...server, origin, url: (path: string) => new URL(path, origin).href };
}

export const TEAMWORK_IMAGE = 'http://issuer.example/images/teamwork.png';

/**
 * The badges the end-to-end pages show, made by the test from real keys: an OB 2.0 issuer at
 * http://issuer.example (hosted and RS256-signed assertions), and an OB 3.0 issuer that is a did:key
 * (Ed25519 Data Integrity proofs and EdDSA VC-JWTs), so that every one of them can really verify.
 */
export interface BadgeSite {
  readonly server: TestServer;
  readonly ob2: Ob2World;
  readonly did: string;
  /** Serves bytes or text at a path on every mapped host. */
  serve(path: string, body: Uint8Array | string, contentType: string): void;
  /** A PNG with an OB 2.0 hosted assertion (the JSON) baked in; the assertion is served at /assertions/NAME.json. */
  ob2HostedPng(name: string, overrides?: Json, seed?: number): Uint8Array;
  /** An SVG with an RS256-signed OB 2.0 assertion (the JWS) baked in. */
  ob2SignedSvg(name: string): Promise<string>;
  /** An OB 3.0 credential from the did:key issuer, unsigned. */
  credential(overrides?: Json, achievement?: Json): Json;
  /** The credential with an eddsa-rdfc-2022 proof. */
  signed(credential: Json): Promise<Json>;
  /** The credential as an EdDSA VC-JWT. */
  jwt(credential: Json): Promise<string>;
  png(payload: string, kind: 'assertion' | 'credential', seed?: number): Uint8Array;
  svg(payload: string, kind: 'assertion' | 'credential'): string;
}

export async function badgeSite(server: TestServer): Promise<BadgeSite> {
  const ob2 = await ob2World(onHost(server, 'http://issuer.example'));
  const key: SigningKey = await generateSigningKey('EdDSA');
  const did = didKeyOf(key);
  const method = `${did}#${key.multikey!}`;
  server.route('/images/teamwork.png', { body: pngImage(64, 64, 7), contentType: 'image/png' });

  const site: BadgeSite = {
    server,
    ob2,
    did,
    serve: (path, body, contentType) => server.route(path, { body, contentType }),
    ob2HostedPng(name, overrides = {}, seed = 3) {
      const assertion = ob2.hosted(name, overrides);
      return bakePng(pngImage(96, 96, seed), JSON.stringify(assertion), 'assertion');
    },
    async ob2SignedSvg(name) {
      return bakeSvg(svgDocument({ rootAttributes: 'width="96" height="96"' }), await ob2.signed(name), 'assertion');
    },
    credential(overrides = {}, achievement = {}) {
      const base = achievementCredential(did, overrides);
      const subject = base.credentialSubject as Json;
      const achieved = { ...(subject.achievement as Json), image: { id: TEAMWORK_IMAGE, type: 'Image' }, ...achievement };
      return { ...base, credentialSubject: { ...subject, achievement: achieved } };
    },
    signed: (credential) => signCredential(credential, key, { verificationMethod: method }),
    jwt: (credential) => signJws(jwtPayload(did, credential), key, { kid: method }),
    png: (payload, kind, seed = 5) => bakePng(pngImage(96, 96, seed), payload, kind),
    svg: (payload, kind) => bakeSvg(svgDocument({ rootAttributes: 'width="96" height="96"' }), payload, kind),
  };
  return site;
}

/** A page with a title, a heading and the given body. */
export function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,"></head><body><h1>${title}</h1>${body}</body></html>`;
}
