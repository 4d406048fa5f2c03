import { readFile, writeFile } from 'node:fs/promises';
import type { CliIo } from './io.ts';

export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: async (path) => new Uint8Array(await readFile(path)),
    writeFile: (path, bytes) => writeFile(path, bytes),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  };
}
