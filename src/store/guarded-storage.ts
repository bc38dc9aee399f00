/**
 * One IndexedDB store (idb-keyval) used as a convenience, never a condition: every call
 * goes through `attempt`, and any throw, rejection or silence longer than the timeout
 * turns storage off for the page, reported once through `onFailure` with the reason.
 * Arrangements (./arrangement-store.ts), datasets (./dataset-store.ts) and imported
 * pathways (./pathway-store.ts) keep what the page has in memory beside it.
 */
import type { UseStore } from 'idb-keyval';

/** `promise`, or a rejection when it has not settled within `ms`. */
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
  /** The call's answer, or undefined once storage has failed (this call or an earlier one). */
  attempt<T>(call: (store: UseStore) => Promise<T>): Promise<T | undefined>;
  /** False once storage has failed. */
  readonly persistent: boolean;
}

export function guardedStorage(
  open: () => UseStore,
  timeoutMs: number,
  onFailure: (reason: string) => void,
): GuardedStorage {
  let store: UseStore | null = null;
  let failed = false;
  return {
    get persistent() {
      return !failed;
    },
    async attempt(call) {
      if (failed) return undefined;
      try {
        store ??= open();
        return await withTimeout(call(store), timeoutMs);
      } catch (error) {
        if (!failed) {
          failed = true;
          onFailure(error instanceof Error ? error.message : String(error));
        }
        return undefined;
      }
    },
  };
}
