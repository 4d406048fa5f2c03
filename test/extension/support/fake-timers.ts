/** Idle callbacks and timeouts that run only when a test says so, in order. */
export interface FakeScheduler {
  idle(task: (deadline: { timeRemaining(): number }) => void): void;
  later(task: () => void, ms: number): void;
  soon(callback: () => void): void;
  /** Runs pending idle tasks (and what they schedule) until none is left; returns how many ran. */
  runIdle(): number;
  /** Runs the timeouts due within `ms`. */
  advance(ms: number): void;
  /** Runs what `soon` queued. */
  runSoon(): void;
}

export function fakeScheduler(idleBudgetMs = 50): FakeScheduler {
  let idle: ((deadline: { timeRemaining(): number }) => void)[] = [];
  let frames: (() => void)[] = [];
  let timers: { at: number; task: () => void }[] = [];
  let now = 0;
  return {
    idle: (task) => void idle.push(task),
    later: (task, ms) => void timers.push({ at: now + ms, task }),
    soon: (callback) => void frames.push(callback),
    runIdle() {
      let count = 0;
      while (idle.length > 0 && count < 1000) {
        const batch = idle;
        idle = [];
        for (const task of batch) {
          const started = performance.now();
          task({ timeRemaining: () => Math.max(0, idleBudgetMs - (performance.now() - started)) });
          count++;
        }
      }
      return count;
    },
    advance(ms) {
      now += ms;
      const due = timers.filter((t) => t.at <= now).sort((a, b) => a.at - b.at);
      timers = timers.filter((t) => t.at > now);
      for (const { task } of due) task();
    },
    runSoon() {
      const batch = frames;
      frames = [];
      for (const callback of batch) callback();
    },
  };
}

/** Lets MutationObserver callbacks (microtasks) run. */
export const settle = (): Promise<void> => new Promise((done) => setTimeout(done, 0));
