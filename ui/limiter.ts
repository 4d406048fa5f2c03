/** Runs at most `concurrency` tasks at once; the rest wait, urgent ones first, each kind in the order it came. */
export interface Limiter {
  run<T>(task: () => Promise<T>, urgent?: boolean): Promise<T>;
  readonly active: number;
  readonly waiting: number;
}

export function createLimiter(concurrency: number): Limiter {
  let active = 0;
  const queue: (() => void)[] = [];
  const urgentQueue: (() => void)[] = [];
  const next = (): void => {
    if (active >= concurrency) return;
    const start = urgentQueue.shift() ?? queue.shift();
    if (start === undefined) return;
    active++;
    start();
  };
  return {
    run<T>(task: () => Promise<T>, urgent = false): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        (urgent ? urgentQueue : queue).push(() => {
          task()
            .then(resolve, reject)
            .finally(() => {
              active--;
              next();
            });
        });
        next();
      });
    },
    get active() {
      return active;
    },
    get waiting() {
      return queue.length + urgentQueue.length;
    },
  };
}
