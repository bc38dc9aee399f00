/**
 * Keeps the address bar and the browser's history in step with the store, so every view is
 * a link and Back/Forward walk through the views a person made: each change (or burst of
 * changes, see ./history.ts) is an entry; on popstate the address is read back with the
 * same reader a shared link goes through and applied to the store without a new entry.
 */
import { useEffect } from 'react';
import { readPermalink, writePermalink } from '../store/permalink';
import { useApp, useAppContext } from './context';
import { type HistoryMemory, historyAction, nextMemory } from './history';
import { viewTitle } from './view-title';

export function usePermalinkSync() {
  const { store, kb, stories } = useAppContext();
  useEffect(() => {
    const lengths = new Map([...stories].map(([id, story]) => [id, story.steps.length]));
    let memory: HistoryMemory | null = null;
    let restoring = false;
    const write = () => {
      const input = { previous: memory, query: writePermalink(store.getState()), now: performance.now(), restoring };
      const action = historyAction(input);
      memory = nextMemory(input, action);
      if (action === 'none') return;
      const url = `${window.location.pathname}${input.query}${window.location.hash}`;
      if (action === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    };
    const restore = () => {
      const { state, notices } = readPermalink(window.location.search, kb, lengths);
      restoring = true;
      try {
        store.getState().applyView(state);
        for (const notice of notices) store.getState().notify(notice);
        // Tidies the address if the entry's query was not in the form the app writes.
        write();
      } finally {
        restoring = false;
      }
    };
    write();
    window.addEventListener('popstate', restore);
    const unsubscribe = store.subscribe(write);
    return () => {
      window.removeEventListener('popstate', restore);
      unsubscribe();
    };
  }, [store, kb, stories]);
}

/**
 * Names the view in the page title. An effect of the App component, so it runs after its
 * children's effects in the same commit and has the last word.
 */
export function useViewTitle() {
  const { kb, stories } = useAppContext();
  const language = useApp((s) => s.language);
  const therapies = useApp((s) => s.therapies);
  const selection = useApp((s) => s.selection);
  const story = useApp((s) => s.story);
  useEffect(() => {
    document.title = viewTitle({ language, therapies, selection, story }, kb, stories);
  }, [kb, stories, language, therapies, selection, story]);
}
