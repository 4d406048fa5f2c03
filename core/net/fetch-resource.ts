import { isIpLiteral, isPrivateHost } from './address.ts';
import { readCappedBody } from './read-body.ts';
import { DEFAULT_NET_LIMITS, type Fetched, type FetchFailure, type NetOptions, type ResourceKind } from './types.ts';

const ACCEPT: Readonly<Record<ResourceKind, string>> = {
  json: 'application/ld+json, application/json;q=0.9, text/plain;q=0.5, */*;q=0.1',
  image: 'image/png, image/svg+xml;q=0.9, image/*;q=0.5, */*;q=0.1',
};
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * The one way the core reaches the network: http(s) only, private addresses refused unless allowed, one
 * deadline for redirects and body together, a byte cap, a redirect cap, no cookies sent.
 */
export async function fetchResource(url: string, kind: ResourceKind, options: NetOptions): Promise<Fetched> {
  const limits = { ...DEFAULT_NET_LIMITS, ...options.limits };
  const fail = (reason: FetchFailure, message: string, status?: number): Fetched =>
    status === undefined ? { ok: false, url, reason, message } : { ok: false, url, reason, message, status };

  const first = await checkUrl(url, options);
  if (first !== undefined) return fail(first.reason, first.message);
  if (options.offline) return fail('offline', `${hostOf(url)} was not contacted: checking offline.`);

  const controller = new AbortController();
  const onAbort = (): void => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limits.timeoutMs);
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const init = (redirect: RequestRedirect): RequestInit => ({
    redirect,
    signal: controller.signal,
    credentials: 'omit',
    headers: { Accept: ACCEPT[kind] },
  });

  try {
    let current = url;
    let response: Response | undefined;
    for (let hop = 0; ; hop++) {
      response = await doFetch(current, init('manual'));
      if (response.type === 'opaqueredirect') {
        // Browsers hide where a manual redirect points; let the browser follow it and judge where it landed.
        response = await doFetch(current, init('follow'));
        current = response.url || current;
        const landed = await checkUrl(current, options);
        if (landed !== undefined) return fail(landed.reason, landed.message);
        break;
      }
      const location = response.headers.get('location');
      if (!REDIRECTS.has(response.status) || location === null) break;
      await response.body?.cancel().catch(() => undefined);
      if (hop >= limits.maxRedirects) {
        return fail('too-many-redirects', `${hostOf(url)} redirected more than ${limits.maxRedirects} times.`, response.status);
      }
      current = new URL(location, current).href;
      const next = await checkUrl(current, options);
      if (next !== undefined) return fail(next.reason, `${hostOf(url)} redirected to a refused address: ${next.message}`);
    }

    const { status } = response;
    if (status === 410) return fail('gone', `${hostOf(current)} answered that the document is gone (HTTP 410).`, status);
    if (status === 404) return fail('not-found', `${hostOf(current)} has no document at this address (HTTP 404).`, status);
    if (status < 200 || status > 299) {
      return fail('http-error', `${hostOf(current)} answered with an error (HTTP ${status}).`, status);
    }
    // An image at an address that does not say so (`/assertions/1/image`) still gets the image cap: its
    // content type says what it is.
    const image = kind === 'image' || /^image\/(png|svg\+xml)\b/i.test(response.headers.get('content-type') ?? '');
    const cap = image ? limits.maxImageBytes : limits.maxJsonBytes;
    const body = await readCappedBody(response, cap);
    if (!body.ok) return fail('too-large', `The document from ${hostOf(current)} is larger than the ${formatSize(cap)} allowed.`, status);
    return { ok: true, url, finalUrl: current, status, contentType: response.headers.get('content-type') ?? '', bytes: body.bytes, source: 'network' };
  } catch (error) {
    if (timedOut) return fail('timeout', `${hostOf(url)} did not answer within ${limits.timeoutMs / 1000} s.`);
    if (options.signal?.aborted) return fail('aborted', 'The check was cancelled.');
    const detail = error instanceof Error ? error.message : String(error);
    return fail('unreachable', `${hostOf(url)} could not be reached (${detail}).`);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

async function checkUrl(url: string, options: NetOptions): Promise<{ reason: FetchFailure; message: string } | undefined> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { reason: 'invalid-url', message: `"${url.slice(0, 200)}" is not a valid web address.` };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return { reason: 'refused', message: `Only http and https addresses are fetched, not ${parsed.protocol}.` };
  }
  if (parsed.username || parsed.password) {
    return { reason: 'refused', message: 'Addresses carrying a user name or password are not fetched.' };
  }
  if (options.allowPrivateNetwork) return undefined;
  const refused = { reason: 'refused' as const, message: `${parsed.hostname} is a private or local address, which is not contacted.` };
  if (isPrivateHost(parsed.hostname)) return refused;
  if (options.resolveHost && !isIpLiteral(parsed.hostname) && !options.offline) {
    const addresses = await options.resolveHost(parsed.hostname).catch(() => [] as string[]);
    if (addresses.some(isPrivateHost)) return refused;
  }
  return undefined;
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url.slice(0, 100);
  }
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB` : `${Math.round(bytes / 1024)} KiB`;
}
