import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppProvider } from './app/context';
import { loadBundledKnowledgeBase } from './data/bundled-graphs';
import { readPermalink } from './store/permalink';
import { createAppStore } from './store/store';
import { therapyColourScale } from './style/palette';
import './styles.css';

const { kb, problems } = loadBundledKnowledgeBase();
for (const p of problems) if (p.severity === 'error') console.warn(`${p.file}: ${p.path}: ${p.message}`);
const { state, notices } = readPermalink(window.location.search, kb);
const store = createAppStore(state);
for (const notice of notices) store.getState().notify(notice);
const colours = therapyColourScale(kb.therapies.map((t) => t.id));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <AppProvider value={{ kb, problems, store, colours }}>
      <App />
    </AppProvider>
  </StrictMode>,
);
