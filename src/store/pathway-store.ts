/**
 * Imported pathways kept in the browser: one IndexedDB entry per pathway (idb-keyval, in a
 * database of its own, since idb-keyval opens one object store per database), holding the
 * imported document and its report (so a reload does not read the file again) with the
 * name the person gave it, the format, the date and counts. Nothing leaves the browser.
 *
 * As for arrangements (./arrangement-store.ts), storage is a convenience: a missing,
 * throwing, refusing or silent IndexedDB turns persistence off for the page after one
 * report (here `onFailure`, which the app turns into a notice, since a person who opened a
 * pathway expects it to be there after a reload), and pathways then live in memory.
 */
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import { PATHWAY_FORMATS, type PathwayFormat, type PathwayImport } from '../io/pathway/pathway-import';
import { STORAGE_TIMEOUT_MS } from './arrangement-store';
import { guardedStorage } from './guarded-storage';

export const PATHWAY_DATABASE_NAME = 'pathway-atlas-imports';
export const PATHWAY_STORE_NAME = 'pathways';

export interface StoredPathway {
  /** The storage key: stable across renames and reloads. */
  key: string;
  /** The name shown in the therapy list: the pathway's title until the person renames it. */
  name: string;
  fileName: string;
  format: PathwayFormat;
  version?: string;
  /** When it was opened, as an ISO date-time. */
  importedAt: string;
  counts: { entities: number; relations: number; report: number };
  imported: PathwayImport;
}

export interface PathwayStore {
  /** Every stored pathway, oldest first (the order they become views in). */
  list(): Promise<StoredPathway[]>;
  save(pathway: StoredPathway): Promise<void>;
  remove(key: string): Promise<void>;
  /** False once storage has failed: pathways then last as long as the page. */
  readonly persistent: boolean;
}

export interface PathwayStoreOptions {
  /** The idb-keyval store to use; tests pass a fake one. Called once, on first use. */
  open?: () => UseStore;
  /** Told once, the first time storage fails, with the reason. */
  onFailure?: (reason: string) => void;
  timeoutMs?: number;
}

/** A stored pathway made from an import: its counts read off the document. */
export function storedPathway(
  imported: PathwayImport,
  { key, fileName, importedAt }: { key: string; fileName: string; importedAt: Date },
): StoredPathway {
  return {
    key,
    name: imported.title,
    fileName,
    format: imported.format,
    ...(imported.version ? { version: imported.version } : {}),
    importedAt: importedAt.toISOString(),
    counts: {
      entities: imported.document.entities?.length ?? 0,
      relations: imported.document.relations?.length ?? 0,
      report: imported.report.length,
    },
    imported,
  };
}

/** What a stored value must look like to be used (an older or foreign entry is skipped, not trusted). */
export function asStoredPathway(value: unknown): StoredPathway | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<StoredPathway>;
  const formats: readonly string[] = PATHWAY_FORMATS;
  if (typeof v.key !== 'string' || typeof v.name !== 'string' || typeof v.importedAt !== 'string') return null;
  if (typeof v.format !== 'string' || !formats.includes(v.format)) return null;
  const imported = v.imported;
  if (typeof imported !== 'object' || imported === null || !Array.isArray(imported.report)) return null;
  if (typeof imported.document !== 'object' || imported.document === null) return null;
  return v as StoredPathway;
}

const byDate = (a: StoredPathway, b: StoredPathway) =>
  a.importedAt.localeCompare(b.importedAt) || a.key.localeCompare(b.key);

export function createPathwayStore(options: PathwayStoreOptions = {}): PathwayStore {
  const open = options.open ?? (() => createStore(PATHWAY_DATABASE_NAME, PATHWAY_STORE_NAME));
  const onFailure = options.onFailure ?? ((reason: string) => console.warn(reason));
  const timeoutMs = options.timeoutMs ?? STORAGE_TIMEOUT_MS;
  /** What this page saved or read, so pathways outlive a failed storage within the page. */
  const memory = new Map<string, StoredPathway>();
  const storage = guardedStorage(open, timeoutMs, onFailure);
  const attempt = storage.attempt;

  return {
    get persistent() {
      return storage.persistent;
    },
    async list() {
      const stored = (await attempt((s) => entries(s))) ?? [];
      for (const [, value] of stored) {
        const pathway = asStoredPathway(value);
        if (pathway && !memory.has(pathway.key)) memory.set(pathway.key, pathway);
      }
      return [...memory.values()].sort(byDate);
    },
    async save(pathway) {
      memory.set(pathway.key, pathway);
      await attempt((s) => set(pathway.key, pathway, s));
    },
    async remove(key) {
      memory.delete(key);
      await attempt((s) => del(key, s));
    },
  };
}
