import { readFileSync } from 'node:fs';
import { unbake } from '../../../core/index.ts';
import { peerPath } from '../peers-dir.ts';

/** A peer's credential as JSON: the file itself, or the payload baked into a PNG or SVG. */
export function readCredential(relative: string): Record<string, unknown> {
  const bytes = readFileSync(peerPath(relative));
  if (/\.(png|svg)$/i.test(relative)) {
    const unbaked = unbake(bytes);
    if (!unbaked.found) throw new Error(`${relative}: ${unbaked.message}`);
    return JSON.parse(unbaked.payloads[0]!.payload) as Record<string, unknown>;
  }
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
}
