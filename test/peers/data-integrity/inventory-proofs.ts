import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { peerPath } from '../peers-dir.ts';

/** What a peer's INVENTORY.md says its offline proof check gives, proof by proof. */
export type PeerOutcome = 'VALID' | 'INVALID-SIGNATURE' | 'UNSUPPORTED-SUITE' | 'ERROR';

export interface PeerProof {
  /** 'DataIntegrityProof/eddsa-rdfc-2022', 'Ed25519Signature2020', 'SomeProofType', … */
  readonly label: string;
  readonly outcome: PeerOutcome;
  /** The rest of the entry: how the key was found, the safe-mode error, why it could not be checked. */
  readonly detail: string;
}

export interface ProofCase {
  /** Folder under shared/peers. */
  readonly folder: string;
  /** The file as the inventory names it. */
  readonly file: string;
  /** The file's path under shared/peers. */
  readonly path: string;
  readonly proofs: readonly PeerProof[];
}

/** Where each inventory's file names are rooted, inside its folder. */
export const PROOF_SOURCES: readonly { readonly folder: string; readonly root: string }[] = [
  { folder: '1edtech-openbadges-specification', root: '' },
  { folder: '1edtech-dc-public-validator', root: 'fixtures' },
  { folder: 'dcc-vc-test-fixtures', root: '' },
  { folder: 'dcc-verifier-core', root: '' },
];

const ENTRY = /([A-Za-z0-9]+(?:\/[a-z0-9-]+)?):(VALID|INVALID-SIGNATURE|UNSUPPORTED-SUITE|ERROR)\b/g;

/**
 * The rows of an inventory whose last column ('offline proof check') names at least one embedded proof.
 * Rows for VC-JWTs (RS256), OB 2.0 and documents without a proof are left out: they are not Data
 * Integrity.
 */
export function readProofCases(folder: string, root: string): ProofCase[] {
  const inventory = peerPath(path.join(folder, 'INVENTORY.md'));
  if (!existsSync(inventory)) return [];
  const cases: ProofCase[] = [];
  for (const line of readFileSync(inventory, 'utf8').split('\n')) {
    const cells = line.split(' | ');
    const file = /^\| `([^`]+)`$/.exec(cells[0] ?? '')?.[1];
    const column = cells.at(-1)?.replace(/\s*\|\s*$/, '') ?? '';
    if (file === undefined) continue;
    const starts = [...column.matchAll(ENTRY)];
    if (starts.length === 0) continue;
    const proofs = starts.map((m, i) => ({
      label: m[1]!,
      outcome: m[2] as PeerOutcome,
      detail: column.slice(m.index + m[0].length, starts[i + 1]?.index ?? column.length).replace(/\s*\/\s*$/, '').trim(),
    }));
    cases.push({ folder, file, path: path.join(folder, root, file), proofs });
  }
  return cases;
}
