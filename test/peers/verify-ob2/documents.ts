import { createHmac, createSign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bakePng, unbake, type BadgeInput } from '../../../core/index.ts';
import type { Route } from '../../support/http-server.ts';
import { peerPath } from '../peers-dir.ts';
import type { PeerSite } from '../peer-web.ts';
import type { Baked, CaseInput, DataUriOf, Doc, JsonOf, Served, Signed, VerifyCase, VerifySource } from './case.ts';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.json': 'application/ld+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.pem': 'application/x-pem-file',
  '.jwt': 'text/plain',
  '.jws': 'text/plain',
  '.html': 'text/html',
};

/** Everything served while one case runs: the source's map, then the case's own documents over it. */
export function siteFor(source: VerifySource, c: VerifyCase, serve: Readonly<Record<string, Served>> = c.serve ?? {}): PeerSite {
  const routes = new Map<string, Route>();
  const directories = new Map<string, string>();
  const add = (url: string, served: Served): void => {
    routes.set(url, toRoute(source.folder, served));
    const self = isDoc(served) && served.atItsId ? declaredId(source.folder, served) : undefined;
    if (self !== undefined) routes.set(self, toRoute(source.folder, served));
  };
  for (const [url, served] of Object.entries(source.web)) {
    if (typeof served !== 'string') add(url, served);
    else if (url.endsWith('/')) directories.set(url, peerPath(path.join(source.folder, served)));
    else add(url, { file: served });
  }
  for (const [url, served] of Object.entries(serve)) add(url, served);
  // A case's input that its issuer hosts at the id it declares (the hosted copy the verifier fetches).
  if (isDoc(c.input) && c.input.atItsId) {
    const hosted = hostedCopy(source.folder, c.input);
    routes.set(hosted.id, { body: hosted.text, contentType: 'application/ld+json' });
  }
  return { routes, directories };
}

/** The case's input as a user hands it to `verify`. */
export function caseInput(folder: string, input: CaseInput): BadgeInput {
  if ('url' in input) return input.url;
  if ('text' in input) return input.text;
  if ('signed' in input) return signJws(folder, input.signed);
  if ('baked' in input) return bake(folder, input.baked);
  if (isImage(input.file)) return readBytes(folder, input.file);
  return docText(folder, input);
}

function toRoute(folder: string, served: Served): Route {
  if ('status' in served) return { status: served.status, body: '', contentType: 'text/plain' };
  if ('text' in served) return { body: served.text, contentType: 'text/plain' };
  if ('signed' in served) return { body: signJws(folder, served.signed), contentType: 'text/plain' };
  if ('baked' in served) return { body: bake(folder, served.baked), contentType: 'image/png' };
  const contentType = CONTENT_TYPES[path.extname(served.file)] ?? 'application/octet-stream';
  return served.set ? { body: docText(folder, served), contentType } : { body: readBytes(folder, served.file), contentType };
}

/** A peer JSON file with `set` applied; the file's own text when nothing is set. */
export function docText(folder: string, d: Doc): string {
  const raw = readFileSync(peerPath(path.join(folder, d.file)), 'utf8');
  if (d.set === undefined) return raw;
  const value = JSON.parse(raw) as Record<string, unknown>;
  for (const [field, replacement] of Object.entries(d.set)) setPath(value, field, materialise(folder, replacement));
  return JSON.stringify(value);
}

// As the mozilla validator's generators replace fields: dotted paths, intermediate objects made as needed.
function setPath(target: Record<string, unknown>, dotted: string, value: unknown): void {
  const keys = dotted.split('.');
  const last = keys.pop()!;
  let node = target;
  for (const key of keys) {
    const next = node[key];
    node = typeof next === 'object' && next !== null ? (next as Record<string, unknown>) : (node[key] = {});
  }
  if (value === undefined) Reflect.deleteProperty(node, last);
  else node[last] = value;
}

function materialise(folder: string, value: unknown): unknown {
  if (typeof value === 'object' && value !== null && 'dataUriOf' in value) {
    const { dataUriOf, mediaType } = value as DataUriOf;
    return `data:${mediaType};base64,${Buffer.from(readBytes(folder, dataUriOf)).toString('base64')}`;
  }
  if (typeof value === 'object' && value !== null && 'jsonOf' in value) {
    return JSON.parse(readFileSync(peerPath(path.join(folder, (value as JsonOf).jsonOf)), 'utf8')) as unknown;
  }
  return value;
}

/**
 * RFC 7515 compact serialisation as node-jws made it for the peers: RSASSA-PKCS1-v1_5 with SHA-256 for
 * RS256 however the header spells it, HMAC-SHA256 keyed with the PEM's text for HS256.
 */
export function signJws(folder: string, s: Signed): string {
  const payload = 'raw' in s.payload ? s.payload.raw : 'inline' in s.payload ? JSON.stringify(s.payload.inline) : docText(folder, s.payload);
  const signingInput = `${Buffer.from(JSON.stringify(s.header)).toString('base64url')}.${Buffer.from(payload).toString('base64url')}`;
  const key = readFileSync(peerPath(path.join(folder, s.key)), 'utf8');
  const signature = /^hs/i.test(String(s.header.alg)) ? createHmac('sha256', key).update(signingInput).digest() : createSign('RSA-SHA256').update(signingInput).sign(key);
  return `${signingInput}.${signature.toString('base64url')}`;
}

function bake(folder: string, b: Baked): Uint8Array {
  return bakePng(readBytes(folder, b.image), docText(folder, b.payload).trim(), 'assertion');
}

function hostedCopy(folder: string, d: Doc): { id: string; text: string } {
  const text = isImage(d.file) ? bakedPayload(readBytes(folder, d.file)) : docText(folder, d);
  const id = (JSON.parse(text) as { id?: unknown }).id;
  if (typeof id !== 'string') throw new Error(`${d.file}: no id to serve it at`);
  return { id, text };
}

function declaredId(folder: string, d: Doc): string | undefined {
  const id = (JSON.parse(docText(folder, d)) as { id?: unknown }).id;
  return typeof id === 'string' && /^https?:/.test(id) ? id : undefined;
}

function bakedPayload(bytes: Uint8Array): string {
  const unbaked = unbake(bytes);
  if (!unbaked.found) throw new Error(`no badge baked in the image: ${unbaked.message}`);
  return unbaked.payloads[0]!.payload;
}

function readBytes(folder: string, file: string): Uint8Array {
  return new Uint8Array(readFileSync(peerPath(path.join(folder, file))));
}

function isImage(file: string): boolean {
  return /\.(png|svg)$/i.test(file);
}

function isDoc(served: Served | CaseInput): served is Doc {
  return 'file' in served;
}
