/**
 * Arrangements kept in the browser: one IndexedDB entry per view key (idb-keyval), so a
 * person's arrangement of a view survives a reload. Storage is a convenience, never a
 * condition: private windows, full quotas, blocked or broken IndexedDB (even an
 * `indexedDB` that throws when touched) cost only persistence. The first failure logs one
 * warning (a warning, not an error: nothing is wrong with the page) and from then on
 * arrangements live in memory for as long as the page is open.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { type Arrangement, asArrangement, type ViewKey, viewKeyString } from '../model/arrangement';

/** Generic names: the engine serves any atlas, so nothing here names the review. */
export const DATABASE_NAME = 'pathway-atlas';
export const STORE_NAME = 'arrangements';
/**
 * A storage call that has not answered by then counts as failed (an open blocked by another
 * tab never answers). Generous: a first open on a busy machine can take seconds, and a
 * timeout turns persistence off for the page.
 */
export const STORAGE_TIMEOUT_MS = 15_000;

export interface ArrangementStore {
  /** The arrangement kept for `view`, or null (also when storage fails). */
  load(view: ViewKey): Promise<Arrangement | null>;
  save(arrangement: Arrangement): Promise<void>;
  remove(view: ViewKey): Promise<void>;
  /** False once storage has failed: arrangements then last as long as the page. */
  readonly persistent: boolean;
}

export interface ArrangementStoreOptions {
  /** The idb-keyval store to use; tests pass a fake one. Called once, on first use. */
  open?: () => UseStore;
  warn?: (message: string) => void;
  timeoutMs?: number;
}

/** `promise`, or a rejection when it has not settled within `ms` (shared with ./pathway-store.ts). */
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

export function createArrangementStore(options: ArrangementStoreOptions = {}): ArrangementStore {
  const open = options.open ?? (() => createStore(DATABASE_NAME, STORE_NAME));
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const timeoutMs = options.timeoutMs ?? STORAGE_TIMEOUT_MS;
  /** What this page saved or read, so arrangements outlive a failed storage within the page. */
  const memory = new Map<string, Arrangement>();
  let store: UseStore | null = null;
  let failed = false;

  /** Runs one storage call; any throw, rejection or silence turns storage off, with one warning. */
  async function attempt<T>(call: (store: UseStore) => Promise<T>): Promise<T | undefined> {
    if (failed) return undefined;
    try {
      store ??= open();
      return await withTimeout(call(store), timeoutMs);
    } catch (error) {
      if (!failed) {
        failed = true;
        const reason = error instanceof Error ? error.message : String(error);
        warn(`Diagram arrangements cannot be kept in this browser (${reason}); they last until the page is closed.`);
      }
      return undefined;
    }
  }

  return {
    get persistent() {
      return !failed;
    },
    async load(view) {
      const key = viewKeyString(view);
      const known = memory.get(key);
      if (known) return known;
      const stored = asArrangement(await attempt((s) => get(key, s)), view);
      if (stored) memory.set(key, stored);
      return stored;
    },
    async save(arrangement) {
      const key = viewKeyString(arrangement.view);
      memory.set(key, arrangement);
      await attempt((s) => set(key, arrangement, s));
    },
    async remove(view) {
      const key = viewKeyString(view);
      memory.delete(key);
      await attempt((s) => del(key, s));
    },
  };
}

let shared: ArrangementStore | null = null;

/** The page's one arrangement store, made on first use. */
export function arrangementStore(): ArrangementStore {
  shared ??= createArrangementStore();
  return shared;
}
