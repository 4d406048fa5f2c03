import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { identityMatches } from '../../core/index.ts';
import { PEERS_DIR, peerPath, peersPresent } from './peers-dir.ts';
import type { VerifyCase, VerifySource } from './verify-ob2/case.ts';
import { referencedFiles } from './verify-ob2/referenced-files.ts';
import { runCase } from './verify-ob2/run-case.ts';
import { VERIFY_SOURCES } from './verify-ob2/sources.ts';

interface HashVector {
  readonly plaintext: string;
  readonly salt: string;
  readonly identityHash: string;
  readonly expectMatch: boolean;
  readonly source: string;
}

const caseName = (source: VerifySource, c: VerifyCase): string => `${source.folder} › ${c.state}`;
const allCases = VERIFY_SOURCES.flatMap((source) => source.cases.map((c) => ({ source, c })));
const HASH_VECTORS = 'badgecheck/identity-hash-vectors.json';

if (!peersPresent()) {
  it.skip(`../shared/peers not found (looked in ${PEERS_DIR}; set BADGE_LENS_PEERS): peer conformance not run`, () => {});
} else {
  const vectors = JSON.parse(readFileSync(peerPath(HASH_VECTORS), 'utf8')) as HashVector[];
  const agreed: string[] = [];
  const differing: string[] = [];

  afterAll(() => {
    const total = allCases.length + vectors.length;
    const lines = [`peers (OB 0.5–2.0 verification): ${agreed.length}/${total} agree`, ...differing.map((d) => `  deliberate difference: ${d}`)];
    console.log(lines.join('\n'));
  });

  describe.each(VERIFY_SOURCES.map((s) => [s.folder, s] as const))('verify agrees with %s', (_folder, source) => {
    it.each(source.cases.map((c) => [caseName(source, c), c] as const))('%s', async (name, c) => {
      await runCase(source, c);
      if (c.differs === undefined) agreed.push(name);
      else differing.push(`${name}: ${c.differs}`);
    });
  });

  describe(`identityMatches agrees with ${HASH_VECTORS}`, () => {
    it.each(vectors.map((v) => [`${v.identityHash.slice(0, 16)}… = ${v.plaintext} + "${v.salt.slice(0, 12)}" (${v.source})`, v] as const))('%s', (name, v) => {
      expect(identityMatches({ identity: v.identityHash, hashed: true, salt: v.salt }, v.plaintext)).toBe(v.expectMatch);
      agreed.push(name);
    });
  });

  describe('the case tables', () => {
    it('give each case a unique state within its peer', () => {
      for (const source of VERIFY_SOURCES) {
        const states = source.cases.map((c) => c.state);
        expect(new Set(states).size, source.folder).toBe(states.length);
      }
    });

    it('cover every OB 2.0 fixture in 1edtech-dc-public-validator/INVENTORY.md', () => {
      const inventory = readFileSync(peerPath('1edtech-dc-public-validator/INVENTORY.md'), 'utf8');
      const section = inventory.slice(inventory.indexOf('## Open Badges 2.0'));
      const listed = [...section.slice(0, section.indexOf('<details>')).matchAll(/^\| `(ob20\/[^`]+)` \|/gm)].map((m) => `fixtures/${m[1]}`);
      // Not JSON, and no test of the peer's reads it.
      const notCases = ['fixtures/ob20/redirected-validation-subject.json'];
      expect(listed).toHaveLength(39);
      const covered = referencedFiles(source('1edtech-dc-public-validator'));
      expect(listed.filter((f) => !notCases.includes(f) && !covered.has(f))).toEqual([]);
    });

    it.each([
      ['badgecheck', 'components', ['openbadges_context.json', 'openbadges_context_v1.json']],
      ['openbadges-verifier-chrome', 'fixtures/img', []],
      ['openbadges-verifier-chrome', 'fixtures/json', []],
      ['1edtech-openbadges-samples', 'components', []],
    ] as const)('use every file of %s/%s', (folder, dir, contexts) => {
      // Contexts are never fetched: the verifier reads only its bundled ones.
      const files = readdirSync(peerPath(path.join(folder, dir))).filter((f) => !(contexts as readonly string[]).includes(f));
      const covered = referencedFiles(source(folder));
      expect(files.map((f) => `${dir}/${f}`).filter((f) => !covered.has(f))).toEqual([]);
    });
  });
}

function source(folder: string): VerifySource {
  return VERIFY_SOURCES.find((s) => s.folder === folder)!;
}
