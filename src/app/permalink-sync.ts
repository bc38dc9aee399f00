/** Keeps the address bar in step with the store, so every view is a link. */
import { useEffect } from 'react';
import { writePermalink } from '../store/permalink';
import { useAppContext } from './context';

export function usePermalinkSync() {
  const { store } = useAppContext();
  useEffect(() => {
    let last = '';
    const write = () => {
      const query = writePermalink(store.getState());
      if (query === last) return;
      last = query;
      window.history.replaceState(null, '', `${window.location.pathname}${query}${window.location.hash}`);
    };
    write();
    return store.subscribe(write);
  }, [store]);
}
