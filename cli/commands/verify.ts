import { lookup } from 'node:dns/promises';
import { unbake, verify, type Report, type SuppliedDocument, type VerifyOptions } from '../../core/index.ts';
import { parseCommandArgs } from '../args.ts';
import { EXIT_FAILED, EXIT_OK, readFailure, UsageError, type CliIo } from '../io.ts';
import { describeReport } from '../describe-report.ts';

export const VERIFY_HELP = `Usage: badge-lens verify [options] INPUT...

Verifies each badge and reports every check. INPUT is a file (a baked PNG or SVG, JSON, or text holding
a URL, a JWS or a VC-JWT) or an http(s) URL.

Options:
  --json                   print one JSON array with a report per input, in order
  --now ISO                judge issue and expiry dates at this time instead of now
  --identity VALUE         an email, URL, phone number or DID the recipient should be (repeatable)
  --offline                contact no one; use only --documents
  --documents FILE         a JSON object from URL to document, used before the network
  --allow-private-network  allow loopback and private addresses (local testing, intranets)
  -h, --help               show this help

Exit status: 0 when every input is verified, 1 when any is not, 2 for usage errors.
`;

export async function verifyCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('verify', args, {
    json: { type: 'boolean' },
    now: { type: 'string' },
    identity: { type: 'string', multiple: true },
    offline: { type: 'boolean' },
    documents: { type: 'string' },
    'allow-private-network': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(VERIFY_HELP);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError('verify: name at least one INPUT (a file or an http(s) URL).');
  if (values.now !== undefined && Number.isNaN(Date.parse(values.now))) throw new UsageError(`verify: --now must be an ISO 8601 date, not '${values.now}'.`);

  const options: VerifyOptions = {
    ...(values.now ? { now: values.now } : {}),
    identities: values.identity ?? [],
    offline: values.offline ?? false,
    allowPrivateNetwork: values['allow-private-network'] ?? false,
    ...(values.documents ? { documents: await readDocuments(io, values.documents) } : {}),
    resolveHost: async (hostname) => (await lookup(hostname, { all: true })).map((a) => a.address),
  };

  // Every file is read before anything is verified: a name that is wrong is a usage error, said at once.
  const inputs = await Promise.all(positionals.map((input) => readInput(io, input)));
  const reports: (Report & { readonly input: string })[] = [];
  for (const [i, input] of positionals.entries()) reports.push({ input, ...(await verify(inputs[i]!, options)) });
  if (values.json) io.stdout(`${JSON.stringify(reports, null, 2)}\n`);
  else io.stdout(reports.map((r) => describeReport(r.input, r, io)).join('\n'));
  return reports.every((r) => r.status === 'verified') ? EXIT_OK : EXIT_FAILED;
}

/** A URL is verified as a URL; a file as image bytes when it is one, and otherwise as the text it holds. */
async function readInput(io: CliIo, input: string): Promise<Uint8Array | string> {
  if (/^https?:\/\//i.test(input)) return input;
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(input);
  } catch (error) {
    throw new UsageError(`verify: cannot read INPUT '${input}': ${readFailure(error)}. An INPUT is a file or an http(s) URL.`);
  }
  if (unbake(bytes).format !== null) return bytes;
  return new TextDecoder().decode(bytes);
}

async function readDocuments(io: CliIo, path: string): Promise<Record<string, SuppliedDocument>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(await io.readFile(path)));
  } catch (error) {
    throw new UsageError(`verify: --documents ${path} is not a readable JSON file (${(error as Error).message}).`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new UsageError(`verify: --documents ${path} must hold a JSON object from URL to document.`);
  }
  return parsed as Record<string, SuppliedDocument>;
}
