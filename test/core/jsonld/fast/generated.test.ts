import { afterAll, describe, expect, it } from 'vitest';
import { bothPathsOnce, expectSameAsJsonld } from './differential.ts';
import { generatedCases } from './generate/cases.ts';

// Seeds 1…SEEDS, in batches so that each test stays short; every run generates the same documents, and a
// failure names its seed (generatedCases(seed) rebuilds it).
const SEEDS = 1000;
const BATCH = 50;
const batches = Array.from({ length: SEEDS / BATCH }, (_, i) => [i * BATCH + 1, (i + 1) * BATCH] as const);

describe('the fast path over generated OB 3.0 and CLR 2.0 credentials and proof configurations', () => {
  const tally = { documents: 0, covered: 0, clean: 0, cleanRead: 0 };
  afterAll(() => {
    console.log(
      `JSON-LD fast path on generated documents: ${tally.documents} documents (seeds 1–${SEEDS}), ${tally.covered} covered byte for byte as jsonld; ` +
        `${tally.cleanRead} of ${tally.clean} written as issuers write them are read by jsonld, and all of those by the fast path.`,
    );
  });

  it.each(batches)('gives jsonld’s N-Quads byte for byte, or hands over, for seeds %i–%i', async (first, last) => {
    for (let seed = first; seed <= last; seed++) {
      for (const c of generatedCases(seed)) {
        const paths = await bothPathsOnce(c.document);
        expectSameAsJsonld(c.name, paths);
        tally.documents++;
        if (paths.fast.covered) tally.covered++;
        if (!c.clean) continue;
        tally.clean++;
        // What jsonld reads of a credential written as issuers write them, the fast path reads too.
        if (paths.jsonld.ok) {
          expect(paths.fast, c.name).toMatchObject({ covered: true });
          tally.cleanRead++;
        }
      }
    }
  }, 120_000);

  it('was given thousands of documents, most of them ones it covers (a generator that only broke things would prove little)', () => {
    expect(tally.documents).toBeGreaterThan(3 * SEEDS);
    expect(tally.covered / tally.documents).toBeGreaterThan(0.8);
  });
});
