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
import { guardedStorage } from './guarded-storage';

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

export function createArrangementStore(options: ArrangementStoreOptions = {}): ArrangementStore {
  const open = options.open ?? (() => createStore(DATABASE_NAME, STORE_NAME));
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const timeoutMs = options.timeoutMs ?? STORAGE_TIMEOUT_MS;
  /** What this page saved or read, so arrangements outlive a failed storage within the page. */
  const memory = new Map<string, Arrangement>();
  const storage = guardedStorage(open, timeoutMs, (reason) =>
    warn(`Diagram arrangements cannot be kept in this browser (${reason}); they last until the page is closed.`),
  );
  const attempt = storage.attempt;

  return {
    get persistent() {
      return !storage.failed;
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
