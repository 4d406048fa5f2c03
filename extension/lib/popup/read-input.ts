import type { UserInput } from '../messages.ts';

/** Largest file accepted, as for fetched images (core's `maxImageBytes` default). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/**
 * A dropped or picked file as the background takes it: images (PNG by signature, SVG by a leading `<`) as
 * bytes in base64, since extension messages carry JSON only; anything else as text (JSON, JWS, VC-JWT, URL).
 */
export async function readInputFile(file: Blob): Promise<UserInput | { readonly error: string }> {
  if (file.size > MAX_FILE_BYTES) return { error: `This file is ${(file.size / 1024 / 1024).toFixed(1)} MB; files up to 10 MB are read.` };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length === 0) return { error: 'This file is empty.' };
  if (isPng(bytes) || startsWithMarkup(bytes)) return { kind: 'bytes', base64: toBase64(bytes) };
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).trim();
  return text === '' ? { error: 'This file is empty.' } : { kind: 'text', text };
}

/** What was pasted: a URL, or text (JSON, a JWS or VC-JWT). */
export function pastedInput(value: string): UserInput | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  return /^(https?:\/\/|data:image\/)\S+$/i.test(text) ? { kind: 'url', url: text } : { kind: 'text', text };
}

function isPng(bytes: Uint8Array): boolean {
  return [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b);
}

function startsWithMarkup(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return bytes[i] === 0x3c;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}
