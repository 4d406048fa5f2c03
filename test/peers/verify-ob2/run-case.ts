import { readFileSync } from 'node:fs';
import { verify } from '../../../core/index.ts';
import { peerPath } from '../peers-dir.ts';
import { startPeerWeb } from '../peer-web.ts';
import type { Served, ValueSweep, VerifyCase, VerifySource } from './case.ts';
import { expectReport } from './check-report.ts';
import { caseInput, siteFor } from './documents.ts';

/** The mozilla validator's table of good and bad values per kind of field. */
const VALUE_TABLE = 'mozilla-openbadges-validator/fixtures/test-data.json';

/**
 * Verifies the case's input against its peer's web on a fresh local server, with the case's clock and
 * identities, and asserts the expected outcome. A value sweep runs once per value and reports every
 * value that disagrees, not just the first.
 */
export async function runCase(source: VerifySource, c: VerifyCase): Promise<void> {
  const runs = c.values ? sweep(c.values, c.serve ?? {}) : [{ label: '', serve: c.serve ?? {} }];
  const problems: string[] = [];
  for (const run of runs) {
    const web = await startPeerWeb(siteFor(source, c, run.serve));
    try {
      const report = await verify(caseInput(source.folder, c.input), {
        fetch: web.fetch,
        allowPrivateNetwork: true,
        now: c.now ?? source.now,
        identities: c.identities ?? [],
      });
      expectReport(report, c.expected, run.label);
    } catch (error) {
      if (!c.values) throw error;
      problems.push(error instanceof Error ? error.message : String(error));
    } finally {
      await web.close();
    }
  }
  if (problems.length > 0) throw new Error(`${problems.length} of ${runs.length} values disagree:\n\n${problems.join('\n\n')}`);
}

function sweep(values: ValueSweep, serve: Readonly<Record<string, Served>>): { label: string; serve: Readonly<Record<string, Served>> }[] {
  const target = serve[values.at];
  if (target === undefined || !('file' in target)) throw new Error(`a value sweep needs a document served at ${values.at}`);
  return values.from.flatMap((group) =>
    valuesOf(group).map((value) => ({
      label: `${values.field} = ${JSON.stringify(value)}`,
      serve: { ...serve, [values.at]: { ...target, set: { ...target.set, [values.field]: value } } },
    })),
  );
}

// 'EMAILS.bad', one value 'TIMES.good[1]', or 'MISSING' (the generators' null).
function valuesOf(group: string): unknown[] {
  if (group === 'MISSING') return [null];
  const match = /^([A-Z0-9_]+)\.(good|bad)(?:\[(\d+)\])?$/.exec(group);
  if (!match) throw new Error(`not a value group: ${group}`);
  const table = JSON.parse(readFileSync(peerPath(VALUE_TABLE), 'utf8')) as Record<string, Record<string, unknown[]>>;
  const all = table[match[1]!]?.[match[2]!];
  if (all === undefined) throw new Error(`${VALUE_TABLE} has no ${match[1]}.${match[2]}`);
  return match[3] === undefined ? all : [all[Number(match[3])]];
}
