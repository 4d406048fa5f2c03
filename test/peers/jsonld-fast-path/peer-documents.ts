import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unbake } from '../../../core/index.ts';
import { decodeCompactJws } from '../../../core/parse/jws.ts';
import { signedParts } from '../../../core/verify/vc/data-integrity/proof-configuration.ts';
import { identifySuite } from '../../../core/verify/vc/data-integrity/suites.ts';
import { PEERS_DIR } from '../peers-dir.ts';

type Json = Record<string, unknown>;

/** One JSON-LD document found among the peers' files, named by where it came from. */
export interface PeerDocument {
  /** `folder/file` under shared/peers, then what part of it: `credential`, `unsecured`, `proof 1 configuration`, … */
  readonly name: string;
  readonly document: Json;
}

// Context documents and JSON Schemas are not documents anyone signs; everything else is read.
const SKIPPED_FOLDERS = new Set(['contexts', 'schemas']);

/**
 * Every JSON-LD document in shared/peers, read in place: each JSON file, JWS payload (or its `vc` claim)
 * and PNG or SVG bake; in each, every object with an @context (a CLR's nested credentials, embedded
 * endorsements); and of each such credential, what a Data Integrity proof signs: the credential without
 * its proofs and each proof's configuration (core/verify/vc/data-integrity/proof-configuration.ts), as
 * well as the credential as it is. Each document once, in a stable order.
 */
export function peerDocuments(): PeerDocument[] {
  const found = new Map<string, PeerDocument>();
  for (const file of filesUnder(PEERS_DIR)) {
    const relative = path.relative(PEERS_DIR, file);
    for (const [i, value] of parsedPayloads(file).entries()) {
      for (const [j, credential] of objectsWithContext(value).entries()) {
        const where = `${relative}${i > 0 ? ` payload ${i + 1}` : ''}${j > 0 ? ` nested ${j}` : ''}`;
        for (const [part, document] of signedVariants(credential)) {
          const key = JSON.stringify(document);
          if (!found.has(key)) found.set(key, { name: `${where}: ${part}`, document });
        }
      }
    }
  }
  return [...found.values()];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return dir === PEERS_DIR && SKIPPED_FOLDERS.has(entry.name) ? [] : filesUnder(full);
      return /\.(json|jsonld|png|svg|jwt|jws|txt)$|^[^.]+$/i.test(entry.name) ? [full] : [];
    });
}

/** The JSON values a file holds: itself as JSON or a JWS, or each payload baked into it. */
function parsedPayloads(file: string): unknown[] {
  const bytes = readFileSync(file);
  if (/\.(png|svg)$/i.test(file)) {
    const unbaked = unbake(new Uint8Array(bytes));
    return unbaked.found ? unbaked.payloads.flatMap((p) => fromText(p.payload)) : [];
  }
  return fromText(bytes.toString('utf8'));
}

function fromText(text: string): unknown[] {
  const jws = decodeCompactJws(text);
  if (jws !== undefined) return jws.payload === undefined ? [] : [jws.payload.vc ?? jws.payload];
  try {
    return [JSON.parse(text) as unknown];
  } catch {
    return [];
  }
}

/** Every object with an @context in a JSON value, outermost first. */
function objectsWithContext(value: unknown): Json[] {
  if (Array.isArray(value)) return value.flatMap(objectsWithContext);
  if (typeof value !== 'object' || value === null) return [];
  const nested = Object.values(value).flatMap(objectsWithContext);
  return '@context' in value ? [value as Json, ...nested] : nested;
}

/** The credential as it is, without its proofs, and each proof's configuration. */
function signedVariants(credential: Json): [string, Json][] {
  const variants: [string, Json][] = [['credential', credential]];
  const proofs = credential.proof === undefined ? [] : Array.isArray(credential.proof) ? (credential.proof as unknown[]) : [credential.proof];
  proofs.forEach((proof, i) => {
    if (typeof proof !== 'object' || proof === null || Array.isArray(proof)) return;
    const identified = identifySuite(proof);
    const parts = identified.ok ? signedParts(credential, proof as Json, identified.suite) : genericParts(credential, proof as Json);
    if ('ok' in parts) return;
    variants.push(['unsecured', parts.unsecured as Json], [`proof ${i + 1} configuration`, parts.proofConfig as Json]);
  });
  return variants;
}

/** For a suite Badge Lens does not check: the proof without its value, under the credential's @context. */
function genericParts(credential: Json, proof: Json): { unsecured: Json; proofConfig: Json } {
  const { proof: _proofs, ...unsecured } = credential;
  const { proofValue: _value, jws: _jws, signatureValue: _signature, ...options } = proof;
  return { unsecured, proofConfig: { '@context': credential['@context'], ...options } };
}
