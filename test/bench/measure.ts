/**
 * Times two functions against each other in the same run. Calls are timed in batches long enough for the
 * clock (a single unbake takes microseconds), batches of the two alternate so drift and frequency changes
 * hit both alike, and sampling goes on until two independent halves of the samples (odd and even rounds)
 * give medians within `tolerance` of each other, or until the time budget is spent.
 */
export interface Timing {
  /** Median time of one call, in nanoseconds. */
  readonly medianNs: number;
  /** Relative difference between the medians of odd and even rounds: how reproducible the median is. */
  readonly spread: number;
  readonly samples: number;
  readonly callsPerSample: number;
}

export interface MeasureOptions {
  readonly warmupMs?: number;
  /** Shortest batch, so timer resolution and call overhead vanish in it. */
  readonly minBatchMs?: number;
  readonly minSamples?: number;
  readonly budgetMs?: number;
  readonly tolerance?: number;
}

const DEFAULTS: Required<MeasureOptions> = { warmupMs: 500, minBatchMs: 2, minSamples: 60, budgetMs: 15_000, tolerance: 0.01 };

// Written on every call so the engine cannot drop a call whose result is unused (exported, so that no
// linter or engine can prove the writes dead).
export let sink: unknown;

export function measurePair(subject: () => unknown, floor: () => unknown, options: MeasureOptions = {}): { subject: Timing; floor: Timing } {
  const o = { ...DEFAULTS, ...options };
  warmUp(subject, o.warmupMs / 2);
  warmUp(floor, o.warmupMs / 2);
  const subjectBatch = batchSize(subject, o.minBatchMs);
  const floorBatch = batchSize(floor, o.minBatchMs);
  const subjectSamples: number[] = [];
  const floorSamples: number[] = [];
  const deadline = now() + o.budgetMs * 1e6;
  while (true) {
    subjectSamples.push(timeBatch(subject, subjectBatch) / subjectBatch);
    floorSamples.push(timeBatch(floor, floorBatch) / floorBatch);
    if (subjectSamples.length < o.minSamples || subjectSamples.length % 20 !== 0) continue;
    if (Math.max(spreadOf(subjectSamples), spreadOf(floorSamples)) <= o.tolerance || now() > deadline) break;
  }
  return { subject: timing(subjectSamples, subjectBatch), floor: timing(floorSamples, floorBatch) };
}

/** `measurePair` for async work: each call is awaited before the next, in batches, as above. */
export async function measurePairAsync(subject: () => Promise<unknown>, floor: () => Promise<unknown>, options: MeasureOptions = {}): Promise<{ subject: Timing; floor: Timing }> {
  const o = { ...DEFAULTS, ...options };
  await warmUpAsync(subject, o.warmupMs / 2);
  await warmUpAsync(floor, o.warmupMs / 2);
  const subjectBatch = await batchSizeAsync(subject, o.minBatchMs);
  const floorBatch = await batchSizeAsync(floor, o.minBatchMs);
  const subjectSamples: number[] = [];
  const floorSamples: number[] = [];
  const deadline = now() + o.budgetMs * 1e6;
  while (true) {
    subjectSamples.push((await timeBatchAsync(subject, subjectBatch)) / subjectBatch);
    floorSamples.push((await timeBatchAsync(floor, floorBatch)) / floorBatch);
    if (subjectSamples.length < o.minSamples || subjectSamples.length % 20 !== 0) continue;
    if (Math.max(spreadOf(subjectSamples), spreadOf(floorSamples)) <= o.tolerance || now() > deadline) break;
  }
  return { subject: timing(subjectSamples, subjectBatch), floor: timing(floorSamples, floorBatch) };
}

async function warmUpAsync(fn: () => Promise<unknown>, ms: number): Promise<void> {
  const end = now() + ms * 1e6;
  while (now() < end) for (let i = 0; i < 10; i++) sink = await fn();
}

async function batchSizeAsync(fn: () => Promise<unknown>, minBatchMs: number): Promise<number> {
  let calls = 1;
  while ((await timeBatchAsync(fn, calls)) < minBatchMs * 1e6) calls *= 2;
  return calls;
}

async function timeBatchAsync(fn: () => Promise<unknown>, calls: number): Promise<number> {
  const start = now();
  for (let i = 0; i < calls; i++) sink = await fn();
  return now() - start;
}

function timing(samples: readonly number[], callsPerSample: number): Timing {
  return { medianNs: median(samples), spread: spreadOf(samples), samples: samples.length, callsPerSample };
}

function spreadOf(samples: readonly number[]): number {
  const odd = median(samples.filter((_, i) => i % 2 === 1));
  const even = median(samples.filter((_, i) => i % 2 === 0));
  return Math.abs(odd - even) / Math.min(odd, even);
}

function warmUp(fn: () => unknown, ms: number): void {
  const end = now() + ms * 1e6;
  while (now() < end) for (let i = 0; i < 10; i++) sink = fn();
}

function batchSize(fn: () => unknown, minBatchMs: number): number {
  let calls = 1;
  while (timeBatch(fn, calls) < minBatchMs * 1e6) calls *= 2;
  return calls;
}

function timeBatch(fn: () => unknown, calls: number): number {
  const start = now();
  for (let i = 0; i < calls; i++) sink = fn();
  return now() - start;
}

// Nanoseconds since the module loaded: small enough to stay exact as a double.
const EPOCH = process.hrtime.bigint();

function now(): number {
  return Number(process.hrtime.bigint() - EPOCH);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
