import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bakePng } from '../../core/index.ts';
import { startServer, type TestServer } from '../support/http-server.ts';
import { pngImage } from '../support/png-factory.ts';
import { EARNER, ob2World, type Ob2World } from '../support/ob2-world.ts';
import { runCli, withTempDir } from './cli-harness.ts';

let server: TestServer;
let world: Ob2World;
beforeEach(async () => {
  server = await startServer();
  world = await ob2World(server);
});
afterEach(() => server.close());

describe('badge-lens verify', () => {
  it('prints one JSON report per input, in order, and exits 1 when any is not verified', async () => {
    await withTempDir(async (dir) => {
      world.hosted('good');
      const baked = join(dir, 'good.png');
      await writeFile(baked, bakePng(pngImage(), world.url('/assertions/good.json'), 'assertion'));
      const jws = join(dir, 'signed.jws');
      await writeFile(jws, `${await world.signed('s1')}\n`);
      const expired = join(dir, 'expired.json');
      await writeFile(expired, JSON.stringify(world.hosted('old', { issuedOn: '2019-01-01T00:00:00Z', expires: '2020-01-01T00:00:00Z' })));
      const run = await runCli(['verify', '--json', '--allow-private-network', '--now', '2025-01-01T00:00:00Z', '--identity', EARNER, baked, world.url('/assertions/good.json'), jws, expired]);
      expect(run.code).toBe(1);
      const reports = JSON.parse(run.stdout) as { input: string; status: string; recipientMatch: string; form: string }[];
      expect(reports.map((r) => [r.input, r.status, r.form, r.recipientMatch])).toEqual([
        [baked, 'verified', 'hosted', 'matched'],
        [world.url('/assertions/good.json'), 'verified', 'hosted', 'matched'],
        [jws, 'verified', 'jws', 'matched'],
        [expired, 'expired', 'hosted', 'matched'],
      ]);
    });
  });

  it('exits 0 when every input is verified, and prints a readable block without colour off a terminal', async () => {
    world.hosted('ok');
    const run = await runCli(['verify', '--allow-private-network', '--now', '2025-01-01T00:00:00Z', world.url('/assertions/ok.json')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  VERIFIED  The issuer');
    expect(run.stdout).toContain('  badge      Robotics Foundations (Open Badges 2.0, hosted)');
    expect(run.stdout).toContain('  issuer     Example Robotics Guild');
    expect(run.stdout).toContain('  recipient  hashed email (not checked)');
    expect(run.stdout).toMatch(/✓ hosted {15}The issuer's site/);
    expect(run.stdout).toContain(`  contacted  ${new URL(server.origin).host}`);
    expect(run.stdout).not.toContain('\x1b[');
  });

  it('refuses private addresses unless --allow-private-network, and verifies offline from --documents', async () => {
    await withTempDir(async (dir) => {
      const doc = world.hosted('p');
      expect((await runCli(['verify', '--json', world.url('/assertions/p.json')])).stdout).toMatch(/private or local address/);
      const documents: Record<string, unknown> = {};
      for (const path of ['/assertions/p.json', '/badges/robotics.json', '/issuer.json']) documents[world.url(path)] = await (await fetch(world.url(path))).json();
      await writeFile(join(dir, 'docs.json'), JSON.stringify(documents));
      await writeFile(join(dir, 'p.json'), JSON.stringify(doc));
      const before = server.requests.length;
      const run = await runCli(['verify', '--json', '--offline', '--documents', join(dir, 'docs.json'), '--now', '2025-01-01T00:00:00Z', join(dir, 'p.json')]);
      expect(JSON.parse(run.stdout)[0].status).toBe('verified');
      expect(server.requests.length).toBe(before);
    });
  });

  it('says which file cannot be read, before verifying anything: a missing file is no invalid badge', async () => {
    await withTempDir(async (dir) => {
      await writeFile(join(dir, 'a.json'), JSON.stringify({ '@context': 'https://w3id.org/openbadges/v2', type: 'Assertion', id: 'https://issuer.example/a' }));
      const missing = await runCli(['verify', '--json', '--offline', join(dir, 'a.json'), '/nonexistent/badge.png']);
      expect(missing.code).toBe(2);
      expect(missing.stdout).toBe('');
      expect(missing.stderr).toMatch(/cannot read INPUT '\/nonexistent\/badge\.png': no such file/);
      const directory = await runCli(['verify', '--offline', dir]);
      expect(directory.code).toBe(2);
      expect(directory.stderr).toMatch(/it is a directory/);
    });
  });

  it.each([
    [['verify'], /name at least one INPUT/],
    [['verify', '--now', 'soon', 'x'], /--now must be an ISO 8601 date, not 'soon'/],
    [['verify', '--documents', '/nonexistent.json', 'x'], /--documents \/nonexistent\.json is not a readable JSON file/],
    [['verify', '--frob', 'x'], /Unknown option '--frob'/],
  ])('exits 2 for %j', async (argv, message) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
