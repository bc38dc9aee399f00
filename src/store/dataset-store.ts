/**
 * Datasets kept in this browser, and only here: IndexedDB through idb-keyval, in a
 * database of their own (idb-keyval makes one object store per database, so the
 * arrangements' database cannot take a second one). Each dataset is two entries: its
 * summary (what the list shows) and the dataset itself (typed arrays survive structured
 * clone), so listing never reads a whole transcriptome. As with arrangements, storage is a
 * convenience: a blocked, full, broken or silent store turns persistence off with one
 * warning, and datasets then last as long as the page. A stored entry that is not a
 * dataset (corrupted, or written by another version) is skipped and reported.
 */
import { createStore, del, get, getMany, keys, set, type UseStore } from 'idb-keyval';
import type { Dataset } from '../model/dataset';
import { COLUMN_SCALES } from '../model/dataset';
import { STORAGE_TIMEOUT_MS } from './arrangement-store';
import { guardedStorage } from './guarded-storage';

export const DATASET_DATABASE = 'pathway-atlas-datasets';
export const DATASET_STORE = 'datasets';

export interface DatasetSummary {
  id: string;
  name: string;
  createdAt: string;
  rows: number;
  columns: number;
}

export interface DatasetStore {
  /** Every kept dataset's summary, newest first. */
  list(): Promise<DatasetSummary[]>;
  load(id: string): Promise<Dataset | null>;
  save(dataset: Dataset): Promise<void>;
  rename(id: string, name: string): Promise<void>;
  remove(id: string): Promise<void>;
  /** False once storage has failed: datasets then last as long as the page. */
  readonly persistent: boolean;
}

export interface DatasetStoreOptions {
  open?: () => UseStore;
  /** Called once when storage fails, and for each stored entry that is not a dataset. */
  warn?: (problem: DatasetStoreProblem) => void;
  timeoutMs?: number;
}

export type DatasetStoreProblem = { kind: 'unavailable'; reason: string } | { kind: 'corrupt'; key: string };

const SUMMARY = 'summary:';
const DATA = 'data:';

export function summarise(dataset: Dataset): DatasetSummary {
  const { id, name, createdAt } = dataset;
  return { id, name, createdAt, rows: dataset.identifiers.length, columns: dataset.columns.length };
}

function isSummary(value: unknown): value is DatasetSummary {
  const v = value as Partial<DatasetSummary> | null;
  return (
    !!v &&
    typeof v.id === 'string' &&
    typeof v.name === 'string' &&
    typeof v.createdAt === 'string' &&
    Number.isInteger(v.rows) &&
    Number.isInteger(v.columns)
  );
}

/** A stored value that is a whole dataset, with every column as long as its identifiers. */
export function isDataset(value: unknown): value is Dataset {
  const v = value as Partial<Dataset> | null;
  if (!v || typeof v.id !== 'string' || typeof v.name !== 'string' || typeof v.createdAt !== 'string') return false;
  if (typeof v.identifierColumn !== 'string' || !Array.isArray(v.identifiers) || !Array.isArray(v.columns))
    return false;
  const n = v.identifiers.length;
  return (
    v.identifiers.every((i) => typeof i === 'string') &&
    v.columns.every(
      (c) =>
        !!c &&
        typeof c.name === 'string' &&
        c.values instanceof Float64Array &&
        c.values.length === n &&
        (COLUMN_SCALES as readonly string[]).includes(c.scale),
    )
  );
}

export function createDatasetStore(options: DatasetStoreOptions = {}): DatasetStore {
  const open = options.open ?? (() => createStore(DATASET_DATABASE, DATASET_STORE));
  const warn = options.warn ?? ((p: DatasetStoreProblem) => console.warn(`Dataset store: ${JSON.stringify(p)}`));
  const timeoutMs = options.timeoutMs ?? STORAGE_TIMEOUT_MS;
  const memory = new Map<string, Dataset>();
  const storage = guardedStorage(open, timeoutMs, (reason) => warn({ kind: 'unavailable', reason }));
  const attempt = storage.attempt;

  return {
    get persistent() {
      return storage.persistent;
    },
    async list() {
      const byId = new Map<string, DatasetSummary>();
      const all = (await attempt((s) => keys<string>(s))) ?? [];
      const summaryKeys = all.filter((k) => typeof k === 'string' && k.startsWith(SUMMARY));
      const stored = (await attempt((s) => getMany(summaryKeys, s))) ?? [];
      stored.forEach((value, i) => {
        if (isSummary(value)) byId.set(value.id, value);
        else warn({ kind: 'corrupt', key: summaryKeys[i] });
      });
      for (const dataset of memory.values()) byId.set(dataset.id, summarise(dataset));
      return [...byId.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
    async load(id) {
      const known = memory.get(id);
      if (known) return known;
      const value = await attempt((s) => get(DATA + id, s));
      if (value === undefined) return null;
      if (!isDataset(value) || value.id !== id) {
        warn({ kind: 'corrupt', key: DATA + id });
        return null;
      }
      memory.set(id, value);
      return value;
    },
    async save(dataset) {
      memory.set(dataset.id, dataset);
      await attempt(async (s) => {
        await set(DATA + dataset.id, dataset, s);
        await set(SUMMARY + dataset.id, summarise(dataset), s);
      });
    },
    async rename(id, name) {
      const dataset = memory.get(id) ?? (await this.load(id));
      if (!dataset) return;
      const renamed = { ...dataset, name };
      memory.set(id, renamed);
      await attempt(async (s) => {
        await set(DATA + id, renamed, s);
        await set(SUMMARY + id, summarise(renamed), s);
      });
    },
    async remove(id) {
      memory.delete(id);
      await attempt(async (s) => {
        await del(SUMMARY + id, s);
        await del(DATA + id, s);
      });
    },
  };
}

let shared: DatasetStore | null = null;

/** The page's one dataset store, made on first use; `warn` is attached by the first caller. */
export function datasetStore(warn?: (problem: DatasetStoreProblem) => void): DatasetStore {
  shared ??= createDatasetStore(warn ? { warn } : {});
  return shared;
}
