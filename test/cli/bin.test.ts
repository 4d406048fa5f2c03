import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { iTXt, pngImage, withChunks } from '../support/png-factory.ts';
import { withTempDir } from './cli-harness.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);

// The installed command is the built bundle behind cli/bin.mjs, as `npx badge-lens` runs it.
beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist/cli/main.mjs'))) await run('npm', ['run', 'build:cli'], { cwd: ROOT });
}, 60_000);

describe('the badge-lens executable', () => {
  it('unbakes through the built command with the exit codes of its contract', async () => {
    await withTempDir(async (dir) => {
      const baked = join(dir, 'baked.png');
      await writeFile(baked, withChunks(pngImage(), [iTXt('openbadges', 'https://issuer.example/a/1')]));
      const ok = await run('node', [join(ROOT, 'cli/bin.mjs'), 'unbake', '--json', baked]);
      expect(JSON.parse(ok.stdout)).toMatchObject([{ found: true, payloads: [{ payload: 'https://issuer.example/a/1' }] }]);

      const plain = join(dir, 'plain.png');
      await writeFile(plain, pngImage());
      await expect(run('node', [join(ROOT, 'cli/bin.mjs'), 'unbake', plain])).rejects.toMatchObject({ code: 1 });
      await expect(run('node', [join(ROOT, 'cli/bin.mjs'), 'unbake'])).rejects.toMatchObject({ code: 2 });
    });
  });
});
