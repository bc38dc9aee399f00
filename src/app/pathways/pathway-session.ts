/**
 * What the app does with imported pathways: open a file (read in a worker, kept in
 * IndexedDB, shown as a view beside the therapies, its report opened), rename, remove,
 * and read them back at startup. The store holds the list; the knowledge base the app
 * draws is derived from it (../derive/pathways.ts). A file that cannot be read changes
 * nothing and says why in a notice; a store that cannot keep pathways says so once.
 */
import type { KnowledgeBase } from '../../model/knowledge-base';
import type { PathwayStore, StoredPathway } from '../../store/pathway-store';
import { storedPathway } from '../../store/pathway-store';
import type { AppStore } from '../../store/store';
import { pathwayViews } from '../derive/pathways';
import { type ImportTask, readPathwayFile } from './read-pathway-file';

export interface PathwaySession {
  open: (file: File) => Promise<void>;
  rename: (key: string, name: string) => Promise<void>;
  remove: (key: string) => Promise<void>;
}

export interface SessionOptions {
  store: AppStore;
  base: KnowledgeBase;
  pathways: PathwayStore;
  /** Reads a file into an import (default: in a worker); tests pass the pure reader. */
  read?: typeof readPathwayFile;
  now?: () => Date;
  newKey?: () => string;
}

/** The notice for storage that failed: pathways stay for this visit only. */
export function storageFailedNotice(reason: string) {
  return {
    en: `Imported pathways cannot be kept in this browser (${reason}); they stay until the page is closed.`,
    zh: `此浏览器无法保存导入的通路（${reason}）；关闭页面前仍可使用。`,
    level: 'warning' as const,
  };
}

const randomKey = () =>
  globalThis.crypto?.randomUUID?.() ?? `p-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

export function createPathwaySession(options: SessionOptions): PathwaySession {
  const { store, base, pathways } = options;
  const read = options.read ?? readPathwayFile;
  const now = options.now ?? (() => new Date());
  const newKey = options.newKey ?? randomKey;
  let running: ImportTask | null = null;

  return {
    async open(file) {
      const app = store.getState();
      // A newer file replaces one still being read.
      running?.cancel();
      app.setPathwayProgress({ fileName: file.name, fraction: 0, stage: 'reading the file' });
      const task = read(file, ({ fraction, stage }) =>
        store.getState().setPathwayProgress({ fileName: file.name, fraction, stage }),
      );
      running = task;
      try {
        const imported = await task.result;
        if (running !== task) return;
        const pathway = storedPathway(imported, { key: newKey(), fileName: file.name, importedAt: now() });
        const next = [...store.getState().pathways, pathway];
        const view = pathwayViews(base, next).viewOf.get(pathway.key);
        store.getState().setPathways(next);
        const state = store.getState();
        if (view) state.setTherapies([...state.therapies.filter((t) => t !== view), view]);
        state.showPathwayReport(pathway.key);
        const { entities, relations, report } = pathway.counts;
        const note = imported.formatNote ? ` (${imported.formatNote})` : '';
        state.notify({
          en: `Opened ${file.name} as “${pathway.name}”: ${entities} entities, ${relations} relations, ${report} report entries${note}.`,
          zh: `已打开 ${file.name}（“${pathway.name}”）：${entities} 个实体、${relations} 条关系、${report} 条报告${note}。`,
        });
        await pathways.save(pathway);
      } catch (error) {
        if (running !== task) return;
        const message = error instanceof Error ? error.message : String(error);
        store.getState().notify({
          en: `Could not open ${file.name}: ${message}. Nothing was imported; the view is unchanged.`,
          zh: `无法打开 ${file.name}：${message}。未导入任何内容，当前视图未改变。`,
          level: 'error',
        });
      } finally {
        if (running === task) {
          running = null;
          store.getState().setPathwayProgress(null);
        }
      }
    },
    async rename(key, name) {
      const trimmed = name.trim();
      const current = store.getState().pathways;
      const pathway = current.find((p) => p.key === key);
      if (!pathway || !trimmed || trimmed === pathway.name) return;
      const renamed: StoredPathway = { ...pathway, name: trimmed };
      store.getState().setPathways(current.map((p) => (p.key === key ? renamed : p)));
      await pathways.save(renamed);
    },
    async remove(key) {
      const state = store.getState();
      const view = pathwayViews(base, state.pathways).viewOf.get(key);
      const next = state.pathways.filter((p) => p.key !== key);
      if (next.length === state.pathways.length) return;
      // Views after it may be renumbered by the merge: keep the chosen ones chosen.
      const before = pathwayViews(base, state.pathways).viewOf;
      const after = pathwayViews(base, next).viewOf;
      const moved = new Map([...before].flatMap(([k, id]) => (after.has(k) ? [[id, after.get(k) ?? id]] : [])));
      const therapies = state.therapies.filter((t) => t !== view).map((t) => moved.get(t) ?? t);
      state.setPathways(next);
      state.setTherapies(therapies);
      if (state.pathwayReport === key) state.showPathwayReport(null);
      // A selection of the removed pathway's own elements goes with it.
      const kb = pathwayViews(base, next).kb;
      const { selection } = state;
      const lookup = { entity: kb.entityById, relation: kb.relationById, mechanism: kb.mechanismById } as const;
      if (selection && !lookup[selection.kind].has(selection.id)) state.select(null);
      await pathways.remove(key);
    },
  };
}
