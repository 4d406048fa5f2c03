import { median, type Timing } from './measure.ts';

/** One figure measured once per independent load of the core, each time beside the same floor. */
export interface BenchRow {
  readonly figure: string;
  readonly perLoad: readonly { readonly subject: Timing; readonly floor: Timing }[];
  readonly floorName: string;
  readonly target: Target;
}

/** A budget from DESIGN.md: the figure it is stated in (from the ratio unbake ÷ floor), its unit, and the test. */
export interface Target {
  readonly text: string;
  readonly figure: (ratio: number) => number;
  readonly unit: string;
  readonly met: (figure: number) => boolean;
}

/**
 * A plain-text table: per figure the median over loads of unbake's and the floor's median times, with the
 * range across loads, the ratio as the budget states it, the target, and OK or OVER.
 */
export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['figure', 'measured (range over loads)', 'floor', 'ratio (range)', 'target', ''];
  const lines = rows.map((row) => {
    const subject = row.perLoad.map((m) => m.subject.medianNs);
    const floor = row.perLoad.map((m) => m.floor.medianNs);
    const figures = row.perLoad.map((m) => row.target.figure(m.subject.medianNs / m.floor.medianNs));
    const figure = median(figures);
    const fixed = (n: number): string => n.toFixed(n < 10 ? 2 : 1);
    return [
      row.figure,
      `${formatNs(median(subject))} (${formatNs(Math.min(...subject))}–${formatNs(Math.max(...subject))})`,
      `${formatNs(median(floor))} ${row.floorName}`,
      `${fixed(figure)}${row.target.unit} (${fixed(Math.min(...figures))}–${fixed(Math.max(...figures))})`,
      row.target.text,
      row.target.met(figure) ? 'OK' : 'OVER',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const render = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  const worstSpread = Math.max(...rows.flatMap((r) => r.perLoad.flatMap((m) => [m.subject.spread, m.floor.spread])));
  const notes = rows.map((r) => {
    const samples = Math.min(...r.perLoad.map((m) => m.subject.samples));
    const m = r.perLoad[0]!;
    return `  ${r.figure}: ${r.perLoad.length} loads, each ≥ ${samples} samples of ${m.subject.callsPerSample} calls (measured) and of ${m.floor.callsPerSample} (floor), after warm-up`;
  });
  return [
    render(header),
    render(widths.map((w) => '-'.repeat(w))),
    ...lines.map(render),
    '',
    `Median time per call over independent loads of the bundled core; within one load, odd and even rounds agree to ${(worstSpread * 100).toFixed(1)}% or better.`,
    ...notes,
  ].join('\n');
}

function formatNs(ns: number): string {
  if (ns >= 1e6) return `${(ns / 1e6).toPrecision(3)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toPrecision(3)} µs`;
  return `${ns.toPrecision(3)} ns`;
}
