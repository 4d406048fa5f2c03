import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unbake } from '../../core/index.ts';
import { decodePng, iTXt, pngImage, withChunks } from '../support/png-factory.ts';
import { clrCredential, compactJws, ob2HostedAssertion, ob3Credential } from '../support/payloads.ts';
import { svgDocument } from '../support/svg-factory.ts';
import { runCli, withTempDir } from './cli-harness.ts';

async function unbakeFile(path: string) {
  return unbake(new Uint8Array(await readFile(path)));
}

describe('badge-lens bake', () => {
  it.each([
    ['an OB 3.0 credential', JSON.stringify(ob3Credential), 'credential'],
    ['a CLR credential', JSON.stringify(clrCredential), 'clr'],
    ['an OB 2.0 signed assertion', compactJws(ob2HostedAssertion), 'assertion'],
  ])('bakes %s into a PNG, choosing the kind from the payload', async (_name, payload, kind) => {
    await withTempDir(async (dir) => {
      await writeFile(join(dir, 'in.png'), pngImage(48, 48));
      await writeFile(join(dir, 'payload'), payload);
      const run = await runCli(['bake', join(dir, 'in.png'), join(dir, 'payload'), '-o', join(dir, 'out.png')]);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      expect(run.stdout).toBe(`Baked ${kind === 'assertion' ? 'an' : 'a'} ${kind} into ${join(dir, 'out.png')}.\n`);
      expect(await unbakeFile(join(dir, 'out.png'))).toMatchObject({ found: true, payloads: [{ kind, payload }] });
      decodePng(new Uint8Array(await readFile(join(dir, 'out.png'))));
    });
  });

  it('bakes into an SVG and honours --kind', async () => {
    await withTempDir(async (dir) => {
      await writeFile(join(dir, 'in.svg'), svgDocument());
      await writeFile(join(dir, 'payload.txt'), 'https://issuer.example/assertions/1\n');
      const run = await runCli(['bake', join(dir, 'in.svg'), join(dir, 'payload.txt'), '--output', join(dir, 'out.svg'), '--kind', 'assertion']);
      expect(run.code).toBe(0);
      expect(await unbakeFile(join(dir, 'out.svg'))).toMatchObject({ found: true, payloads: [{ kind: 'assertion', source: 'verify', payload: 'https://issuer.example/assertions/1' }] });
    });
  });

  it('says when it replaced the badge an image held', async () => {
    await withTempDir(async (dir) => {
      await writeFile(join(dir, 'in.png'), withChunks(pngImage(), [iTXt('openbadgecredential', '{"id":"old"}')]));
      await writeFile(join(dir, 'p.json'), JSON.stringify(ob3Credential));
      const run = await runCli(['bake', join(dir, 'in.png'), join(dir, 'p.json'), '-o', join(dir, 'in.png')]);
      expect(run.stdout).toContain('replacing the badge it held');
      expect(await unbakeFile(join(dir, 'in.png'))).toMatchObject({ found: true, warnings: [], payloads: [{ payload: JSON.stringify(ob3Credential) }] });
    });
  });

  it('refuses an image whose pixel data is damaged, and writes nothing', async () => {
    await withTempDir(async (dir) => {
      const image = pngImage(64, 64);
      const idat = Buffer.from(image).indexOf('IDAT');
      image[idat + 10] = image[idat + 10]! ^ 0xff; // breaks the IDAT CRC: pngjs rejects it
      await writeFile(join(dir, 'in.png'), image);
      await writeFile(join(dir, 'p.json'), '{"id":"x"}');
      const run = await runCli(['bake', join(dir, 'in.png'), join(dir, 'p.json'), '-o', join(dir, 'out.png')]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/cannot bake .*in\.png: its image data cannot be decoded/);
      await expect(readFile(join(dir, 'out.png'))).rejects.toThrow(/ENOENT/);
    });
  });

  it.each([
    ['a file that is not an image', 'notes.txt', 'hello', /cannot bake .*notes\.txt: it is not a PNG or SVG image/],
    ['a missing image', 'absent.png', undefined, /cannot read .*absent\.png: no such file/],
  ])('fails with exit 1 for %s', async (_name, name, content, message) => {
    await withTempDir(async (dir) => {
      if (content !== undefined) await writeFile(join(dir, name), content);
      await writeFile(join(dir, 'p.json'), '{"id":"x"}');
      const run = await runCli(['bake', join(dir, name), join(dir, 'p.json'), '-o', join(dir, 'out.png')]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(message);
    });
  });

  it.each([
    [['bake', 'a.png'], /exactly an IMAGE and a PAYLOAD_FILE/],
    [['bake', 'a.png', 'p.json'], /-o OUT/],
    [['bake', 'a.png', 'p.json', '-o', 'o.png', '--kind', 'badge'], /--kind must be assertion, credential or clr, not 'badge'/],
  ])('exits 2 for %j', async (argv, message) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
