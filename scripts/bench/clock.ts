/**
 * The run's clock: seconds since the runner started, the progress log, and the time limits
 * every wait goes through (a per-action timeout, cut short when the run's --budget runs out).
 */

const started = Date.now();
/** The run's time budget in seconds (--budget); set once the options are read. */
let budgetSeconds = Number.POSITIVE_INFINITY;

export const elapsed = (): number => (Date.now() - started) / 1000;

export const log = (...args: unknown[]): void => console.error(`[bench ${elapsed().toFixed(0).padStart(3)}s]`, ...args);

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export function setBudget(seconds: number): void {
  budgetSeconds = seconds;
}

/** A wait that gave up; `budget` says whether the run's time budget (not the size's timeout) ended it. */
export class Timeout extends Error {
  readonly budget: boolean;
  constructor(message: string, budget: boolean) {
    super(message);
    this.budget = budget;
  }
}

/** Rejects after `seconds`, or sooner when the run's time budget (--budget) runs out. */
export function withTimeout<T>(promise: Promise<T>, seconds: number, what: string): Promise<T> {
  const left = budgetSeconds - elapsed();
  const budget = left < seconds;
  const limit = Math.max(3, Math.min(seconds, left));
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new Timeout(
              budget ? `${what}: stopped, the time budget ran out` : `${what}: no result within ${seconds} s`,
              budget,
            ),
          ),
        limit * 1000,
      );
    }),
  ]);
}
