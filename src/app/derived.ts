/**
 * Derived view data, read through one hook at the top of the app (App) and passed down:
 * each piece is computed by a pure function in ./derive once per change of its inputs,
 * never stored. The therapy-level graph drives layout; the filtered graph drives what is
 * visible; selection, paths, the chosen intersection and the story step drive highlighting.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { PathResult, SubGraph } from '../model/query';
import { selectFilters } from '../store/selectors';
import type { Highlight } from '../view/CytoscapeView';
import { useApp, useAppContext } from './context';
import { shownTherapies, therapyGraph, visibleGraph, visiblePaths } from './derive/graph';
import { compareHighlight, enrichmentHighlight, highlightFor } from './derive/highlight';
import { type StoryView, storyFullGraph, storyView } from './derive/story';

export type { StoryView } from './derive/story';

export interface DerivedView {
  story: StoryView | null;
  therapyGraph: SubGraph;
  visible: SubGraph;
  shownTherapies: ReadonlySet<string>;
  paths: PathResult | null;
  /** Entities of the chosen intersection while the shared-genes view is open. */
  compared: ReadonlySet<string> | null;
  highlight: Highlight | null;
}

/** Everything the diagram and panels derive from the store; call it once, in App. */
export function useDerivedView(): DerivedView {
  const { kb, stories } = useAppContext();
  const s = useApp(
    useShallow((s) => ({
      story: s.story,
      therapies: s.therapies,
      withComponents: s.withComponents,
      ...selectFilters(s),
      selection: s.selection,
      pathFrom: s.pathFrom,
      pathTo: s.pathTo,
      panel: s.panel,
      compareSet: s.compareSet,
      compareScope: s.compareScope,
      enrichmentChoice: s.enrichmentChoice,
    })),
  );
  const openStory = s.story ? stories.get(s.story.id) : undefined;
  const openStep = s.story?.step ?? 0;
  // Laid out once per story, so stepping never moves nodes.
  const full = useMemo(() => (openStory ? storyFullGraph(kb, openStory) : null), [kb, openStory]);
  const story = useMemo(
    () => (openStory && full ? storyView(kb, openStory, openStep, full) : null),
    [kb, openStory, openStep, full],
  );
  const { therapies, withComponents, categories, entityTypes, evidence, certainty, steps, selection } = s;
  const base = useMemo(
    () => therapyGraph(kb, { therapies, withComponents }, story),
    [kb, therapies, withComponents, story],
  );
  const visible = useMemo(
    () =>
      visibleGraph(
        kb,
        { therapies, withComponents, categories, entityTypes, evidence, certainty, steps, selection },
        base,
        story,
      ),
    [kb, therapies, withComponents, categories, entityTypes, evidence, certainty, steps, selection, base, story],
  );
  // Keyed on the story's therapies, not its step: colours do not change between steps.
  const storyTherapies = story?.story.therapies;
  const shown = useMemo(
    () => shownTherapies(kb, { therapies, withComponents }, storyTherapies),
    [kb, therapies, withComponents, storyTherapies],
  );
  const paths = useMemo(() => visiblePaths(visible, s.pathFrom, s.pathTo), [visible, s.pathFrom, s.pathTo]);
  const { panel, compareSet, compareScope, enrichmentChoice } = s;
  // The Compare tab's chosen set, or the Enrichment tab's opened result: one tab is open at a time.
  const compared = useMemo(
    () =>
      compareHighlight(kb, { panel, compareSet, therapies, compareScope }) ??
      enrichmentHighlight(panel, enrichmentChoice),
    [kb, panel, compareSet, therapies, compareScope, enrichmentChoice],
  );
  const highlight = useMemo(
    () => highlightFor(kb, { selection, visible, paths, compared, story }),
    [kb, selection, visible, paths, compared, story],
  );
  return { story, therapyGraph: base, visible, shownTherapies: shown, paths, compared, highlight };
}
