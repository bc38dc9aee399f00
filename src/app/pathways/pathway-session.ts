/**
 * What the app does with imported pathways: open a file (read in a worker, kept in
 * IndexedDB with the file itself, shown as a view beside the therapies, its report
 * opened), read it again with alias suggestions applied (or not), rename, remove (with an
 * Undo that puts it back, stored entry included), and read them back at startup. The store
 * holds the list; the knowledge base the app draws is derived from it
 * (../derive/pathways.ts). A file that cannot be read changes nothing and says why in a
 * notice; a store that cannot keep pathways says so once.
 */
import { reportText } from '../../i18n/pathway-report-strings';
import type { AliasChoice, PathwayImport } from '../../io/pathway/pathway-import';
import type { KnowledgeBase } from '../../model/knowledge-base';
import type { NoticeText } from '../../store/notices';
import type { PathwayStore, StoredPathway } from '../../store/pathway-store';
import { storedPathway } from '../../store/pathway-store';
import type { AppStore } from '../../store/store';
import { keyColour, nextPathwayColour } from '../../style/pathway-colours';
import { pathwayViews } from '../derive/pathways';
import { type ImportTask, readPathwayFile } from './read-pathway-file';

/** A pathway just removed, and where it was: what Undo needs to put it back. */
export interface RemovedPathway {
  pathway: StoredPathway;
  /** Its place in the list (the order views are numbered in). */
  index: number;
  /** Where its view was among the chosen ones, or null if it was not chosen. */
  chosenAt: number | null;
}

export interface PathwaySession {
  open: (file: File) => Promise<void>;
  /**
   * Reads the pathway's kept file again, its aliases read as `aliases` says (applied, only
   * suggested, or applied for some labels), keeps the result and says what changed (in a
   * notice, and returned for the report dialog, which covers the notices).
   */
  readAliases: (key: string, aliases: AliasChoice) => Promise<NoticeText | null>;
  rename: (key: string, name: string) => Promise<void>;
  /** Removes it, with a notice whose Undo restores it. */
  remove: (key: string) => Promise<void>;
  restore: (removed: RemovedPathway) => Promise<void>;
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

/** A pathway's colour: its own, or (stored before colours were) the one its key gives. */
export const colourOf = (pathway: StoredPathway) => pathway.colour ?? keyColour(pathway.key);

const suggestionsOf = (imported: PathwayImport) => imported.report.filter((e) => e.code === 'alias-suggested');

/** "erk → EPHB2, akt → AKT1" for the aliases an import applied. */
function appliedList(imported: PathwayImport, sep: string): string {
  return imported.report
    .flatMap((e) => (e.code === 'alias-applied' ? [`${e.params.label} → ${e.params.symbol}`] : []))
    .join(sep);
}

/** The chosen views after the list changed: a view whose id the merge renumbered stays chosen under its new id. */
function followViews(
  base: KnowledgeBase,
  before: readonly StoredPathway[],
  after: readonly StoredPathway[],
  therapies: readonly string[],
): string[] {
  const was = pathwayViews(base, before).viewOf;
  const now = pathwayViews(base, after).viewOf;
  const moved = new Map([...was].flatMap(([k, id]) => (now.has(k) ? [[id, now.get(k) ?? id]] : [])));
  const gone = new Set([...was].flatMap(([k, id]) => (now.has(k) ? [] : [id])));
  return therapies.filter((t) => !gone.has(t)).map((t) => moved.get(t) ?? t);
}

export function createPathwaySession(options: SessionOptions): PathwaySession {
  const { store, base, pathways } = options;
  const read = options.read ?? readPathwayFile;
  const now = options.now ?? (() => new Date());
  const newKey = options.newKey ?? randomKey;
  let running: ImportTask | null = null;

  /** Runs a reading task with progress; the import, or null when it failed (said in a notice) or was replaced. */
  async function reading(file: File, aliases: AliasChoice): Promise<PathwayImport | null> {
    running?.cancel();
    store.getState().setPathwayProgress({ fileName: file.name, fraction: 0, stage: 'reading the file' });
    const task = read(
      file,
      ({ fraction, stage }) => store.getState().setPathwayProgress({ fileName: file.name, fraction, stage }),
      { aliases },
    );
    running = task;
    try {
      const imported = await task.result;
      return running === task ? imported : null;
    } catch (error) {
      if (running !== task) return null;
      const message = error instanceof Error ? error.message : String(error);
      store.getState().notify({
        en: `Could not open ${file.name}: ${message}. Nothing was imported; the view is unchanged.`,
        zh: `无法打开 ${file.name}：${message}。未导入任何内容，当前视图未改变。`,
        level: 'error',
      });
      return null;
    } finally {
      if (running === task) {
        running = null;
        store.getState().setPathwayProgress(null);
      }
    }
  }

  /** Replaces the list, keeping the chosen views and dropping a selection whose element is gone. */
  function setList(next: StoredPathway[], therapies?: string[]) {
    const state = store.getState();
    const chosen = therapies ?? followViews(base, state.pathways, next, state.therapies);
    state.setPathways(next);
    state.setTherapies(chosen);
    const kb = pathwayViews(base, next).kb;
    const { selection } = state;
    const lookup = { entity: kb.entityById, relation: kb.relationById, mechanism: kb.mechanismById } as const;
    if (selection && !lookup[selection.kind].has(selection.id)) state.select(null);
  }

  const kept = () => (pathways.persistent ? { en: 'kept in this browser', zh: '已保存在此浏览器中' } : null);

  const session: PathwaySession = {
    async open(file) {
      const imported = await reading(file, 'suggest');
      if (!imported) return;
      const current = store.getState().pathways;
      const pathway = storedPathway(imported, {
        key: newKey(),
        fileName: file.name,
        importedAt: now(),
        source: file,
        aliases: 'suggest',
        colour: nextPathwayColour(current.map(colourOf)),
      });
      const next = [...current, pathway];
      const view = pathwayViews(base, next).viewOf.get(pathway.key);
      const state = store.getState();
      // Its view is chosen, after those already chosen.
      setList(next, view ? [...state.therapies.filter((t) => t !== view), view] : undefined);
      state.showPathwayReport(pathway.key);
      const { entities, relations, report } = pathway.counts;
      const notes = imported.formatNotes ?? [];
      const note = (language: 'en' | 'zh') =>
        notes.length > 0 ? ` (${notes.map((n) => reportText(n, language)).join(language === 'en' ? '; ' : '；')})` : '';
      const suggested = suggestionsOf(imported).length;
      state.notify({
        en: `Opened ${file.name} as “${pathway.name}”: ${entities} entities, ${relations} relations, ${report} report entries${note('en')}.${suggested > 0 ? ` ${suggested} alias suggestions were not applied (see the report).` : ''}`,
        zh: `已打开 ${file.name}（“${pathway.name}”）：${entities} 个实体、${relations} 条关系、${report} 条报告${note('zh')}。${suggested > 0 ? `${suggested} 条别名建议未采用（见报告）。` : ''}`,
      });
      await pathways.save(pathway);
    },

    async readAliases(key, aliases) {
      const pathway = store.getState().pathways.find((p) => p.key === key);
      if (!pathway) return null;
      if (!pathway.source) {
        const said: NoticeText = {
          en: `The file of “${pathway.name}” is not kept in this browser (it was opened by an earlier version): open ${pathway.fileName} again to choose how its aliases are read.`,
          zh: `此浏览器未保存“${pathway.name}”的文件（由较早的版本打开）：请重新打开 ${pathway.fileName} 以选择如何读取其别名。`,
          level: 'warning',
        };
        store.getState().notify(said);
        return said;
      }
      const file = new File([pathway.source], pathway.fileName);
      const imported = await reading(file, aliases);
      if (!imported) return null;
      // The person's name, date, colour and file stay; what was read is new.
      const again: StoredPathway = {
        ...storedPathway(imported, {
          key,
          fileName: pathway.fileName,
          importedAt: new Date(pathway.importedAt),
          source: pathway.source,
          aliases,
          ...(pathway.colour !== undefined ? { colour: pathway.colour } : {}),
        }),
        name: pathway.name,
      };
      const current = store.getState().pathways;
      setList(current.map((p) => (p.key === key ? again : p)));
      const applied = imported.report.filter((e) => e.code === 'alias-applied').length;
      const left = suggestionsOf(imported).length;
      const where = kept();
      const said: NoticeText =
        applied > 0
          ? {
              en: `Read “${pathway.name}” again with ${applied} alias suggestion${applied > 1 ? 's' : ''} applied (${appliedList(imported, ', ')})${left > 0 ? `; ${left} left as written` : ''}; ${where ? where.en : 'kept for this visit'}.`,
              zh: `已重新读取“${pathway.name}”，采用了 ${applied} 条别名建议（${appliedList(imported, '，')}）${left > 0 ? `；${left} 条保留原样` : ''}；${where ? where.zh : '本次访问内有效'}。`,
            }
          : {
              en: `Read “${pathway.name}” again with every label kept as written (${left} alias suggestion${left === 1 ? '' : 's'} not applied); ${where ? where.en : 'kept for this visit'}.`,
              zh: `已重新读取“${pathway.name}”，所有标签保留原样（${left} 条别名建议未采用）；${where ? where.zh : '本次访问内有效'}。`,
            };
      store.getState().notify(said);
      await pathways.save(again);
      return said;
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
      const index = state.pathways.findIndex((p) => p.key === key);
      const pathway = state.pathways[index];
      if (!pathway) return;
      const view = pathwayViews(base, state.pathways).viewOf.get(key);
      const at = view === undefined ? -1 : state.therapies.indexOf(view);
      const removed: RemovedPathway = { pathway, index, chosenAt: at >= 0 ? at : null };
      // Views after it may be renumbered by the merge: the chosen ones stay chosen.
      setList(state.pathways.filter((p) => p.key !== key));
      if (state.pathwayReport === key) state.showPathwayReport(null);
      state.notify({
        en: `Removed “${pathway.name}” from this browser.`,
        zh: `已从此浏览器中移除“${pathway.name}”。`,
        action: {
          text: { en: 'Undo', zh: '撤销' },
          label: { en: `Undo removing “${pathway.name}”`, zh: `撤销移除“${pathway.name}”` },
          run: () => void session.restore(removed),
          focus: true,
        },
      });
      await pathways.remove(key);
    },

    async restore({ pathway, index, chosenAt }) {
      const state = store.getState();
      if (state.pathways.some((p) => p.key === pathway.key)) return;
      const next = [...state.pathways];
      next.splice(Math.min(index, next.length), 0, pathway);
      const therapies = followViews(base, state.pathways, next, state.therapies);
      const view = pathwayViews(base, next).viewOf.get(pathway.key);
      // Chosen again where it was among the chosen views.
      if (chosenAt !== null && view && !therapies.includes(view)) therapies.splice(chosenAt, 0, view);
      setList(next, therapies);
      state.notify({
        en: `Restored “${pathway.name}”.`,
        zh: `已恢复“${pathway.name}”。`,
      });
      await pathways.save(pathway);
    },
  };
  return session;
}
