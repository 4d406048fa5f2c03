import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { iTXt, pngImage, tEXt, withChunks } from '../support/png-factory.ts';
import { ob3Credential } from '../support/payloads.ts';
import { cdata, OB3_NS, svgDocument } from '../support/svg-factory.ts';
import { runCli, withTempDir } from './cli-harness.ts';

const credentialJson = JSON.stringify(ob3Credential);

async function files(dir: string) {
  const png = join(dir, 'credential.png');
  const legacy = join(dir, 'legacy.png');
  const svg = join(dir, 'credential.svg');
  const plain = join(dir, 'plain.png');
  await writeFile(png, withChunks(pngImage(), [iTXt('openbadgecredential', credentialJson)]));
  await writeFile(legacy, withChunks(pngImage(), [tEXt('openbadges', 'https://issuer.example/a/1')]));
  await writeFile(svg, svgDocument({ rootAttributes: `xmlns:openbadges="${OB3_NS}"`, children: `<openbadges:credential>${cdata(credentialJson)}</openbadges:credential>` }));
  await writeFile(plain, pngImage());
  return { png, legacy, svg, plain };
}

describe('badge-lens unbake', () => {
  it('prints each badge readably and exits 0 when every file holds one', async () => {
    await withTempDir(async (dir) => {
      const { png, legacy, svg } = await files(dir);
      const run = await runCli(['unbake', png, legacy, svg]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`${png}: credential in PNG iTXt chunk 'openbadgecredential'`);
      expect(run.stdout).toContain(`${legacy}: assertion in PNG tEXt chunk 'openbadges'\nhttps://issuer.example/a/1`);
      expect(run.stdout).toContain('warning: The badge is in a tEXt chunk');
      expect(run.stdout).toContain(`${svg}: credential in SVG <openbadges:credential> (cdata)`);
      expect(run.stdout).toContain('"name": "Teamwork <b>not html</b> & \\"quotes\\" ]]> inside"');
    });
  });

  it('prints one JSON array, a result per file in order, and exits 1 when any has no badge', async () => {
    await withTempDir(async (dir) => {
      const { png, plain } = await files(dir);
      const missing = join(dir, 'missing.png');
      const run = await runCli(['unbake', '--json', plain, png, missing]);
      expect(run.code).toBe(1);
      const results = JSON.parse(run.stdout);
      expect(results).toEqual([
        { file: plain, found: false, format: 'png', reason: 'no-badge', message: 'This PNG has no Open Badge baked into it.', warnings: [] },
        expect.objectContaining({ file: png, found: true, format: 'png', payloads: [expect.objectContaining({ payload: credentialJson })] }),
        { file: missing, found: false, format: null, reason: 'unreadable-file', message: 'The file could not be read: no such file.', warnings: [] },
      ]);
    });
  });

  it('says why a file holds no badge', async () => {
    await withTempDir(async (dir) => {
      const { plain } = await files(dir);
      const text = join(dir, 'notes.txt');
      await writeFile(text, 'hello');
      const run = await runCli(['unbake', plain, text]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe(`${plain}: no badge — This PNG has no Open Badge baked into it.\n${text}: no badge — This is not a PNG or SVG image.\n`);
    });
  });

  it.each([
    [['unbake'], /name at least one image file/],
    [['unbake', '--jsn', 'x.png'], /unbake: Unknown option '--jsn'/],
    [['frobnicate'], /unknown command 'frobnicate'/],
  ])('exits 2 with a usage message for %j', async (argv, message) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain("Run 'badge-lens --help' for usage.");
  });

  it('prints help for the command and for the program', async () => {
    expect(await runCli(['unbake', '--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage: badge-lens unbake FILE... [--json]') });
    expect(await runCli(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('Commands:') });
    expect(await runCli([])).toMatchObject({ code: 2, stdout: expect.stringContaining('Usage: badge-lens <command>') });
  });
});
