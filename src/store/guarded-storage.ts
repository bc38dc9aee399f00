/**
 * One idb-keyval store used as a convenience, never a condition: every call goes through
 * `attempt`, and the first throw, rejection or silence (past the timeout) turns storage
 * off for the page, reported once through `onFail`; later calls answer undefined at once.
 * The arrangement and dataset stores keep what the page saved in memory besides.
 */
import type { UseStore } from 'idb-keyval';

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

export interface GuardedStorage {
  attempt<T>(call: (store: UseStore) => Promise<T>): Promise<T | undefined>;
  readonly failed: boolean;
}

export function guardedStorage(
  open: () => UseStore,
  timeoutMs: number,
  onFail: (reason: string) => void,
): GuardedStorage {
  let store: UseStore | null = null;
  let failed = false;
  return {
    get failed() {
      return failed;
    },
    async attempt(call) {
      if (failed) return undefined;
      try {
        store ??= open();
        return await withTimeout(call(store), timeoutMs);
      } catch (error) {
        if (!failed) {
          failed = true;
          onFail(error instanceof Error ? error.message : String(error));
        }
        return undefined;
      }
    },
  };
}
