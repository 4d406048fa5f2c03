/**
 * Makes the sample badges in public/samples/ and the demo's collection file, with keys made for this run
 * and thrown away after it: no private key is ever written. Run by a maintainer when the samples must
 * change, and the results committed:
 *
 *   node scripts/run-ts.mjs scripts/samples/make-samples.ts
 *
 * Every sample really verifies: the OB 3.0 ones are signed by a did:key (nothing to fetch), and the OB 2.0
 * ones by an issuer at https://issuer.example (RFC 2606, never reachable) whose documents the collection
 * file carries, so the demo verifies on any port, offline.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CompactSign, exportSPKI, generateKeyPair } from 'jose';
import { chromium } from 'playwright-core';
import { bakePng, bakeSvg } from '../../core/index.ts';
import { collectBadges } from '../../cli/collect/collect-badges.ts';
import { fileSource } from '../../cli/collect/read-source.ts';
import { didKeyOf, generateSigningKey, signJws } from '../../test/support/ob3-keys.ts';
import { signCredential } from '../../test/support/sign-credential.ts';
import { artworkSvg, type Artwork } from './artwork.ts';

type Json = Record<string, unknown>;

const OUT = resolve('public/samples');
const VC_V2 = 'https://www.w3.org/ns/credentials/v2';
const OB3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
const OB2 = 'https://w3id.org/openbadges/v2';
const ISSUER_SITE = 'https://issuer.example';
const EARNER = { id: 'did:example:ada-example', name: 'Ada Example' };

const dataUrl = (svg: string): string => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

export async function main(): Promise<number> {
  await mkdir(OUT, { recursive: true });
  const key = await generateSigningKey('EdDSA');
  const did = didKeyOf(key);
  const method = `${did}#${key.multikey!}`;
  const issuer = { id: did, type: ['Profile'], name: 'Northwind Institute', url: 'https://northwind.example/' };

  const credential = (art: Artwork, validFrom: string, extra: Json = {}): Json => ({
    '@context': [VC_V2, OB3],
    id: `urn:uuid:${crypto.randomUUID()}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: art.title,
    issuer,
    validFrom,
    credentialSubject: {
      id: EARNER.id,
      type: ['AchievementSubject'],
      achievement: {
        id: `https://northwind.example/achievements/${art.slug}`,
        type: ['Achievement'],
        name: art.title,
        description: art.description,
        criteria: { narrative: art.criteria },
        image: { id: dataUrl(artworkSvg(art, 128)), type: 'Image' },
        tag: art.tags,
      },
    },
    ...extra,
  });
  const sign = (doc: Json) => signCredential(doc, key, { verificationMethod: method });
  const jwt = (doc: Json) => {
    const claims = { iss: did, jti: doc.id, sub: EARNER.id, nbf: Math.floor(Date.parse(doc.validFrom as string) / 1000) };
    return signJws({ ...doc, ...claims }, key, { kid: method });
  };

  // The OB 2.0 issuer: profile, key and BadgeClasses at https://issuer.example, served here from memory.
  const rsa = await generateKeyPair('RS256', { extractable: true });
  const web = new Map<string, Json>();
  const ob2Issuer = { '@context': OB2, type: 'Issuer', id: `${ISSUER_SITE}/issuer.json`, name: 'Example Robotics Guild', url: ISSUER_SITE, email: 'badges@issuer.example', publicKey: `${ISSUER_SITE}/keys/1.json` };
  web.set(ob2Issuer.id, ob2Issuer);
  web.set(`${ISSUER_SITE}/keys/1.json`, { '@context': OB2, type: 'CryptographicKey', id: `${ISSUER_SITE}/keys/1.json`, owner: ob2Issuer.id, publicKeyPem: await exportSPKI(rsa.publicKey) });
  const badgeClass = (art: Artwork): string => {
    const id = `${ISSUER_SITE}/badges/${art.slug}.json`;
    web.set(id, { '@context': OB2, type: 'BadgeClass', id, name: art.title, description: art.description, image: dataUrl(artworkSvg(art, 128)), criteria: { narrative: art.criteria }, issuer: ob2Issuer.id, tags: art.tags });
    return id;
  };
  const assertion = (art: Artwork, id: string, verification: Json, issuedOn: string): Json => ({
    '@context': OB2,
    type: 'Assertion',
    id,
    recipient: { type: 'email', hashed: false, identity: 'ada@example.org' },
    badge: badgeClass(art),
    issuedOn,
    verification,
  });

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const rasterise = async (art: Artwork): Promise<Uint8Array> => {
    await page.setContent(`<body style="margin:0;background:transparent">${artworkSvg(art, 256)}</body>`);
    return new Uint8Array(await page.locator('svg').screenshot({ omitBackground: true }));
  };

  const samples: { file: string; what: string; inCollection: boolean; bytes: Uint8Array | string }[] = [];
  const add = (file: string, what: string, bytes: Uint8Array | string, inCollection = true) => samples.push({ file, what, inCollection, bytes });

  const dataLiteracy = ARTWORK.dataLiteracy;
  add('ob3-data-literacy.png', 'OB 3.0 OpenBadgeCredential, did:key, `eddsa-rdfc-2022` Data Integrity proof, PNG `iTXt` `openbadgecredential`', bakePng(await rasterise(dataLiteracy), JSON.stringify(await sign(credential(dataLiteracy, '2026-03-14T09:00:00Z'))), 'credential'));
  const leadership = ARTWORK.leadership;
  add('ob3-team-leadership.svg', 'OB 3.0 OpenBadgeCredential, did:key, Data Integrity proof, SVG `<openbadges:credential>`', bakeSvg(artworkSvg(leadership, 256), JSON.stringify(await sign(credential(leadership, '2025-11-02T09:00:00Z'))), 'credential'));
  const accessibility = ARTWORK.accessibility;
  add('ob3-web-accessibility-jwt.png', 'OB 3.0 OpenBadgeCredential as an EdDSA VC-JWT (did:key), PNG `iTXt` `openbadgecredential`', bakePng(await rasterise(accessibility), await jwt(credential(accessibility, '2025-06-20T09:00:00Z')), 'credential'));
  const firstAid = ARTWORK.firstAid;
  add('ob3-first-aid-expired.png', 'OB 3.0, did:key, Data Integrity proof, `validUntil` 2025-09-30: expired', bakePng(await rasterise(firstAid), JSON.stringify(await sign(credential(firstAid, '2023-09-30T09:00:00Z', { validUntil: '2025-09-30T23:59:59Z' }))), 'credential'));
  const robotics = ARTWORK.robotics;
  const signedAssertion = assertion(robotics, 'urn:uuid:6b1f0b0e-robotics', { type: 'SignedBadge', creator: `${ISSUER_SITE}/keys/1.json` }, '2024-05-01T12:00:00Z');
  const jws = await new CompactSign(new TextEncoder().encode(JSON.stringify(signedAssertion))).setProtectedHeader({ alg: 'RS256' }).sign(rsa.privateKey);
  add('ob2-robotics-signed.png', 'OB 2.0 signed assertion (RS256 JWS) by https://issuer.example, PNG `iTXt` `openbadges`; its issuer documents are in collection.json', bakePng(await rasterise(robotics), jws, 'assertion'));
  const openSource = ARTWORK.openSource;
  const hostedUrl = `${ISSUER_SITE}/assertions/open-source.json`;
  web.set(hostedUrl, assertion(openSource, hostedUrl, { type: 'HostedBadge' }, '2024-10-05T12:00:00Z'));
  add('ob2-open-source-hosted.svg', 'OB 2.0 hosted assertion (JSON) at https://issuer.example, SVG `<openbadges:assertion>`; the hosted copy is in collection.json', bakeSvg(artworkSvg(openSource, 256), JSON.stringify(web.get(hostedUrl)), 'assertion'));
  const tamperedArt = ARTWORK.tampered;
  const honest = await sign(credential(tamperedArt, '2025-02-01T09:00:00Z'));
  const subject = honest.credentialSubject as Json;
  const forged = { ...honest, credentialSubject: { ...subject, achievement: { ...(subject.achievement as Json), name: 'Chief Security Architect' } } };
  add('ob3-tampered.png', 'OB 3.0 Data Integrity credential whose achievement name was changed after signing: invalid', bakePng(await rasterise(tamperedArt), JSON.stringify(forged), 'credential'), false);
  await browser.close();

  for (const sample of samples) await writeFile(join(OUT, sample.file), sample.bytes);

  // The CV's collection, made by `collect` itself; issuer.example is answered from memory, as if it were up.
  const fetchFromMemory: typeof fetch = async (input) => {
    const url = input instanceof Request ? input.url : String(input);
    const doc = web.get(url);
    if (doc === undefined) throw new TypeError(`fetch failed: ${url} is not part of the samples`);
    return new Response(JSON.stringify(doc), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  const sources = samples
    .filter((s) => s.inCollection)
    .map((s) => ({ kind: 'read' as const, ...fileSource(s.file, typeof s.bytes === 'string' ? new TextEncoder().encode(s.bytes) : s.bytes) }));
  const { collection, reports } = await collectBadges(sources, { verify: { fetch: fetchFromMemory }, title: "Ada Example's badges", generator: 'badge-lens collect (scripts/samples/make-samples.ts)' });
  // The collection refers to the pictures beside it rather than carrying them inline.
  const badges = collection.badges.map((badge, i) => ({ ...badge, image: samples.filter((s) => s.inCollection)[i]!.file }));
  await writeFile(join(OUT, 'collection.json'), `${JSON.stringify({ ...collection, badges }, null, 2)}\n`);
  await writeFile(join(OUT, 'samples.json'), `${JSON.stringify(samples.map(({ file, what, inCollection }) => ({ file, what, inCollection })), null, 2)}\n`);
  for (const { source, report } of reports) console.log(`${report.status.padEnd(10)} ${source}`);
  return reports.every((r) => r.report.status === 'verified' || (r.source.includes('expired') && r.report.status === 'expired')) ? 0 : 1;
}

const ARTWORK = {
  dataLiteracy: { slug: 'data-literacy', title: 'Data Literacy', colour: '#1f6feb', accent: '#79c0ff', glyph: 'chart', description: 'Reads, questions and presents data soundly.', criteria: 'Completed the **Data Literacy** course and a reviewed analysis project.', tags: ['Data', 'Analysis'] },
  leadership: { slug: 'team-leadership', title: 'Team Leadership', colour: '#8250df', accent: '#d2a8ff', glyph: 'people', description: 'Led a cross-functional team through a full project cycle.', criteria: 'Led a team of five or more for at least three months, with peer reviews.', tags: ['Leadership', 'Teamwork'] },
  accessibility: { slug: 'web-accessibility', title: 'Web Accessibility', colour: '#1a7f37', accent: '#7ee787', glyph: 'eye', description: 'Builds web pages that work for everyone, keyboard and screen readers included.', criteria: 'Passed the WCAG 2.2 practical assessment.', tags: ['Web', 'Accessibility'] },
  firstAid: { slug: 'first-aid', title: 'First Aid', colour: '#cf222e', accent: '#ffa198', glyph: 'cross', description: 'Certified in workplace first aid.', criteria: 'Completed the two-day first aid course and its practical test.', tags: ['Safety'] },
  robotics: { slug: 'robotics-foundations', title: 'Robotics Foundations', colour: '#9a6700', accent: '#f2cc60', glyph: 'gear', description: 'Builds and programs a small robot arm.', criteria: 'Build the **arm** and demo it.', tags: ['Engineering', 'Robotics'] },
  openSource: { slug: 'open-source', title: 'Open Source Contributor', colour: '#0969da', accent: '#a5d6ff', glyph: 'branch', description: 'Had contributions merged into a public open-source project.', criteria: 'Three merged pull requests reviewed by maintainers.', tags: ['Engineering', 'Open source'] },
  tampered: { slug: 'security-basics', title: 'Security Basics', colour: '#57606a', accent: '#d0d7de', glyph: 'shield', description: 'Knows the basics of information security.', criteria: 'Passed the security basics quiz.', tags: ['Security'] },
} satisfies Record<string, Artwork>;
