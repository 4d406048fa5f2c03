import { lookup } from 'node:dns/promises';
import { dirname, resolve } from 'node:path';
import type { Report, VerifyOptions } from '../../core/index.ts';
import { looksLikeCollection, readCollection } from '../../ui/collection/validate-collection.ts';
import { parseCommandArgs } from '../args.ts';
import { collectBadges, type CollectSource } from '../collect/collect-badges.ts';
import { fileSource } from '../collect/read-source.ts';
import { EXIT_FAILED, EXIT_OK, UsageError, paint, readFailure, type CliIo } from '../io.ts';

export const COLLECT_HELP = `Usage: badge-lens collect [options] SOURCE... -o FILE

Verifies each badge once and writes a collection file for <open-badges src="FILE">: each badge's input,
every document its verification used (issuer profiles, keys, DID documents, status lists), which of them
to recheck live, and a dated record of the verification. Visitors' browsers then verify the signatures
from the file and recheck revocation live where they can.

SOURCE is a file (a baked PNG or SVG, JSON, or text holding a URL, a JWS or a VC-JWT), an http(s) URL, or
a collection file made earlier (each of its badges is collected again, keeping its own tags).

Options:
  -o, --output FILE        where to write the collection ('-' for standard output)
  --title TEXT             a title for the collection
  --tag TAG                a tag of your own for the badges named on this command line (repeatable)
  --now ISO                judge issue and expiry dates at this time instead of now
  --allow-private-network  allow loopback and private addresses (local testing, intranets)
  -h, --help               show this help

Exit status: 0 when every badge is verified, 1 when any is not (the file is written either way), 2 for
usage errors.
`;

export async function collectCommand(args: readonly string[], io: CliIo, world: { readonly fetch?: typeof fetch } = {}): Promise<number> {
  const { values, positionals } = parseCommandArgs('collect', args, {
    output: { type: 'string', short: 'o' },
    title: { type: 'string' },
    tag: { type: 'string', multiple: true },
    now: { type: 'string' },
    'allow-private-network': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(COLLECT_HELP);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError('collect: name at least one SOURCE (a file or an http(s) URL).');
  if (values.output === undefined) throw new UsageError('collect: say where to write the collection with -o FILE.');
  if (values.now !== undefined && Number.isNaN(Date.parse(values.now))) throw new UsageError(`collect: --now must be an ISO 8601 date, not '${values.now}'.`);

  const sources: CollectSource[] = [];
  for (const positional of positionals) sources.push(...(await readSources(io, positional, values.tag ?? [])));
  const verify: VerifyOptions = {
    ...(values.now ? { now: values.now } : {}),
    ...(world.fetch ? { fetch: world.fetch } : {}),
    allowPrivateNetwork: values['allow-private-network'] ?? false,
    resolveHost: async (hostname) => (await lookup(hostname, { all: true })).map((a) => a.address),
  };
  const toStdout = values.output === '-';
  const { collection, reports } = await collectBadges(sources, {
    verify,
    ...(values.title ? { title: values.title } : {}),
    generator: 'badge-lens collect',
    onBadge: (source, report) => (toStdout ? io.stderr : io.stdout)(line(io, source, report)),
  });
  const text = `${JSON.stringify(collection, null, 2)}\n`;
  if (toStdout) io.stdout(text);
  else {
    await io.writeFile(values.output, text);
    const verified = reports.filter((r) => r.report.status === 'verified').length;
    io.stdout(`Wrote ${values.output}: ${reports.length} badge${reports.length === 1 ? '' : 's'}, ${verified} verified, ${Object.keys(collection.documents ?? {}).length} documents saved.\n`);
  }
  return reports.every((r) => r.report.status === 'verified') ? EXIT_OK : EXIT_FAILED;
}

/** A URL, a file, or every badge of a collection file. */
async function readSources(io: CliIo, positional: string, tags: readonly string[]): Promise<CollectSource[]> {
  if (/^https?:\/\//i.test(positional)) return [{ kind: 'url', url: positional, tags }];
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(positional);
  } catch (error) {
    throw new UsageError(`collect: cannot read ${positional}: ${readFailure(error)}.`);
  }
  const parsed = parseJson(bytes);
  if (!looksLikeCollection(parsed)) return [{ kind: 'read', ...fileSource(positional, bytes), tags }];
  const reading = readCollection(parsed);
  if (!reading.ok) throw new UsageError(`collect: ${positional} is not a valid collection: ${reading.problems.map((p) => `${p.path || '/'} ${p.message}`).join('; ')}.`);
  const sources: CollectSource[] = [];
  for (const badge of reading.collection.badges) {
    const own = { tags: [...(badge.tags ?? []), ...tags] };
    const input = badge.input;
    if (badge.source && /^https?:\/\//i.test(badge.source)) sources.push({ kind: 'url', url: badge.source, ...own });
    else if (typeof input !== 'string') sources.push({ kind: 'read', input, stored: input, source: badge.source ?? 'inline', ...own });
    else if (/^https?:\/\//i.test(input)) sources.push({ kind: 'url', url: input, ...own });
    else if (/^eyJ/.test(input)) sources.push({ kind: 'read', input, stored: input, source: badge.source ?? 'inline', ...own });
    else sources.push({ kind: 'read', ...fileSource(input, await io.readFile(resolve(dirname(positional), input))), ...own });
  }
  return sources;
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
}

const MARK: Readonly<Record<Report['status'], [string, number]>> = {
  verified: ['✓', 32],
  invalid: ['✗', 31],
  revoked: ['✗', 31],
  suspended: ['!', 33],
  expired: ['!', 33],
  unverified: ['?', 33],
};

function line(io: CliIo, source: string, report: Report): string {
  const [mark, colour] = MARK[report.status];
  const name = report.badge?.name ? `${report.badge.name}${report.badge.issuer.name ? ` — ${report.badge.issuer.name}` : ''}` : source;
  return `${paint(io, colour, `${mark} ${report.status.padEnd(10)}`)} ${name}${name === source ? '' : `  (${source})`}\n${report.status === 'verified' ? '' : `             ${report.summary}\n`}`;
}
