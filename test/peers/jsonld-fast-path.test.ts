import { afterAll, describe, expect, it } from 'vitest';
import { bothPaths, expectSameAsJsonld } from '../core/jsonld/fast/differential.ts';
import { peerDocuments, type PeerDocument } from './jsonld-fast-path/peer-documents.ts';
import { PEERS_DIR, peersPresent } from './peers-dir.ts';

// What a document jsonld reads may hold that the fast path leaves to jsonld: an inline context, a context
// that names other contexts (OB 1.x), a null value or an @language on a node object (jsonld drops both,
// and what is dropped is not signed). Anything else that jsonld reads, the fast path must read.
const LEFT_TO_JSONLD = /inline context|not a URL or a list of URLs|not a single context object|null value|@language on a node object/;

if (!peersPresent()) {
  it.skip(`../shared/peers not found (looked in ${PEERS_DIR}; set BADGE_LENS_PEERS): the JSON-LD fast path is not compared on the peers' documents`, () => {});
} else {
  const documents = peerDocuments();
  const byFolder = new Map<string, PeerDocument[]>();
  for (const d of documents) {
    const folder = d.name.split('/')[0]!;
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), d]);
  }
  const tally = { documents: 0, covered: 0, readByJsonld: 0, leftToJsonld: new Map<string, number>() };

  describe('the JSON-LD fast path on every JSON-LD document among the peers (credentials, what their proofs sign, nested credentials)', () => {
    afterAll(() => {
      const reasons = [...tally.leftToJsonld].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `  ${String(n).padStart(4)}  ${reason}`);
      console.log(
        `JSON-LD fast path on the peers: ${tally.covered} of ${tally.documents} documents covered, byte for byte as jsonld; ` +
          `${tally.documents - tally.covered} handed to jsonld (${tally.readByJsonld - tally.covered} of them documents jsonld reads). Why:\n${reasons.join('\n')}`,
      );
    });

    it.each([...byFolder.keys()])('gives jsonld’s N-Quads byte for byte, or hands over, for %s', async (folder) => {
      for (const { name, document } of byFolder.get(folder)!) {
        const paths = await bothPaths(document);
        expectSameAsJsonld(name, paths);
        tally.documents++;
        if (paths.jsonld.ok) tally.readByJsonld++;
        if (paths.fast.covered) {
          tally.covered++;
          continue;
        }
        const reason = `${paths.fast.reason.replace(/https?:\/\/\S+/g, '<url>')}${paths.jsonld.ok ? '' : ' (jsonld refuses it too)'}`;
        tally.leftToJsonld.set(reason, (tally.leftToJsonld.get(reason) ?? 0) + 1);
        if (paths.jsonld.ok) expect(paths.fast.reason, `${name}: jsonld reads it, so the fast path should`).toMatch(LEFT_TO_JSONLD);
      }
    }, 180_000);

    it('covers the OB 3.0 and CLR 2.0 test vectors and the credentials the peers sign (more than half of all documents)', () => {
      expect(tally.documents).toBe(documents.length);
      expect(tally.covered).toBeGreaterThan(documents.length / 2);
    });
  });
}
