/**
 * Provides the knowledge base the app draws, "bundled + imported pathways", computed once
 * per change of the pathway list (../derive/pathways.ts), with each imported view in its
 * own kept colour, and the pathway session (open, rename, remove) to the panels that need it.
 */
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { useStore } from 'zustand';
import type { KnowledgeBase } from '../../model/knowledge-base';
import type { CuratedLayout } from '../../model/layout-file';
import type { Problem } from '../../model/problems';
import type { Story } from '../../model/story';
import type { AppStore } from '../../store/store';
import { atlasColours } from '../../style/pathway-colours';
import { AppProvider } from '../context';
import { type PathwayViews, pathwayViews } from '../derive/pathways';
import { colourOf, type PathwaySession } from './pathway-session';

interface PathwayContextValue {
  session: PathwaySession;
  views: PathwayViews;
}

const PathwayContext = createContext<PathwayContextValue | null>(null);

export function usePathways(): PathwayContextValue {
  const value = useContext(PathwayContext);
  if (!value) throw new Error('usePathways outside PathwayAtlas');
  return value;
}

export interface PathwayAtlasProps {
  base: KnowledgeBase;
  store: AppStore;
  session: PathwaySession;
  stories: ReadonlyMap<string, Story>;
  problems: Problem[];
  layouts?: readonly CuratedLayout[];
  children: ReactNode;
}

export function PathwayAtlas({ base, store, session, stories, problems, layouts, children }: PathwayAtlasProps) {
  const pathways = useStore(store, (s) => s.pathways);
  const views = useMemo(() => pathwayViews(base, pathways), [base, pathways]);
  const colours = useMemo(() => {
    const byView = new Map<string, number>();
    for (const p of pathways) {
      const view = views.viewOf.get(p.key);
      if (view) byView.set(view, colourOf(p));
    }
    return atlasColours(
      base.therapies.map((t) => t.id),
      byView,
    );
  }, [base, views, pathways]);
  const app = useMemo(
    () => ({ kb: views.kb, stories, problems, store, colours, layouts }),
    [views, stories, problems, store, colours, layouts],
  );
  const pathwayValue = useMemo(() => ({ session, views }), [session, views]);
  return (
    <PathwayContext.Provider value={pathwayValue}>
      <AppProvider value={app}>{children}</AppProvider>
    </PathwayContext.Provider>
  );
}
