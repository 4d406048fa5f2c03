import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../core/index.ts';
import { unknownContexts } from '../../core/jsonld/context-urls.ts';
import { PEERS_DIR, peerPath, peersPresent } from './peers-dir.ts';
import { referencedFiles } from './verify-ob2/referenced-files.ts';
import type { VcCase, VcSource } from './verify-vc/case.ts';
import { credentialOf } from './verify-vc/credential-of.ts';
import { runVcCase } from './verify-vc/run-case.ts';
import { VC_SOURCES } from './verify-vc/sources.ts';

/*
 * OB 3.0 and CLR 2.0 verification against every case among ../shared/peers, read in place: the outcome
 * each peer asserts, mapped onto Badge Lens's statuses, or Badge Lens's own where `differs` says why.
 */

const caseName = (source: VcSource, c: VcCase): string => `${source.folder} › ${c.state}`;

/** Where each source's INVENTORY lists its OB 3.0 / CLR 2.0 cases (file names as its rows give them, and the folder they are in). */
const INVENTORY_ROWS: readonly { folder: string; rows: RegExp; root: string }[] = [
  { folder: '1edtech-dc-public-validator', rows: /^\| `((?:ob30|clr20)\/[^`]+)` \|/gm, root: 'fixtures/' },
  { folder: '1edtech-openbadges-specification', rows: /^\| `((?:ob3-rendered-examples|test-vectors|ob3-unsigned-examples)\/[^`]+)` \|/gm, root: '' },
  { folder: 'dcc-vc-test-fixtures', rows: /^\| `([^`]+)` \|/gm, root: '' },
  { folder: 'dcc-verifier-core', rows: /^\| `([^`]+)` \|/gm, root: '' },
  { folder: 'digitalbazaar-obv3-test-suite', rows: /^\| `([^`]+)` \|/gm, root: '' },
];
/** Sources whose INVENTORY describes its files in groups: every file in these folders is a case. */
const FOLDERS_OF_CASES: readonly [folder: string, dir: string][] = [
  ['educredentials-obv3-examples', 'credentials'],
  ['educredentials-obv3-examples', 'ref'],
  ['real-world-baked-credly', 'ob3'],
];

if (!peersPresent()) {
  it.skip(`../shared/peers not found (looked in ${PEERS_DIR}; set BADGE_LENS_PEERS): OB 3.0 / CLR 2.0 peer conformance not run`, () => {});
} else {
  const agreed: string[] = [];
  /** Why → the cases that differ for that reason. */
  const differing = new Map<string, string[]>();
  const reports = new Map<string, Report>();
  /** Cases whose did:key proofs were verified on their own, by our verdict. */
  const provenAlone = new Map<string, number>();
  const total = VC_SOURCES.reduce((n, s) => n + s.cases.length, 0);

  afterAll(() => {
    const lines = [`peers (OB 3.0 / CLR 2.0 verification): ${agreed.length}/${total} agree`];
    const alone = [...provenAlone].map(([status, n]) => `${n} ${status}`).join(', ');
    lines.push(`  did:key proofs verified on their own: ${[...provenAlone.values()].reduce((a, b) => a + b, 0)} credentials (our verdicts: ${alone})`);
    for (const [why, names] of differing) lines.push(`  deliberate difference (${names.length}): ${why}`, ...names.map((n) => `      ${n}`));
    console.log(lines.join('\n'));
  });

  describe.each(VC_SOURCES.map((s) => [s.folder, s] as const))('verify agrees with %s', (_folder, source) => {
    it.each(source.cases.map((c) => [caseName(source, c), c] as const))('%s', async (name, c) => {
      await runVcCase(source, c, (report) => reports.set(name, report));
      if (c.proofAlone) {
        const status = reports.get(name)!.status;
        provenAlone.set(status, (provenAlone.get(status) ?? 0) + 1);
      }
      if (c.differs === undefined) agreed.push(name);
      else differing.set(c.differs, [...(differing.get(c.differs) ?? []), name]);
    });
  });

  describe('contexts outside the bundled set', () => {
    it('are a failed context check in every case whose credential names one, whatever its proof (DESIGN, Security rules)', async () => {
      const missed: string[] = [];
      for (const source of VC_SOURCES) {
        for (const c of source.cases) {
          const credential = credentialOf(source.folder, c.input);
          const report = reports.get(caseName(source, c));
          if (credential === undefined || report === undefined) continue;
          const unknown = await unknownContexts(credential);
          if (unknown.length > 0 && !report.checks.some((check) => check.id === 'context' && check.status === 'fail')) {
            missed.push(`${caseName(source, c)}: names ${unknown.join(', ')}; no context check failed (${report.status}: ${report.summary})`);
          }
        }
      }
      expect(missed).toEqual([]);
    });
  });

  describe('the case tables', () => {
    it('give each case a unique state within its peer', () => {
      for (const source of VC_SOURCES) {
        const states = source.cases.map((c) => c.state);
        expect(new Set(states).size, source.folder).toBe(states.length);
      }
    });

    it.each(INVENTORY_ROWS.map((r) => [r.folder, r] as const))('cover every OB 3.0 / CLR 2.0 case in %s/INVENTORY.md', (folder, { rows, root }) => {
      const inventory = readFileSync(peerPath(path.join(folder, 'INVENTORY.md')), 'utf8');
      const listed = [...inventory.matchAll(rows)].map((m) => `${root}${m[1]}`);
      expect(listed.length).toBeGreaterThan(0);
      const covered = referencedFiles(source(folder));
      expect(listed.filter((f) => !covered.has(f))).toEqual([]);
    });

    it.each(FOLDERS_OF_CASES)('use every file of %s/%s', (folder, dir) => {
      const covered = referencedFiles(source(folder));
      const files = readdirSync(peerPath(path.join(folder, dir))).map((f) => `${dir}/${f}`);
      expect(files.filter((f) => !covered.has(f))).toEqual([]);
    });
  });
}

function source(folder: string): VcSource {
  return VC_SOURCES.find((s) => s.folder === folder)!;
}
