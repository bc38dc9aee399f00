/**
 * The imported pathways a visit starts with. The first diagram does not wait for the
 * browser's store (IndexedDB can take a while to open, or never answer): the app starts
 * with the bundled atlas and the stored pathways join when the store answers. Only a link
 * that names something the bundled atlas lacks (it may be an imported view, entity or
 * relation) is worth waiting for: then the page waits at most STARTUP_WAIT_MS, and a
 * slower answer still arrives through `late`.
 */
import type { NoticeText } from '../../store/notices';
import type { PathwayStore, StoredPathway } from '../../store/pathway-store';

export const STARTUP_WAIT_MS = 3000;

/**
 * The stored pathways, waiting for them at most `waitMs`. After that the visit starts
 * without them, a notice says so, and `late` receives them when the store answers.
 */
export async function startupPathways(
  store: PathwayStore,
  tell: (notice: NoticeText) => void,
  late: (pathways: StoredPathway[]) => void = () => {},
  waitMs = STARTUP_WAIT_MS,
): Promise<StoredPathway[]> {
  let timedOut = false;
  const listed = store.list().then((pathways) => {
    if (timedOut && pathways.length > 0) late(pathways);
    return pathways;
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), waitMs);
  });
  const first = await Promise.race([listed, timeout]);
  clearTimeout(timer);
  if (first) return first;
  timedOut = true;
  tell({
    en: `The browser's store of imported pathways has not answered within ${waitMs / 1000} s; they will appear when it does.`,
    zh: `浏览器中导入通路的存储在 ${waitMs / 1000} 秒内未响应；响应后通路将会出现。`,
    level: 'warning',
  });
  return [];
}

/**
 * The pathways to start with: none at once when the link does not need them (they are
 * handed to `late` when the store answers, if there are any), else `startupPathways`.
 */
export function pathwaysAtStart(
  store: PathwayStore,
  linkNeedsThem: boolean,
  tell: (notice: NoticeText) => void,
  late: (pathways: StoredPathway[]) => void,
  waitMs = STARTUP_WAIT_MS,
): StoredPathway[] | Promise<StoredPathway[]> {
  if (linkNeedsThem) return startupPathways(store, tell, late, waitMs);
  // The store reports its own failures (once, through its onFailure); nothing to add here.
  void store.list().then((pathways) => {
    if (pathways.length > 0) late(pathways);
  });
  return [];
}

/** The list once late pathways arrive: theirs first (older), then any opened meanwhile. */
export function withLatePathways(current: readonly StoredPathway[], late: readonly StoredPathway[]): StoredPathway[] {
  const known = new Set(late.map((p) => p.key));
  return [...late, ...current.filter((p) => !known.has(p.key))];
}
