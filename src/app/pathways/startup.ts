/**
 * The imported pathways a visit starts with. The page waits for IndexedDB at most
 * STARTUP_WAIT_MS (a link may name an imported view, so the list is wanted before the link
 * is read); a slower answer still arrives, through `late`, and the views appear then.
 */
import type { NoticeText } from '../../store/notices';
import type { PathwayStore, StoredPathway } from '../../store/pathway-store';

export const STARTUP_WAIT_MS = 3000;

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

/** The list once late pathways arrive: theirs first (older), then any opened meanwhile. */
export function withLatePathways(current: readonly StoredPathway[], late: readonly StoredPathway[]): StoredPathway[] {
  const known = new Set(late.map((p) => p.key));
  return [...late, ...current.filter((p) => !known.has(p.key))];
}
