import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unbake } from '../../../core/index.ts';
import { decodeCompactJws } from '../../../core/parse/jws.ts';
import { peerPath } from '../peers-dir.ts';
import type { CaseInput } from '../verify-ob2/case.ts';

/**
 * The credential a case hands to `verify`, as JSON: a JSON file, the payload (or `vc` claim) of a VC-JWT,
 * or either of those baked into a PNG or SVG. Undefined when the input holds no credential (an empty
 * file, an image without a badge, a URL).
 */
export function credentialOf(folder: string, input: CaseInput): Record<string, unknown> | undefined {
  if (!('file' in input)) return undefined;
  const bytes = readFileSync(peerPath(path.join(folder, input.file)));
  if (/\.(png|svg)$/i.test(input.file)) {
    const unbaked = unbake(new Uint8Array(bytes));
    return unbaked.found ? fromText(unbaked.payloads[0]!.payload) : undefined;
  }
  return fromText(bytes.toString('utf8'));
}

function fromText(text: string): Record<string, unknown> | undefined {
  const jws = decodeCompactJws(text);
  if (jws !== undefined) {
    const vc = jws.payload?.vc;
    return typeof vc === 'object' && vc !== null && !Array.isArray(vc) ? (vc as Record<string, unknown>) : jws.payload;
  }
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
