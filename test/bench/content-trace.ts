/**
 * What a Chromium trace says about one script on a page's main thread: how long it ran in all, its
 * longest stretch, and the longest task that ran any of it. A script's time is every trace slice that
 * Chromium attributes to its URL (script evaluation, and each call into it: event listeners, observer,
 * idle and frame callbacks), nested slices counted once.
 */
export interface TraceEvent {
  readonly name: string;
  readonly cat?: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  /** Thread (CPU) time of a complete slice, when the trace records it. */
  readonly tdur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly data?: Record<string, unknown>; readonly name?: string };
}

export interface ScriptTime {
  /** Milliseconds on the main thread spent in the script, nested slices counted once (wall clock). */
  readonly totalMs: number;
  /** The same slices' CPU time (thread time): without the time the thread waited for a core. */
  readonly cpuMs: number;
  /** The longest single stretch of the script. */
  readonly longestSliceMs: number;
  /** The longest main-thread task that ran any of the script (it may include the page's own work). */
  readonly longestTaskMs: number;
  readonly slices: number;
}

// Trace slices that carry the URL of the script they run.
const SCRIPT_SLICES = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.callFunction', 'v8.run', 'V8.Execute', 'ScheduledAction', 'TimerFire', 'FireIdleCallback', 'FireAnimationFrame']);

function scriptUrl(event: TraceEvent): string | undefined {
  const data = event.args?.data;
  const url = data?.url ?? (data?.frame as undefined) ?? undefined;
  if (typeof url === 'string') return url;
  const stack = data?.stackTrace;
  return Array.isArray(stack) && typeof stack[0]?.url === 'string' ? stack[0].url : undefined;
}

export function scriptTime(events: readonly TraceEvent[], urlPart: string): ScriptTime {
  const own = events.filter((e) => e.ph === 'X' && typeof e.dur === 'number' && SCRIPT_SLICES.has(e.name) && scriptUrl(e)?.includes(urlPart));
  if (own.length === 0) return { totalMs: 0, cpuMs: 0, longestSliceMs: 0, longestTaskMs: 0, slices: 0 };
  // The thread that ran the script: a page's main thread.
  const thread = `${own[0]!.pid}:${own[0]!.tid}`;
  const onThread = own.filter((e) => `${e.pid}:${e.tid}` === thread).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const merged: [number, number][] = [];
  let cpu = 0;
  for (const event of onThread) {
    const [start, end] = [event.ts, event.ts + event.dur!];
    const last = merged.at(-1);
    if (last && start <= last[1]) {
      last[1] = Math.max(last[1], end);
      continue;
    }
    merged.push([start, end]);
    // An outermost slice: its thread time covers what nests inside it.
    cpu += event.tdur ?? event.dur!;
  }
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && `${e.pid}:${e.tid}` === thread && typeof e.dur === 'number');
  let longestTask = 0;
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    if (merged.some(([s, e]) => s < end && e > task.ts)) longestTask = Math.max(longestTask, task.dur!);
  }
  const total = merged.reduce((sum, [s, e]) => sum + (e - s), 0);
  const longest = merged.reduce((max, [s, e]) => Math.max(max, e - s), 0);
  return { totalMs: total / 1000, cpuMs: cpu / 1000, longestSliceMs: longest / 1000, longestTaskMs: longestTask / 1000, slices: merged.length };
}
