/** What every component reads: the knowledge base, the one store, therapy colours, strings. */
import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';
import { STRINGS, type StringKey } from '../i18n/strings';
import type { KnowledgeBase } from '../model/knowledge-base';
import type { CuratedLayout } from '../model/layout-file';
import type { Problem } from '../model/problems';
import type { Story } from '../model/story';
import type { AppActions, AppState, AppStore } from '../store/store';
import type { TherapyColours } from '../style/palette';

export interface AppContextValue {
  kb: KnowledgeBase;
  stories: ReadonlyMap<string, Story>;
  problems: Problem[];
  store: AppStore;
  colours: TherapyColours;
  /** Curated arrangements of views: a view's default when the browser has none stored. */
  layouts?: readonly CuratedLayout[];
}

const Context = createContext<AppContextValue | null>(null);

export function AppProvider({ value, children }: { value: AppContextValue; children: ReactNode }) {
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useAppContext(): AppContextValue {
  const value = useContext(Context);
  if (!value) throw new Error('useAppContext outside AppProvider');
  return value;
}

export function useApp<T>(selector: (state: AppState & AppActions) => T): T {
  return useStore(useAppContext().store, selector);
}

export function useT(): (key: StringKey) => string {
  const language = useApp((s) => s.language);
  return (key) => STRINGS[language][key];
}
