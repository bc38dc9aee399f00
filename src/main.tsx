import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { pathwayViews } from './app/derive/pathways';
import { OverlayProvider } from './app/overlay/overlay-context';
import { PathwayAtlas } from './app/pathways/PathwayAtlas';
import { createPathwaySession, storageFailedNotice } from './app/pathways/pathway-session';
import { pathwaysAtStart, withLatePathways } from './app/pathways/startup';
import { type Loaded, loadBundled } from './data/bundled-graphs';
import type { NoticeText } from './store/notices';
import { createPathwayStore, type StoredPathway } from './store/pathway-store';
import { readPermalink } from './store/permalink';
import { loadPrefs } from './store/prefs';
import { type AppStore, createAppStore } from './store/store';
import { WORKER_ABOVE, warmLayoutWorkers } from './view/layout';
import './styles.css';

/** Renders the app on a loaded knowledge base (the bundled one, or a benchmark graph). */
export async function start({ kb: base, stories: storyList, problems, layouts = [] }: Loaded) {
  for (const p of problems) if (p.severity === 'error') console.warn(`${p.file}: ${p.path}: ${p.message}`);
  const stories = new Map(storyList.map((s) => [s.id, s]));
  const lengths = new Map(storyList.map((s) => [s.id, s.steps.length]));
  let app: AppStore | null = null;
  const early: NoticeText[] = [];
  const tell = (notice: NoticeText) => (app ? app.getState().notify(notice) : early.push(notice));
  const pathwayStore = createPathwayStore({ onFailure: (reason) => tell(storageFailedNotice(reason)) });
  // The first diagram does not wait for IndexedDB, unless the link names something the
  // bundled atlas lacks: an imported view, entity or relation, which only the store knows.
  const bundledReading = readPermalink(window.location.search, base, lengths);
  // Pathways that arrive before the store below exists wait for it.
  let arrived: StoredPathway[] = [];
  const late = (list: StoredPathway[]) => {
    if (!app) arrived = list;
    else app.getState().setPathways(withLatePathways(app.getState().pathways, list));
  };
  const pathways = await pathwaysAtStart(pathwayStore, bundledReading.notices.length > 0, tell, late);
  const kb = pathwayViews(base, pathways).kb;
  const { state, notices } = pathways.length > 0 ? readPermalink(window.location.search, kb, lengths) : bundledReading;
  // Read (and, when unreadable, cleared) before the store exists, so it starts with them.
  const prefs = loadPrefs();
  const store = createAppStore(state, { prefs: prefs.prefs, pathways });
  app = store;
  if (arrived.length > 0) late(arrived);
  for (const notice of [...early, ...notices]) store.getState().notify(notice);
  if (prefs.notice) store.getState().notify(prefs.notice);
  const session = createPathwaySession({ store, base, pathways: pathwayStore });
  // A large graph will be laid out in workers: let them load while React renders.
  if (kb.entities.length > WORKER_ABOVE) warmLayoutWorkers();

  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <PathwayAtlas base={base} store={store} session={session} stories={stories} problems={problems} layouts={layouts}>
        <OverlayProvider>
          <App />
        </OverlayProvider>
      </PathwayAtlas>
    </StrictMode>,
  );
}

/**
 * The benchmark mode exists only in a build made for it (`vite build --mode bench`, which
 * `npm run bench` runs): Vite replaces `import.meta.env.MODE` by the mode's name, so in the
 * product's build the condition is the constant false and the bundler drops the import: the
 * app never loads the generator. There, `?bench=` is an unknown link parameter like any
 * other, with a notice.
 */
const bench = import.meta.env.MODE === 'bench' ? new URLSearchParams(window.location.search).get('bench') : null;
if (bench === null) start(loadBundled()).catch((error: unknown) => console.error(error));
else
  import('./data/bench-graph')
    .then((m) => m.loadBenchKnowledgeBase(window.location.search))
    .then(start)
    .catch((error: unknown) => {
      // A benchmark page that cannot start says why on the page, not only in the console.
      const root = document.getElementById('root');
      const message = error instanceof Error ? error.message : String(error);
      if (root) root.textContent = `Benchmark mode: ${message}`;
      console.error(error);
    });
