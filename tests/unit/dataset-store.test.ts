/**
 * The browser store of datasets on fake-indexeddb (a real IndexedDB implementation in
 * Node): kept across a "reload" (a second store over the same database), listed with name,
 * date, rows and columns, renamed, removed; a corrupted entry skipped and reported; a
 * blocked, refusing or silent IndexedDB costing only persistence, with one warning.
 */
import 'fake-indexeddb/auto';
import { createStore, set, type UseStore } from 'idb-keyval';
import { describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../src/model/dataset';
import { createDatasetStore, DATASET_STORE } from '../../src/store/dataset-store';

const dataset = (id: string, createdAt: string, n = 3): Dataset => ({
  id,
  name: `${id}.csv`,
  createdAt,
  identifierColumn: 'gene',
  identifiers: Array.from({ length: n }, (_, i) => `G${i}`),
  columns: [
    { name: 'lfc', values: Float64Array.from({ length: n }, (_, i) => i - 1), scale: 'signed' },
    { name: 'p', values: new Float64Array(n).fill(0.01), scale: 'unsigned' },
  ],
});

let database = 0;
/** A fresh database per test, opened the way the app opens it. */
const freshDatabase = () => {
  const name = `test-datasets-${database++}`;
  return () => createStore(name, DATASET_STORE);
};

describe('the dataset store', () => {
  it('keeps datasets across a reload, lists them newest first, renames and removes', async () => {
    const open = freshDatabase();
    const warn = vi.fn();
    const first = createDatasetStore({ open, warn });
    await first.save(dataset('aaa', '2026-11-30T10:00:00.000Z'));
    await first.save(dataset('bbb', '2026-12-01T10:00:00.000Z', 5));
    const reloaded = createDatasetStore({ open, warn });
    expect(await reloaded.list()).toEqual([
      { id: 'bbb', name: 'bbb.csv', createdAt: '2026-12-01T10:00:00.000Z', rows: 5, columns: 2 },
      { id: 'aaa', name: 'aaa.csv', createdAt: '2026-11-30T10:00:00.000Z', rows: 3, columns: 2 },
    ]);
    const loaded = await reloaded.load('aaa');
    expect(loaded?.columns[0].values).toBeInstanceOf(Float64Array);
    expect([...(loaded?.columns[0].values ?? [])]).toEqual([-1, 0, 1]);
    await reloaded.rename('aaa', 'TACE responders');
    const third = createDatasetStore({ open, warn });
    expect((await third.list()).find((s) => s.id === 'aaa')?.name).toBe('TACE responders');
    expect((await third.load('aaa'))?.name).toBe('TACE responders');
    await third.remove('bbb');
    const fourth = createDatasetStore({ open, warn });
    expect((await fourth.list()).map((s) => s.id)).toEqual(['aaa']);
    expect(await fourth.load('bbb')).toBeNull();
    expect(warn).not.toHaveBeenCalled();
    expect(fourth.persistent).toBe(true);
  });

  it('skips and reports an entry that is not a dataset (corrupted)', async () => {
    const open = freshDatabase();
    const raw: UseStore = open();
    await set('summary:bad', { id: 'bad', name: 3 }, raw);
    await set(
      'data:bad',
      { id: 'bad', identifiers: ['A'], columns: [{ name: 'x', values: [1, 2], scale: 'signed' }] },
      raw,
    );
    const warn = vi.fn();
    const store = createDatasetStore({ open: () => raw, warn });
    expect(await store.list()).toEqual([]);
    expect(await store.load('bad')).toBeNull();
    expect(warn.mock.calls.map((c) => c[0])).toEqual([
      { kind: 'corrupt', key: 'summary:bad' },
      { kind: 'corrupt', key: 'data:bad' },
    ]);
    expect(store.persistent).toBe(true);
  });

  const failures: Array<[string, () => UseStore]> = [
    [
      'indexedDB throws when touched (blocked)',
      () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    ],
    ['a write is refused (quota)', () => () => Promise.reject(new DOMException('quota', 'QuotaExceededError'))],
    ['the database never answers', () => () => new Promise(() => {})],
  ];
  it.each(failures)('keeps datasets for the page when %s, with one warning', async (_name, open) => {
    const warn = vi.fn();
    const store = createDatasetStore({ open, warn, timeoutMs: 20 });
    await store.save(dataset('ccc', '2026-12-01T00:00:00.000Z'));
    expect((await store.list()).map((s) => s.id)).toEqual(['ccc']);
    expect((await store.load('ccc'))?.identifiers).toEqual(['G0', 'G1', 'G2']);
    await store.rename('ccc', 'renamed');
    expect((await store.list())[0].name).toBe('renamed');
    await store.remove('ccc');
    expect(await store.list()).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0].kind).toBe('unavailable');
    expect(store.persistent).toBe(false);
  });
});
