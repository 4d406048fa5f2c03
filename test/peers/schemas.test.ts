import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAjv, draftOf } from '../../build/schemas/ajv-instance.ts';
import { readManifest, readShipped } from '../../build/schemas/manifest.ts';
import { REPAIRS } from '../../build/schemas/repairs.ts';
import type { JsonObject } from '../../build/schemas/subschemas.ts';
import { unbake } from '../../core/index.ts';
import { isKnownSchema, validateWithSchema, type SchemaIssue } from '../../core/schemas/index.ts';
import { PEERS_DIR, peerPath, peersPresent } from './peers-dir.ts';
import { credentialSchemas } from './schemas/credential-schemas.ts';
import { extensionNodes } from './schemas/extension-nodes.ts';

const readJson = (file: string): Record<string, unknown> => JSON.parse(readFileSync(peerPath(file), 'utf8')) as Record<string, unknown>;

interface CredentialCase {
  readonly file: string;
  /** 'valid', or an issue the schema check must report. */
  readonly expected: 'valid' | SchemaIssue;
  /** What the peer asserts, from its INVENTORY.md. */
  readonly peer: string;
}

const VALIDATOR = '1edtech-dc-public-validator/fixtures';
const MISSING_VALID_FROM: SchemaIssue = { path: '', message: "must have required property 'validFrom'" };

const CREDENTIAL_CASES: readonly CredentialCase[] = [
  // The 1EdTech validator runs its JsonSchemaProbe on every OB 3.0 credential: VALID, or INVALID by some
  // other single probe, means the schema passed.
  ...['simple.json', 'simple.1ob', 'simple-did-key-method.json', 'simple-context-alias.json', 'sd/derivedcredential.json'].map((f) => ({ file: `${VALIDATOR}/ob30/${f}`, expected: 'valid' as const, peer: 'VALID' })),
  ...['simple-err-proof-method.json', 'simple-err-proof-method-no-scheme.json', 'simple-err-proof-method-unknown-scheme.json', 'simple-err-proof-method-unknown-did-method.json', 'simple-err-proof-value.json'].map((f) => ({
    file: `${VALIDATOR}/ob30/${f}`,
    expected: 'valid' as const,
    peer: 'INVALID, 1 error: EmbeddedProofProbe',
  })),
  { file: `${VALIDATOR}/ob30/simple-multiple-proofs.json`, expected: 'valid', peer: 'INVALID, 1 error: JsonLDValidationProbe' },
  { file: `${VALIDATOR}/ob30/endorsement-valid.json`, expected: 'valid', peer: 'VALID (Endorsement30Tests)' },
  { file: `${VALIDATOR}/ob30/simple-err-issuer.json`, expected: { path: '', message: "must have required property 'issuer'" }, peer: 'INVALID by JsonSchemaProbe: issuer removed' },
  // VCDM 1.1 credentials lack validFrom; the validator demotes that schema failure to a warning.
  { file: `${VALIDATOR}/ob30/simple_v1.json`, expected: MISSING_VALID_FROM, peer: 'VALID with WARNING (VCDM 1.1)' },
  { file: `${VALIDATOR}/clr20/simple.json`, expected: 'valid', peer: 'VALID (CLR20Tests)' },
  { file: `${VALIDATOR}/clr20/simple_v1.json`, expected: MISSING_VALID_FROM, peer: 'VALID with WARNING (VCDM 1.1)' },
  // DCC verifier-core's schema_check.
  ...['bothSignatureTypes/didkey/legacy-noStatus-notExpired-endorsement-withSchema.json', 'dataIntegrityProof/didKey/legacyRegistry-noStatus-notExpired-withSchema.json'].map((f) => ({
    file: `dcc-vc-test-fixtures/verifiableCredentials/v2/${f}`,
    expected: 'valid' as const,
    peer: 'schema_check valid',
  })),
  { file: 'dcc-vc-test-fixtures/verifiableCredentials/v2/dataIntegrityProof/didKey/twoOIDF-revoked-notExpired-badSchema.json', expected: MISSING_VALID_FROM, peer: 'schema_check fails: missing validFrom' },
  // educredentials CI validates each credential against its credentialSchema list (the OB 3.0 one is shipped).
  ...['ref/full_ex.json', 'ref/minimal_valid_obv3.json', ...readdirSafe('educredentials-obv3-examples/credentials').map((f) => `credentials/${f}`)].map((f) => ({
    file: `educredentials-obv3-examples/${f}`,
    expected: 'valid' as const,
    peer: 'schema-valid against its own credentialSchema',
  })),
];

function readdirSafe(folder: string): string[] {
  try {
    return readdirSync(peerPath(folder)).filter((f) => f.endsWith('.json')).sort();
  } catch {
    return [];
  }
}

/** Every shipped schema the credential is checked against; the ones not shipped are left out. */
async function checkCredential(credential: Record<string, unknown>): Promise<{ checked: number; issues: SchemaIssue[]; valid: boolean }> {
  let checked = 0;
  let valid = true;
  const issues: SchemaIssue[] = [];
  for (const url of credentialSchemas(credential)) {
    const result = await validateWithSchema(url, credential);
    if (!result.known) continue;
    checked++;
    valid &&= result.valid;
    issues.push(...result.issues);
  }
  return { checked, issues, valid };
}

if (!peersPresent()) {
  it.skip(`../shared/peers not found (looked in ${PEERS_DIR}; set BADGE_LENS_PEERS): schema conformance not run`, () => {});
} else {
  describe('OB 3.0 and CLR 2.0 credentials get the schema outcome their peer asserts', () => {
    it.each(CREDENTIAL_CASES.map((c) => [`${c.file} (${c.peer})`, c] as const))('%s', async (_name, c) => {
      const outcome = await checkCredential(readJson(c.file));
      expect(outcome.checked).toBeGreaterThan(0);
      if (c.expected === 'valid') expect(outcome).toMatchObject({ valid: true, issues: [] });
      else {
        expect(outcome.valid).toBe(false);
        expect(outcome.issues).toContainEqual(c.expected);
      }
    });

    it('covers all thirty educredentials credentials', () => {
      expect(CREDENTIAL_CASES.filter((c) => c.file.startsWith('educredentials-obv3-examples/credentials/'))).toHaveLength(30);
    });

    it("leaves the educredentials profile schemas alone: they are not shipped, so they are never fetched", () => {
      const credential = readJson('educredentials-obv3-examples/credentials/theed_regular_full_ho.json');
      const unknown = credentialSchemas(credential).filter((url) => !isKnownSchema(url));
      expect(unknown).toEqual([
        'https://raw.githubusercontent.com/educredentials/obv3-examples/refs/heads/main/schemas/regular.json',
        'https://raw.githubusercontent.com/educredentials/obv3-examples/refs/heads/main/schemas/regular_ects.json',
      ]);
    });
  });

  describe('a Credly credential baked into a real PNG', () => {
    it('fails the OB 3.0 schema on its null targetDescription, as the inventory records', async () => {
      const unbaked = unbake(new Uint8Array(readFileSync(peerPath('real-world-baked-credly/ob3/takesection__lightbend-reactive-microservices-l2.png'))));
      if (!unbaked.found) throw new Error(unbaked.message);
      const outcome = await checkCredential(JSON.parse(unbaked.payloads[0]!.payload) as Record<string, unknown>);
      expect(outcome.valid).toBe(false);
      expect(outcome.issues).toContainEqual({ path: '/credentialSubject/achievement/alignment/0/targetDescription', message: 'must be string or object' });
    });
  });

  describe('OB 2.0 extension nodes, compacted as badgecheck compacts them', () => {
    const validateNodes = async (document: Record<string, unknown>) => {
      const nodes = await extensionNodes(document);
      expect(nodes.length).toBeGreaterThan(0);
      return Promise.all(
        nodes.flatMap((node) => {
          expect(node.schemaUrls.length, node.at).toBeGreaterThan(0);
          return node.schemaUrls.map(async (url) => ({ at: node.at, url, result: await validateWithSchema(url, node.compacted) }));
        }),
      );
    };

    it.each([
      ['assertion-with-extension-node-basic.json', 1],
      ['assertion-with-multiple-extensions.json', 2],
    ] as const)('1EdTech %s: VALID, each of its %i extension schemas passes', async (file, schemas) => {
      const results = await validateNodes(readJson(`${VALIDATOR}/ob20/${file}`));
      expect(results).toHaveLength(schemas);
      for (const { result } of results) expect(result).toEqual({ known: true, valid: true, issues: [], omitted: 0 });
    });

    it('1EdTech assertion-with-extension-node-invalid.json: INVALID, the extension fails its schema', async () => {
      const results = await validateNodes(readJson(`${VALIDATOR}/ob20/assertion-with-extension-node-invalid.json`));
      expect(results.map((r) => r.result)).toEqual([{ known: true, valid: false, issues: [{ path: '/exampleProperty', message: 'must be string' }], omitted: 0 }]);
    });

    it('the GeoCoordinates sample passes, and fails without its latitude (badgecheck test_node_json_validation)', async () => {
      const badge = readJson('1edtech-openbadges-samples/components/badge-geolocated-badge.json');
      expect((await validateNodes(badge)).map((r) => r.result)).toEqual([{ known: true, valid: true, issues: [], omitted: 0 }]);
      const location = badge['schema:location'] as { geo: Record<string, unknown> };
      delete location.geo.latitude;
      expect((await validateNodes(badge)).map((r) => r.result)).toEqual([{ known: true, valid: false, issues: [{ path: '/geo', message: "must have required property 'latitude'" }], omitted: 0 }]);
    });
  });

  describe('the shipped validators', () => {
    // Every JSON document among the peers, each checked by every shipped schema: the compiled, shrunk code
    // must judge them as Ajv judges the published schema.
    const documents = listJson(PEERS_DIR).flatMap((file) => {
      try {
        return [{ file, data: JSON.parse(readFileSync(file, 'utf8')) as unknown }];
      } catch {
        return [];
      }
    });

    it(`agree with Ajv on the published schemas, for each of ${documents.length} peer documents`, async () => {
      expect(documents.length).toBeGreaterThan(200);
      for (const entry of readManifest().schemas) {
        const published = readShipped(entry).document as JsonObject;
        const repair = REPAIRS.get(entry.sha256);
        const reference = createAjv(draftOf(published), { warnings: [] }).compile(repair ? repair.apply(published) : published);
        for (const { file, data } of documents) {
          const result = await validateWithSchema(entry.url, data);
          const valid = reference(data);
          const where = `${entry.name} on ${path.relative(PEERS_DIR, file)}`;
          expect(result.known && result.valid, where).toBe(valid);
          if (result.known && result.omitted === 0) {
            const expectedPaths = [...new Set((reference.errors ?? []).map((e) => e.instancePath))].sort();
            expect([...new Set(result.issues.map((i) => i.path))].sort(), where).toEqual(expectedPaths);
          }
        }
      }
    }, 120_000);
  });
}

function listJson(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(json|1ob)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}
