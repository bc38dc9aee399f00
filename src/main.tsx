import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppProvider } from './app/context';
import { type Loaded, loadBundled } from './data/bundled-graphs';
import { readPermalink } from './store/permalink';
import { createAppStore } from './store/store';
import { therapyColourScale } from './style/palette';
import { WORKER_ABOVE, warmLayoutWorkers } from './view/layout-async';
import './styles.css';

/** Renders the app on a loaded knowledge base (the bundled one, or a benchmark graph). */
export function start({ kb, stories: storyList, problems, layouts = [] }: Loaded) {
  for (const p of problems) if (p.severity === 'error') console.warn(`${p.file}: ${p.path}: ${p.message}`);
  const stories = new Map(storyList.map((s) => [s.id, s]));
  const lengths = new Map(storyList.map((s) => [s.id, s.steps.length]));
  const { state, notices } = readPermalink(window.location.search, kb, lengths);
  const store = createAppStore(state);
  for (const notice of notices) store.getState().notify(notice);
  const colours = therapyColourScale(kb.therapies.map((t) => t.id));
  // A large graph will be laid out in workers: let them load while React renders.
  if (kb.entities.length > WORKER_ABOVE) warmLayoutWorkers();

  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <AppProvider value={{ kb, stories, problems, store, colours, layouts }}>
        <App />
      </AppProvider>
    </StrictMode>,
  );
}

const bench = new URLSearchParams(window.location.search).get('bench');
if (bench === null) start(loadBundled());
// Benchmark only (`npm run bench`): a generated graph, from chunks normal visitors never load.
else
  import('./data/bench-graph')
    .then((m) => m.loadBenchKnowledgeBase(window.location.search))
    .then(start)
    .catch((error) => console.error(error));
