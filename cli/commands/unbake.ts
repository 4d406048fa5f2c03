import { unbake, type Unbaked } from '../../core/index.ts';
import { parseCommandArgs } from '../args.ts';
import { EXIT_FAILED, EXIT_OK, UsageError, paint, readFailure, type CliIo } from '../io.ts';

export const UNBAKE_HELP = `Usage: badge-lens unbake FILE... [--json]

Reads the Open Badge baked into each PNG or SVG image and prints it.

Options:
  --json      print one JSON array with a result per file, in order
  -h, --help  show this help

Exit status: 0 when every file holds a badge, 1 when any does not, 2 for usage errors.
`;

/** A file that could not be read is reported like an image without a badge, with its own reason. */
type FileFailure = { readonly found: false; readonly format: null; readonly reason: 'unreadable-file'; readonly message: string; readonly warnings: readonly [] };
type FileResult = { readonly file: string } & (Unbaked | FileFailure);

export async function unbakeCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('unbake', args, {
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(UNBAKE_HELP);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError('unbake: name at least one image file.');

  const results: FileResult[] = [];
  for (const file of positionals) results.push({ file, ...(await unbakeFile(file, io)) });

  if (values.json) io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  else for (const result of results) io.stdout(describe(result, io));
  return results.every((r) => r.found) ? EXIT_OK : EXIT_FAILED;
}

async function unbakeFile(file: string, io: CliIo): Promise<Unbaked | FileFailure> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (error) {
    const message = `The file could not be read: ${readFailure(error)}.`;
    return { found: false, format: null, reason: 'unreadable-file', message, warnings: [] };
  }
  return unbake(bytes);
}

function describe(result: FileResult, io: CliIo): string {
  const lines: string[] = [];
  if (!result.found) {
    lines.push(`${paint(io, 1, result.file)}: ${paint(io, 31, 'no badge')} — ${result.message}`);
  } else {
    for (const p of result.payloads) {
      const where = p.format === 'png' ? `PNG ${p.source} chunk '${p.keyword}'` : `SVG <${p.element?.qualifiedName}> (${p.source})`;
      lines.push(`${paint(io, 1, result.file)}: ${paint(io, 32, p.kind)} in ${where}`);
      if (p.verify !== undefined) lines.push(`verify: ${p.verify}`);
      lines.push(pretty(p.payload));
    }
  }
  for (const w of result.warnings) if (result.found || w.message !== result.message) lines.push(`${paint(io, 33, 'warning')}: ${w.message}`);
  return `${lines.join('\n')}\n`;
}

function pretty(payload: string): string {
  if (!payload.startsWith('{')) return payload;
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    return payload;
  }
}
