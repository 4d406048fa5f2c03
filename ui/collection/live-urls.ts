import type { Report } from '../../core/index.ts';

type Json = { readonly [key: string]: unknown };
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isHttp = (value: unknown): value is string => typeof value === 'string' && /^https?:\/\//i.test(value);
const MAX_DEPTH = 12;

/**
 * Which of a verification's documents say whether the badge still stands, and so are worth fetching live
 * rather than trusting a saved copy: OB 2.0 revocation lists (`revocationList` of the issuer), OB 3.0 /
 * CLR 2.0 status lists (`credentialStatus`: a 1EdTechRevocationList's `id`, a Bitstring or StatusList2021
 * entry's `statusListCredential`), and a hosted assertion (its own URL: HTTP 410 or `revoked` there means
 * revoked). Only URLs whose documents the verification really used are returned.
 *
 * @example
 * liveUrls([credential], report) // ['https://issuer.example/status/1']
 */
export function liveUrls(roots: readonly unknown[], report: Pick<Report, 'form' | 'badge' | 'documents'>): string[] {
  const found = new Set<string>();
  const visit = (node: unknown, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    if (Array.isArray(node)) return node.forEach((item) => visit(item, depth + 1));
    if (!isObject(node)) return;
    if (isHttp(node.revocationList)) found.add(node.revocationList);
    for (const entry of [node.credentialStatus].flat()) {
      if (!isObject(entry)) continue;
      const types = [entry.type].flat();
      if (types.includes('1EdTechRevocationList') && isHttp(entry.id)) found.add(entry.id);
      if (isHttp(entry.statusListCredential)) found.add(entry.statusListCredential);
    }
    for (const value of Object.values(node)) if (typeof value === 'object') visit(value, depth + 1);
  };
  roots.forEach((root) => visit(root, 0));
  Object.values(report.documents).forEach((document) => visit(document, 0));
  if (report.form === 'hosted' && isHttp(report.badge?.id)) found.add(report.badge.id);
  const urls = [...found].map((url) => url.split('#')[0]!);
  return [...new Set(urls)].filter((url) => Object.hasOwn(report.documents, url));
}
