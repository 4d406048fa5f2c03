#!/usr/bin/env node
// The command is built from cli/main.ts by `npm ci` (the prepare script) or `npm run build:cli`.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli/main.mjs', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write('badge-lens: the command line is not built yet; run `npm ci` or `npm run build:cli` first.\n');
  process.exit(2);
}
const { main } = await import(built.href);
process.exitCode = await main(process.argv.slice(2));
