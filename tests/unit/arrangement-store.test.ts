/**
 * The browser store of arrangements, on fake idb-keyval stores: a working one (what is
 * saved is loaded, per view key), and every way IndexedDB fails in the wild, none of
 * which may throw into the app or log more than one warning.
 */
import type { UseStore } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Arrangement, viewKey, viewKeyString } from '../../src/model/arrangement';
import { createArrangementStore } from '../../src/store/arrangement-store';

const tace = viewKey(['tace'], true, 'TB');
const taceLR = viewKey(['tace'], true, 'LR');
const arrangement = (x: number, view = tace): Arrangement => ({ view, positions: { hif1a: { x, y: 2 } } });

/** Answers a request the way IndexedDB does: later, through its success handler. */
function request<T>(result: T) {
  const r: { result: T; onsuccess?: () => void; oncomplete?: () => void } = { result };
  setTimeout(() => (r.onsuccess ?? r.oncomplete)?.());
  return r;
}

/** An idb-keyval store over a Map: the object-store calls idb-keyval makes, nothing more. */
function fakeStore(data = new Map<string, unknown>()): UseStore {
  return (_mode, callback) => {
    const transaction = request(undefined);
    const objectStore = {
      transaction,
      get: (key: string) => request(data.get(key)),
      put: (value: unknown, key: string) => {
        data.set(key, structuredClone(value));
        return request(key);
      },
      delete: (key: string) => {
        data.delete(key);
        return request(undefined);
      },
    };
    return Promise.resolve(callback(objectStore as unknown as IDBObjectStore));
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the arrangement store', () => {
  it('keeps one arrangement per view key and forgets it on remove', async () => {
    const data = new Map<string, unknown>();
    const warn = vi.fn();
    const store = createArrangementStore({ open: () => fakeStore(data), warn });
    await store.save(arrangement(10));
    await store.save(arrangement(30, taceLR));
    expect([...data.keys()].sort()).toEqual([viewKeyString(taceLR), viewKeyString(tace)]);
    // A second page (a reload) reads what the first saved.
    const reloaded = createArrangementStore({ open: () => fakeStore(data), warn });
    expect(await reloaded.load(tace)).toEqual(arrangement(10));
    expect(await reloaded.load(taceLR)).toEqual(arrangement(30, taceLR));
    await reloaded.remove(tace);
    expect(await reloaded.load(tace)).toBeNull();
    expect(data.has(viewKeyString(tace))).toBe(false);
    expect(warn).not.toHaveBeenCalled();
    expect(reloaded.persistent).toBe(true);
  });

  it('ignores a stored value that is not an arrangement of the view', async () => {
    const data = new Map<string, unknown>([[viewKeyString(tace), { positions: 'garbage' }]]);
    const store = createArrangementStore({ open: () => fakeStore(data), warn: vi.fn() });
    expect(await store.load(tace)).toBeNull();
  });

  const failures: Array<[string, () => UseStore]> = [
    [
      'indexedDB throws when touched',
      () => {
        throw new Error('blocked');
      },
    ],
    [
      'opening the database throws',
      () => () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    ],
    ['a write is refused (quota)', () => () => Promise.reject(new DOMException('quota', 'QuotaExceededError'))],
    ['the database never answers', () => () => new Promise(() => {})],
  ];

  it.each(failures)('works without persistence when %s, with one warning', async (_name, open) => {
    const warn = vi.fn();
    const error = vi.spyOn(console, 'error');
    const store = createArrangementStore({ open, warn, timeoutMs: 20 });
    expect(await store.load(tace)).toBeNull();
    await store.save(arrangement(10));
    await store.save(arrangement(20));
    // Within the page, the arrangement is still there.
    expect(await store.load(tace)).toEqual(arrangement(20));
    await store.remove(tace);
    expect(await store.load(tace)).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(/cannot be kept in this browser .*; they last until the page is closed/);
    expect(store.persistent).toBe(false);
    expect(error).not.toHaveBeenCalled();
  });

  it('warns through console.warn, never console.error, where there is no IndexedDB at all (as in Node)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error');
    const store = createArrangementStore();
    await store.save(arrangement(5));
    expect(await store.load(tace)).toEqual(arrangement(5));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(/indexedDB is not defined/);
    expect(error).not.toHaveBeenCalled();
  });
});
