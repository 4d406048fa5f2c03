import { concatBytes } from '../util/bytes.ts';

export type BodyRead = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly received: number };

/**
 * Reads a response body, giving up (and cancelling the stream) as soon as it passes `cap` bytes, so a
 * hostile server cannot make the reader hold more than the cap.
 */
export async function readCappedBody(response: Response, cap: number): Promise<BodyRead> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > cap) {
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, received: declared };
  }
  if (response.body === null) return { ok: true, bytes: new Uint8Array() };
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > cap) {
      // Not awaited: when the body is one branch of a tee, cancelling settles only once the other branch is done.
      void reader.cancel().catch(() => undefined);
      return { ok: false, received: total };
    }
    parts.push(value);
  }
  return { ok: true, bytes: concatBytes(parts, total) };
}
