import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { build, type Rolldown } from 'vite';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { achievementCredential } from '../../support/ob3-documents.ts';
import { generateKey, signCredential, type TestKey } from '../../support/sign-credential.ts';

const ENTRY = fileURLToPath(new URL('./service-worker-entry.ts', import.meta.url));

/**
 * The proof check bundled as WXT bundles the MV3 background: one classic script (IIFE), where there is
 * no `import.meta`, no `import()` (a service worker may not use it) and no Node module.
 */
async function bundleAsServiceWorker(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    build: { write: false, minify: false, target: 'es2022', lib: { entry: ENTRY, formats: ['iife'], name: 'BadgeLens', fileName: 'background' } },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : [])).filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
  expect(chunks).toHaveLength(1);
  return chunks[0]!.code;
}

/** Runs the script in a bare realm with a service worker's globals and none of Node's; `fetch` must stay unused. */
function runInServiceWorker(code: string, fetch: () => never): { checkFirstProof(credential: unknown, key: Uint8Array): Promise<{ ok: boolean; reason?: string }> } {
  const realm = vm.createContext({ crypto, TextEncoder, TextDecoder, URL, setTimeout, clearTimeout, queueMicrotask, console, fetch });
  realm.self = realm;
  vm.runInContext(code, realm);
  return realm.BadgeLens;
}

describe('the proof check bundled as the extension background', () => {
  let code: string;
  let key: TestKey;
  let signed: Record<string, unknown>;
  beforeAll(async () => {
    key = await generateKey();
    const credential = achievementCredential();
    signed = await signCredential({ ...credential, '@context': [...(credential['@context'] as string[]), 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json'] }, key);
    code = await bundleAsServiceWorker();
  }, 60_000);

  it('uses no dynamic import, import.meta or require', () => {
    expect(code).not.toMatch(/\bimport\s*\(|\bimport\.meta\b|\brequire\s*\(/);
  });

  it('verifies a signed credential there, and names an unknown context without fetching it', async () => {
    const fetch = vi.fn((): never => {
      throw new Error('no fetch in this test');
    });
    const background = runInServiceWorker(code, fetch);
    expect(await background.checkFirstProof(signed, key.publicKey)).toEqual({ ok: true, suite: 'eddsa-rdfc-2022' });
    const unknown = { ...signed, '@context': [...(signed['@context'] as string[]), 'https://example.org/context.json'] };
    expect(await background.checkFirstProof(unknown, key.publicKey)).toMatchObject({ ok: false, reason: 'unknown-context' });
    expect(fetch).not.toHaveBeenCalled();
  });
});
