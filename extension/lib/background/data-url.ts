/** Largest image accepted from a `data:` URL, as for fetched images (core's `maxImageBytes` default). */
export const MAX_DATA_URL_BYTES = 10 * 1024 * 1024;

/**
 * The bytes of a `data:image/png` or `data:image/svg+xml` URL (base64 or percent-encoded), or undefined when
 * it is not one or is larger than allowed. Nothing is fetched: the page wrote the image into its own source.
 */
export function dataUrlBytes(url: string): Uint8Array | undefined {
  const match = /^data:(image\/(?:png|svg\+xml))((?:;[^,;]*)*),/i.exec(url);
  if (!match) return undefined;
  const body = url.slice(match[0].length);
  try {
    if (/;base64/i.test(match[2]!)) {
      if (body.length > Math.ceil((MAX_DATA_URL_BYTES * 4) / 3) + 4) return undefined;
      const binary = atob(body.replace(/\s+/g, ''));
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      return bytes;
    }
    const bytes = new TextEncoder().encode(decodeURIComponent(body));
    return bytes.length <= MAX_DATA_URL_BYTES ? bytes : undefined;
  } catch {
    return undefined;
  }
}

/** Bytes from base64 (what the popup sends for a dropped file: extension messages carry JSON only). */
export function base64Bytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
