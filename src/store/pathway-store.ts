/**
 * Imported pathways kept in the browser: one IndexedDB entry per pathway (idb-keyval, in a
 * database of its own, since idb-keyval opens one object store per database), holding the
 * imported document and its report (so a reload does not read the file again) with the
 * name the person gave it, the format, the date, counts, its colour and the file itself (so
 * it can be read again with alias suggestions applied). Nothing leaves the browser.
 *
 * What comes back is checked before it is used: the document is validated here, once (the
 * merge trusts it), entries an earlier version wrote as English sentences become `legacy`
 * entries shown as written, and a value that is no stored pathway is skipped.
 *
 * As for arrangements (./arrangement-store.ts), storage is a convenience: a missing,
 * throwing, refusing or silent IndexedDB turns persistence off for the page after one
 * report (here `onFailure`, which the app turns into a notice, since a person who opened a
 * pathway expects it to be there after a reload), and pathways then live in memory.
 */
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import {
  type AliasChoice,
  PATHWAY_FORMATS,
  type PathwayFormat,
  type PathwayImport,
  REPORT_ACTIONS,
  type ReportEntry,
} from '../io/pathway/pathway-import';
import { isReportCode, type ReportMessage, reportMessage } from '../io/pathway/report-messages';
import type { GraphDocument } from '../model/schema';
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
  /** The file as opened, kept so that it can be read again (alias suggestions applied or not). */
  source?: Blob;
  /** How its aliases were read; absent for pathways an earlier version stored (aliases applied then). */
  aliases?: AliasChoice;
  /** Its colour, an index into IMPORTED_COLOURS (src/style/pathway-colours.ts), kept as others come and go. */
  colour?: number;
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
  /** Loads the document check (default: the graph schema, loaded on demand); tests count the loads. */
  loadCheck?: () => Promise<DocumentCheck>;
}

/** A stored pathway made from an import: its counts read off the document. */
export function storedPathway(
  imported: PathwayImport,
  {
    key,
    fileName,
    importedAt,
    source,
    aliases,
    colour,
  }: { key: string; fileName: string; importedAt: Date; source?: Blob; aliases?: AliasChoice; colour?: number },
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
    ...(source ? { source } : {}),
    ...(aliases ? { aliases } : {}),
    ...(colour !== undefined ? { colour } : {}),
  };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** A stored message: a known code with parameters, else an earlier version's English sentence. */
function asMessage(value: Record<string, unknown>): ReportMessage | null {
  if (isReportCode(value.code) && isObject(value.params))
    return { code: value.code, params: value.params } as ReportMessage;
  return typeof value.message === 'string' ? reportMessage('legacy', { message: value.message }) : null;
}

function asReportEntry(value: unknown): ReportEntry | null {
  if (!isObject(value) || typeof value.position !== 'string') return null;
  const action = REPORT_ACTIONS.find((a) => a === value.action);
  const message = asMessage(value);
  if (!action || !message) return null;
  return {
    position: value.position,
    ...(typeof value.element === 'string' ? { element: value.element } : {}),
    action,
    ...message,
  };
}

function asAliasChoice(value: unknown): AliasChoice | undefined {
  if (value === 'suggest' || value === 'apply') return value;
  if (isObject(value) && Array.isArray(value.apply) && value.apply.every((l) => typeof l === 'string')) {
    return { apply: value.apply };
  }
  return undefined;
}

/** A stored document as the loader reads it (with the schema's defaults), or null when it would refuse it. */
export type DocumentCheck = (document: unknown) => GraphDocument | null;

/**
 * The graph schema's check, loaded when something stored is to be read: a visit with no
 * stored pathway never loads the validator (zod and the schemas) at all.
 */
export async function loadDocumentCheck(): Promise<DocumentCheck> {
  // zod's setting first, then the module that builds schemas (see src/zod-jitless.ts).
  await import('../zod-jitless');
  const { GraphDocumentSchema } = await import('../model/schema');
  return (document) => {
    const parsed = GraphDocumentSchema.safeParse(document);
    return parsed.success ? parsed.data : null;
  };
}

/**
 * What a stored value must look like to be used: an older or foreign entry is skipped, not
 * trusted, and the document is validated by `check` (the one check after the import's own).
 */
export function asStoredPathway(value: unknown, check: DocumentCheck): StoredPathway | null {
  if (!isObject(value)) return null;
  const v = value as Partial<StoredPathway>;
  const formats: readonly string[] = PATHWAY_FORMATS;
  if (typeof v.key !== 'string' || typeof v.name !== 'string' || typeof v.importedAt !== 'string') return null;
  if (typeof v.format !== 'string' || !formats.includes(v.format)) return null;
  const imported: unknown = v.imported;
  if (!isObject(imported) || !Array.isArray(imported.report) || typeof imported.title !== 'string') return null;
  const document = check(imported.document);
  if (!document) return null;
  const report = imported.report.map(asReportEntry);
  if (report.some((e) => e === null)) return null;
  const notes = Array.isArray(imported.formatNotes)
    ? imported.formatNotes.flatMap((n) => (isObject(n) ? (asMessage(n) ?? []) : []))
    : typeof imported.formatNote === 'string'
      ? [reportMessage('legacy', { message: imported.formatNote })]
      : [];
  const aliases = asAliasChoice(v.aliases);
  const colour = typeof v.colour === 'number' && Number.isInteger(v.colour) && v.colour >= 0 ? v.colour : undefined;
  return {
    key: v.key,
    name: v.name,
    fileName: typeof v.fileName === 'string' ? v.fileName : v.name,
    format: v.format as PathwayFormat,
    ...(typeof v.version === 'string' ? { version: v.version } : {}),
    importedAt: v.importedAt,
    counts: isObject(v.counts)
      ? (v.counts as StoredPathway['counts'])
      : {
          entities: document.entities?.length ?? 0,
          relations: document.relations?.length ?? 0,
          report: report.length,
        },
    imported: {
      format: v.format as PathwayFormat,
      ...(typeof imported.version === 'string' ? { version: imported.version } : {}),
      ...(notes.length > 0 ? { formatNotes: notes } : {}),
      title: imported.title,
      document,
      report: report.filter((e): e is ReportEntry => e !== null),
    },
    ...(typeof Blob !== 'undefined' && v.source instanceof Blob ? { source: v.source } : {}),
    ...(aliases ? { aliases } : {}),
    ...(colour !== undefined ? { colour } : {}),
  };
}

const byDate = (a: StoredPathway, b: StoredPathway) =>
  a.importedAt.localeCompare(b.importedAt) || a.key.localeCompare(b.key);

export function createPathwayStore(options: PathwayStoreOptions = {}): PathwayStore {
  const open = options.open ?? (() => createStore(PATHWAY_DATABASE_NAME, PATHWAY_STORE_NAME));
  const onFailure = options.onFailure ?? ((reason: string) => console.warn(reason));
  const timeoutMs = options.timeoutMs ?? STORAGE_TIMEOUT_MS;
  const loadCheck = options.loadCheck ?? loadDocumentCheck;
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
      // What this page already holds was checked when it came; only the rest is read and validated.
      const unread = stored.filter(([key]) => !(typeof key === 'string' && memory.has(key)));
      const check = unread.length > 0 ? await loadCheck() : null;
      for (const [key, value] of unread) {
        const pathway = check && asStoredPathway(value, check);
        if (pathway && !memory.has(pathway.key)) memory.set(pathway.key, pathway);
        else if (!pathway)
          console.warn(`imported pathway ${String(key)}: stored value is not a pathway this version reads; skipped`);
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
