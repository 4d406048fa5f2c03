import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the peers' fixtures live: `../shared/peers` beside the repository, read in place and never copied
 * in, so the repository carries no third-party badges. BADGE_LENS_PEERS points somewhere else (a CI cache).
 */
export const PEERS_DIR: string = process.env.BADGE_LENS_PEERS
  ? path.resolve(process.env.BADGE_LENS_PEERS)
  : fileURLToPath(new URL('../../../shared/peers', import.meta.url));

export function peersPresent(): boolean {
  try {
    return statSync(PEERS_DIR).isDirectory();
  } catch {
    return false;
  }
}

export function peerPath(relative: string): string {
  return path.join(PEERS_DIR, relative);
}
