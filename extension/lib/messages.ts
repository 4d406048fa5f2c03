/**
 * Messages between the content script, the background and the popup. Extension messages cross a trust
 * boundary (a content script runs beside untrusted page code), so every message is validated on arrival.
 */
export interface PageScanned {
  readonly type: 'page-scanned';
  readonly url: string;
  readonly candidates: number;
}

export type ExtensionMessage = PageScanned;

export function parseMessage(value: unknown): ExtensionMessage | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const message = value as Record<string, unknown>;
  if (message.type === 'page-scanned') {
    const { url, candidates } = message;
    if (typeof url !== 'string' || !Number.isInteger(candidates) || (candidates as number) < 0) return undefined;
    return { type: 'page-scanned', url, candidates: candidates as number };
  }
  return undefined;
}
