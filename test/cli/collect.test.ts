import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bakePng, verify } from '../../core/index.ts';
import { readCollection } from '../../ui/collection/validate-collection.ts';
import { startServer, type TestServer } from '../support/http-server.ts';
import { ob2World, type Ob2World } from '../support/ob2-world.ts';
import { pngImage } from '../support/png-factory.ts';
import { runCli, withTempDir } from './cli-harness.ts';

let server: TestServer;
let world: Ob2World;
beforeEach(async () => {
  server = await startServer();
  world = await ob2World(server);
});
afterEach(() => server.close());

const NOW = '2025-01-01T00:00:00Z';

describe('badge-lens collect', () => {
  it('writes a valid collection: inputs, the documents used, live URLs and a dated record per badge', async () => {
    await withTempDir(async (dir) => {
      world.setIssuer({ revocationList: world.url('/revocations.json') });
      server.route('/revocations.json', { json: { '@context': 'https://w3id.org/openbadges/v2', type: 'RevocationList', id: world.url('/revocations.json'), revokedAssertions: [] } });
      const jws = await world.signed('s1');
      const baked = join(dir, 'signed.png');
      await writeFile(baked, bakePng(pngImage(), jws, 'assertion'));
      world.hosted('h1');
      const out = join(dir, 'badges.json');
      const run = await runCli(['collect', '--allow-private-network', '--now', NOW, '--title', 'Mine', '--tag', 'Robots', baked, world.url('/assertions/h1.json'), '-o', out]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`Wrote ${out}: 2 badges, 2 verified`);
      const collection = JSON.parse(await readFile(out, 'utf8'));
      const reading = readCollection(collection);
      expect(reading.ok && reading.problems).toEqual([]);
      expect(collection).toMatchObject({ type: 'BadgeLensCollection', version: 1, title: 'Mine', generator: 'badge-lens collect' });
      const [signed, hosted] = collection.badges;
      expect(signed).toMatchObject({ input: jws, source: 'signed.png', tags: ['Robots'], live: [world.url('/revocations.json')], preview: { name: 'Robotics Foundations', issuer: { name: 'Example Robotics Guild' } }, collected: { checkedAt: NOW, status: 'verified' } });
      expect(signed.image).toMatch(/^data:image\/png;base64,|^http/);
      expect(hosted).toMatchObject({ input: world.url('/assertions/h1.json'), live: [world.url('/assertions/h1.json')], collected: { status: 'verified' } });
      expect(Object.keys(collection.documents)).toEqual(expect.arrayContaining([world.issuerUrl, world.keyUrl, world.badgeClassUrl, world.url('/revocations.json'), world.url('/assertions/h1.json')]));

      // Everything needed is in the file: the badge verifies again with no network at all.
      const again = await verify(signed.input, { documents: collection.documents, offline: true, now: NOW });
      expect(again.status).toBe('verified');
    });
  });

  it('collects a collection file again, and exits 1 when a badge is not verified', async () => {
    await withTempDir(async (dir) => {
      world.hosted('keep');
      const first = join(dir, 'first.json');
      expect((await runCli(['collect', '--allow-private-network', '--now', NOW, world.url('/assertions/keep.json'), '-o', first])).code).toBe(0);
      server.route('/assertions/keep.json', { json: {}, status: 410 });
      const second = join(dir, 'second.json');
      const run = await runCli(['collect', '--allow-private-network', '--now', NOW, first, '-o', second]);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/✗ revoked/);
      expect(JSON.parse(await readFile(second, 'utf8')).badges[0].collected.status).toBe('revoked');
    });
  });

  it('answers usage errors with exit status 2', async () => {
    expect((await runCli(['collect', 'x.png'])).code).toBe(2);
    expect((await runCli(['collect', '-o', 'out.json'])).code).toBe(2);
    expect((await runCli(['collect', '--now', 'soon', 'x', '-o', 'y'])).code).toBe(2);
    expect((await runCli(['collect', '--help'])).stdout).toContain('Usage: badge-lens collect');
  });
});
