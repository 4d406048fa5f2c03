import { bakeCommand, BAKE_HELP } from './commands/bake.ts';
import { collectCommand, COLLECT_HELP } from './commands/collect.ts';
import { unbakeCommand, UNBAKE_HELP } from './commands/unbake.ts';
import { verifyCommand, VERIFY_HELP } from './commands/verify.ts';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIo } from './io.ts';
import { nodeIo } from './node-io.ts';

export const HELP = `Usage: badge-lens <command> [options]

Commands:
  verify [options] INPUT...                verify badges: files, baked images or URLs
  unbake FILE... [--json]                  read the badge baked into PNG or SVG images
  bake IMAGE PAYLOAD_FILE -o OUT [--kind]  bake a badge into a PNG or SVG image
  collect [options] SOURCE... -o FILE      verify badges once and save them for <open-badges>

Run 'badge-lens <command> --help' for a command's options.
`;

const COMMANDS: Readonly<Record<string, (args: readonly string[], io: CliIo) => Promise<number>>> = {
  verify: verifyCommand,
  unbake: unbakeCommand,
  bake: bakeCommand,
  collect: (args, io) => collectCommand(args, io),
};

export { BAKE_HELP, COLLECT_HELP, UNBAKE_HELP, VERIFY_HELP };

/** Runs the command line and returns the exit status. */
export async function main(argv: readonly string[], io: CliIo = nodeIo()): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(HELP);
    return command === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const run = COMMANDS[command];
  try {
    if (run === undefined) throw new UsageError(`unknown command '${command}'.`);
    return await run(rest, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`badge-lens: ${error.message}\nRun 'badge-lens --help' for usage.\n`);
    return EXIT_USAGE;
  }
}
