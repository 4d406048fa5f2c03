import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalise } from '../../core/jsonld/canonicalise.ts';
import { createBundledDocumentLoader } from '../../core/jsonld/document-loader.ts';
import { checkDataIntegrityProof } from '../../core/verify/vc/data-integrity/check-proof.ts';
import { listProofs } from '../../core/verify/vc/data-integrity/proof-set.ts';
import type { ProofCheckResult } from '../../core/verify/vc/data-integrity/proof-result.ts';
import { PROOF_SOURCES, readProofCases, type PeerProof } from './data-integrity/inventory-proofs.ts';
import { peerKey } from './data-integrity/peer-key.ts';
import { readCredential } from './data-integrity/read-credential.ts';
import { PEERS_DIR, peerPath, peersPresent } from './peers-dir.ts';

const documentLoader = createBundledDocumentLoader();
const VECTORS = '1edtech-openbadges-specification/test-vectors';
const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const fromHex = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, 'hex'));
const sha256 = async (text: string): Promise<string> => hex(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))));
const text = (relative: string): string => readFileSync(peerPath(relative), 'utf8');
const json = (relative: string): Record<string, unknown> => JSON.parse(text(relative)) as Record<string, unknown>;

/** The unsecured credential and the proof configuration of a single-proof credential (vc-di-eddsa §3.3.2). */
function split(credential: Record<string, unknown>): { unsecured: Record<string, unknown>; proofConfig: Record<string, unknown>; proof: Record<string, unknown> } {
  const { proof: proofs, ...unsecured } = credential;
  const proof = (Array.isArray(proofs) ? proofs[0] : proofs) as Record<string, unknown>;
  const { proofValue: _signature, ...options } = proof;
  return { unsecured, proof, proofConfig: { ...options, '@context': unsecured['@context'] } };
}

async function nquads(document: object): Promise<string> {
  const result = await canonicalise(document, { documentLoader });
  if (!result.ok) throw new Error(result.message);
  return result.nquads;
}

if (!peersPresent()) {
  it.skip(`../shared/peers not found (looked in ${PEERS_DIR}; set BADGE_LENS_PEERS): Data Integrity conformance not run`, () => {});
} else {
  describe('the 1EdTech Data Integrity test vector for OB 3.0 (implementation guide)', () => {
    const vector = json(`${VECTORS}/obv3p0/vector.json`) as Record<string, string>;
    const credential = json(`${VECTORS}/obv3p0/signed-credential.json`);
    const { unsecured, proofConfig, proof } = split(credential);

    it('canonicalises the credential and the proof configuration to its N-Quads, byte for byte', async () => {
      expect(await nquads(unsecured)).toBe(text(`${VECTORS}/obv3p0/document-canon.txt`));
      expect(await nquads(proofConfig)).toBe(text(`${VECTORS}/obv3p0/proof-canon.txt`));
    });

    it('hashes them to its intermediate hashes, and signs proofHash ‖ documentHash to its signature', async () => {
      const documentHash = await sha256(await nquads(unsecured));
      const proofHash = await sha256(await nquads(proofConfig));
      expect([documentHash, proofHash]).toEqual([vector.documentHashHex, vector.proofHashHex]);
      // Ed25519 is deterministic (RFC 8032 §5.1.6): the vector's private key gives the vector's signature.
      const signature = ed25519.sign(fromHex(proofHash + documentHash), fromHex(vector.privateKeyHex!).subarray(0, 32));
      expect(hex(signature)).toBe(vector.signatureHex);
      expect(proof.proofValue).toBe(vector.proofValue);
    });

    it('verifies with its public key', async () => {
      expect(await checkDataIntegrityProof(credential, proof, fromHex(vector.publicKeyHex!), { documentLoader })).toEqual({ ok: true, suite: 'eddsa-rdfc-2022' });
    });
  });

  describe('the 1EdTech Data Integrity test vector for CLR 2.0', () => {
    const key = fromHex((json(`${VECTORS}/obv3p0/vector.json`) as Record<string, string>).publicKeyHex!);
    const clr = json(`${VECTORS}/clrv2p0/signed-credential.json`);

    it('canonicalises the ClrCredential and its proof configuration to its N-Quads, byte for byte', async () => {
      const { unsecured, proofConfig } = split(clr);
      expect(await nquads(unsecured)).toBe(text(`${VECTORS}/clrv2p0/document-canon.txt`));
      expect(await nquads(proofConfig)).toBe(text(`${VECTORS}/clrv2p0/proof-canon.txt`));
    });

    it('verifies the ClrCredential and the AchievementCredential inside it with the same key', async () => {
      expect(await checkDataIntegrityProof(clr, listProofs(clr)[0]!.proof, key, { documentLoader })).toEqual({ ok: true, suite: 'eddsa-rdfc-2022' });
      const nested = ((clr.credentialSubject as Record<string, unknown>).verifiableCredential as Record<string, unknown>[])[0]!;
      expect(await checkDataIntegrityProof(nested, listProofs(nested)[0]!.proof, key, { documentLoader })).toEqual({ ok: true, suite: 'eddsa-rdfc-2022' });
    });
  });

  describe('every embedded proof the peers list, against their offline proof check', () => {
    const cases = PROOF_SOURCES.flatMap(({ folder, root }) => readProofCases(folder, root));
    const tally = new Map<string, number>();
    afterAll(() => {
      const counts = [...tally].sort().map(([pair, n]) => `  ${String(n).padStart(4)}  ${pair}`);
      const total = [...tally.values()].reduce((a, b) => a + b, 0);
      console.log([`data integrity: ${total} proofs in ${cases.length} peer files agree with the inventories (peer → ours):`, ...counts].join('\n'));
    });

    it('finds the proofs in the inventories', () => {
      expect(cases.length).toBeGreaterThan(100);
    });

    it.each(cases.map((c) => [`${c.folder} › ${c.file}`, c] as const))('%s', async (_name, c) => {
      const credential = readCredential(c.path);
      const entries = listProofs(credential);
      expect(entries.length, 'proofs in the file').toBe(c.proofs.length);
      for (const [i, peer] of c.proofs.entries()) {
        const outcome = await ourOutcome(credential, entries[i]!);
        expect(agrees(outcome, peer), `proof ${i} (${peer.label}): peer says ${peer.outcome} ${peer.detail}; we say ${outcome.name}: ${outcome.message}`).toBe(true);
        const pair = `${peer.outcome} → ${outcome.name}`;
        tally.set(pair, (tally.get(pair) ?? 0) + 1);
      }
    });
  });

  describe('real Credly OB 3.0 badges (their did:web keys are not available offline)', () => {
    const folder = 'real-world-baked-credly/ob3';
    const files = readdirSync(peerPath(folder)).filter((f) => f.endsWith('.png'));
    const stranger = ed25519.getPublicKey(new Uint8Array(32).fill(1));

    it.each(files)('%s canonicalises in safe mode and fails only at the signature under a stranger key', async (file) => {
      const credential = readCredential(path.join(folder, file));
      const [entry] = listProofs(credential);
      expect(entry?.suite).toBe('eddsa-rdfc-2022');
      expect(await checkDataIntegrityProof(credential, entry!.proof, stranger, { documentLoader })).toMatchObject({ ok: false, reason: 'bad-signature' });
    });
  });

  describe('the inventories', () => {
    it('list every peer file that carries an eddsa or Ed25519Signature2020 proof (or a copy of one they list)', () => {
      const listed = PROOF_SOURCES.flatMap(({ folder, root }) => readProofCases(folder, root)).map((c) => c.path);
      const listedContents = new Set(listed.map((file) => JSON.stringify(tryJson(file))));
      const unlisted = jsonFiles(PEERS_DIR)
        .filter((file) => !/^(contexts|schemas)\//.test(file))
        .filter((file) => listProofs(tryJson(file)).some((e) => e.suite !== undefined))
        .filter((file) => !listed.includes(file) && !listedContents.has(JSON.stringify(tryJson(file))));
      expect(unlisted).toEqual([]);
    });
  });
}

interface Outcome {
  readonly name: 'VALID' | ProofFailureName | 'no key offline';
  readonly message: string;
  readonly result?: ProofCheckResult;
}
type ProofFailureName = Exclude<ProofCheckResult, { ok: true }>['reason'];

async function ourOutcome(credential: Record<string, unknown>, entry: ReturnType<typeof listProofs>[number]): Promise<Outcome> {
  if (entry.suite === undefined) return { name: 'unsupported-suite', message: entry.problem ?? '' };
  const key = peerKey(entry.verificationMethod);
  if (!key.ok) return { name: 'no key offline', message: key.why };
  const result = await checkDataIntegrityProof(credential, entry.proof, key.key, { documentLoader });
  return result.ok ? { name: 'VALID', message: key.how, result } : { name: result.reason, message: result.message, result };
}

/**
 * Our outcome against the peer's: the same verdict, where a failure in safe mode is INVALID-SIGNATURE
 * for the peer (its signature cannot be checked over what would be dropped) and `canonicalisation` for
 * us, and a key, context or shape we cannot use is ERROR for the peer.
 */
function agrees(ours: Outcome, peer: PeerProof): boolean {
  switch (peer.outcome) {
    case 'VALID':
      return ours.name === 'VALID';
    case 'INVALID-SIGNATURE':
      return peer.detail.includes('safe-mode-error') ? ours.name === 'canonicalisation' : ours.name === 'bad-signature';
    case 'UNSUPPORTED-SUITE':
      return ours.name === 'unsupported-suite';
    case 'ERROR':
      return ours.name === 'no key offline' || ours.name === 'unknown-context' || ours.name === 'malformed' || ours.name === 'canonicalisation';
  }
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && (/\.json$/.test(e.name) || !e.name.includes('.')))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

function tryJson(relative: string): unknown {
  try {
    return JSON.parse(text(relative));
  } catch {
    return undefined;
  }
}
