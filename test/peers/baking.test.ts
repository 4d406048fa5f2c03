import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bakePng, bakeSvg, unbake } from '../../core/index.ts';
import type { BakingCase, PeerSource } from './baking/case.ts';
import { expectOutcome } from './baking/check-outcome.ts';
import { countBadges } from './baking/count-badges.ts';
import { readCaseInput } from './baking/read-input.ts';
import { BAKING_SOURCES } from './baking/sources.ts';
import { PEERS_DIR, peerPath, peersPresent } from './peers-dir.ts';

const caseName = (source: PeerSource, c: BakingCase): string => `${source.folder} › ${c.state} (${c.file}${c.dataUriAt ? `#${c.dataUriAt.join('.')}` : ''})`;
const allCases = BAKING_SOURCES.flatMap((source) => source.cases.map((c) => ({ source, c })));

if (!peersPresent()) {
  it.skip(`../shared/peers not found (looked in ${PEERS_DIR}; set BADGE_LENS_PEERS): peer conformance not run`, () => {});
} else {
  const agreed: string[] = [];
  const differing: string[] = [];

  afterAll(() => {
    const lines = [`peers: ${agreed.length}/${allCases.length} agree`, ...differing.map((d) => `  deliberate difference: ${d}`)];
    console.log(lines.join('\n'));
  });

  describe.each(BAKING_SOURCES.map((s) => [s.folder, s] as const))('unbake agrees with %s', (_folder, source) => {
    it.each(source.cases.map((c) => [caseName(source, c), c] as const))('%s', (name, c) => {
      const input = readCaseInput(source, c);
      expectOutcome(unbake(input.bytes), c.expected, input.declared);
      if (c.differs === undefined) agreed.push(name);
      else differing.push(`${name}: ${c.differs}`);
    });
  });

  describe('a payload baked back into its own image', () => {
    const baked = allCases.flatMap(({ source, c }) => (c.expected.found ? c.expected.badges.map((b, i) => ({ source, c, kind: b.kind, i })) : []));

    it.each(baked.map((b) => [`${caseName(b.source, b.c)}: ${b.kind}`, b] as const))('%s unbakes to the same payload, once', (_name, { source, c, kind, i }) => {
      const input = readCaseInput(source, c);
      const original = unbake(input.bytes);
      if (!original.found) throw new Error(original.message);
      const payload = original.payloads[i]!.payload;
      const format = original.format;
      const rebaked = format === 'png' ? bakePng(input.bytes, payload, kind) : new TextEncoder().encode(bakeSvg(new TextDecoder().decode(input.bytes), payload, kind));

      const again = unbake(rebaked);
      expect(again).toMatchObject({ found: true, format, warnings: [] });
      if (!again.found) return;
      // Baking replaces every badge in the image, of any kind, with the one baked.
      expect(again.payloads.map((p) => [p.kind, p.payload])).toEqual([[kind, payload]]);
      expect(countBadges(rebaked, format, kind)).toBe(1);
    });
  });

  describe('the case tables', () => {
    it('have a case for every PNG and SVG among the peers', () => {
      const tabled = new Set(allCases.filter(({ c }) => c.dataUriAt === undefined).map(({ source, c }) => path.join(source.folder, c.file)));
      const images = listFiles(PEERS_DIR).filter((f) => /\.(png|svg)$/i.test(f));
      expect(images.length).toBeGreaterThan(0);
      expect(images.filter((f) => !tabled.has(f))).toEqual([]);
    });

    it('cover every case in synthetic-edge-cases/INVENTORY.md', () => {
      const inventory = readFileSync(peerPath('synthetic-edge-cases/INVENTORY.md'), 'utf8');
      const listed = [...inventory.matchAll(/^\| `([^`]+\.(?:png|svg))` \|/gm)].map((m) => m[1]);
      const count = Number(/Case count: (\d+)/.exec(inventory)?.[1]);
      const source = BAKING_SOURCES.find((s) => s.folder === 'synthetic-edge-cases')!;
      expect(listed).toHaveLength(count);
      expect(source.cases.map((c) => c.file).sort()).toEqual(listed.sort());
    });

    it('give each case a unique state within its peer', () => {
      for (const source of BAKING_SOURCES) {
        const states = source.cases.map((c) => c.state);
        expect(new Set(states).size, source.folder).toBe(states.length);
      }
    });
  });
}

function listFiles(root: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(root, relative) : [relative];
  });
}
