import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ImageFormat } from '../../../core/index.ts';
import { peerPath } from '../peers-dir.ts';
import type { BakingCase, PeerSource } from './case.ts';

export interface CaseInput {
  readonly bytes: Uint8Array;
  /** What the file name or the data URI's media type says the image is. */
  readonly declared: ImageFormat | 'other';
}

/** The case's image bytes, read in place: the file itself, or the `data:` URI at `dataUriAt` inside a JSON file. */
export function readCaseInput(source: PeerSource, c: BakingCase): CaseInput {
  const file = peerPath(path.join(source.folder, c.file));
  if (c.dataUriAt === undefined) {
    const extension = path.extname(file).toLowerCase();
    return { bytes: new Uint8Array(readFileSync(file)), declared: extension === '.png' ? 'png' : extension === '.svg' ? 'svg' : 'other' };
  }
  let value: unknown = JSON.parse(readFileSync(file, 'utf8'));
  for (const key of c.dataUriAt) {
    value = typeof value === 'object' && value !== null ? (value as Record<string | number, unknown>)[key] : undefined;
  }
  if (typeof value !== 'string') throw new Error(`${c.file}: no string at ${c.dataUriAt.join('.')}`);
  return decodeDataUri(value);
}

// RFC 2397: data:[<mediatype>][;base64],<data>
function decodeDataUri(uri: string): CaseInput {
  const match = /^data:([^;,]*)((?:;[^;,]*)*),(.*)$/s.exec(uri);
  if (match === null) throw new Error(`not a data: URI: ${uri.slice(0, 40)}…`);
  const [, mediaType = '', parameters = '', data = ''] = match;
  const bytes = parameters.split(';').includes('base64') ? Buffer.from(data, 'base64') : Buffer.from(decodeURIComponent(data), 'utf8');
  const declared = mediaType === 'image/png' ? 'png' : mediaType === 'image/svg+xml' ? 'svg' : 'other';
  return { bytes: new Uint8Array(bytes), declared };
}

/** Peer-relative text, for payloads that must equal a file the peer keeps outside the image. */
export function readPeerText(relative: string): string {
  return readFileSync(peerPath(relative), 'utf8');
}
