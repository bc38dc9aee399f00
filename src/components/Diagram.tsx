/** The diagram area: toolbar, the Cytoscape view, and a sentence instead of a blank canvas. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useApp, useAppContext, useT } from '../app/context';
import type { StoryView } from '../app/derived';
import { useOverlay } from '../app/overlay/overlay-context';
import { LAYOUT_DIRECTIONS } from '../model/arrangement';
import type { SubGraph } from '../model/query';
import { entityLabel } from '../model/text';
import { selectFilters } from '../store/selectors';
import type { Highlight } from '../view/CytoscapeView';
import { CytoscapeView, LARGE_DRAWING } from '../view/CytoscapeView';
import { buildElements, countNodes } from '../view/cy-elements';
import type { LayoutProgress } from '../view/layout';
import { measureLabel } from '../view/measure';
import { ArrangementControls, useArrangement } from './ArrangementControls';
// The menu only: its writers (SVG, PNG) load when it first opens (./export-figure.ts).
import { ExportMenu } from './ExportMenu';
import { SearchBox } from './SearchBox';
import { StoryPicker, StoryPlayer } from './StoryPlayer';

interface DiagramProps {
  therapyGraph: SubGraph;
  visible: SubGraph;
  shownTherapies: ReadonlySet<string>;
  highlight: Highlight | null;
  /** The open story's step view (derived once in App). */
  story: StoryView | null;
  /** Entities of the intersection chosen in the shared-genes view, while it is open. */
  compared: ReadonlySet<string> | null;
}

export function Diagram({ therapyGraph, visible, shownTherapies, highlight, story, compared }: DiagramProps) {
  const t = useT();
  const { kb, colours } = useAppContext();
  const language = useApp((s) => s.language);
  const direction = useApp((s) => s.direction);
  const setDirection = useApp((s) => s.setDirection);
  const requestLayout = useApp((s) => s.requestLayout);
  const select = useApp((s) => s.select);
  const view = useApp((s) => s.view);
  const attachView = useApp((s) => s.attachView);
  const arranged = useArrangement();
  const animate = useApp((s) => s.animate);
  const setAnimate = useApp((s) => s.setAnimate);
  const presenting = useApp((s) => s.presenting);
  const overlay = useOverlay().view;
  // A path is framed once it is found (keyed by its entities, so other highlight changes do not move the camera).
  const pathKey = highlight ? [...highlight.pathNodes].sort().join(' ') : '';
  const pathEntities = useMemo(() => (pathKey ? new Set(pathKey.split(' ')) : null), [pathKey]);
  const frameEntities = story ? story.current.currentEntities : (compared ?? pathEntities);
  const [progress, setProgress] = useState<LayoutProgress | null>(null);
  // A tour along framed entities that cannot all be shown readable at once.
  const [tour, setTour] = useState<{ stops: string[]; at: number } | null>(null);
  const onTour = useCallback((stops: string[] | null) => setTour(stops ? { stops, at: 0 } : null), []);
  useEffect(() => {
    if (!frameEntities) setTour(null);
  }, [frameEntities]);
  const stepTour = (delta: number) =>
    setTour((t) => (t ? { ...t, at: (t.at + delta + t.stops.length) % t.stops.length } : t));

  const elements = useMemo(
    () => buildElements(kb, therapyGraph, shownTherapies, language, colours, measureLabel),
    [kb, therapyGraph, shownTherapies, language, colours],
  );
  const nodeCount = useMemo(() => countNodes(elements), [elements]);
  const visibleNodes = useMemo(() => new Set(visible.entities.map((e) => e.id)), [visible]);
  const visibleRelations = useMemo(() => new Set(visible.relations.map((r) => r.id)), [visible]);

  return (
    <section className="diagram" aria-label={t('diagramLabel')}>
      <div className="toolbar" role="toolbar" aria-label={t('layout')}>
        <StoryPicker />
        <SearchBox therapyGraph={therapyGraph} visible={visible} />
        <fieldset className="segmented">
          <legend className="visually-hidden">{t('layout')}</legend>
          {LAYOUT_DIRECTIONS.map((d) => (
            <label key={d}>
              <input
                type="radio"
                name="direction"
                value={d}
                checked={direction === d}
                onChange={() => setDirection(d)}
              />
              {d === 'TB' ? t('topToBottom') : t('leftToRight')}
            </label>
          ))}
        </fieldset>
        <button type="button" onClick={requestLayout}>
          {t('relayout')}
        </button>
        <ArrangementControls arranged={arranged} view={view} />
        <button type="button" onClick={() => view?.fit()}>
          {t('fit')}
        </button>
        <button type="button" onClick={() => view?.zoomBy(1.25)} aria-label={t('zoomIn')}>
          +
        </button>
        <button type="button" onClick={() => view?.zoomBy(0.8)} aria-label={t('zoomOut')}>
          −
        </button>
        <ExportMenu view={view} />
        <label className="small">
          <input type="checkbox" checked={animate} onChange={(e) => setAnimate(e.target.checked)} />
          {t('animate')}
        </label>
      </div>
      {story && <StoryPlayer view={story} />}
      <div className="canvas-wrap">
        <span className="counts" aria-live="polite">
          {visible.entities.length} {t('entities')} · {visible.relations.length} {t('relations')}
        </span>
        <CytoscapeView
          elements={elements}
          visibleNodes={visibleNodes}
          visibleRelations={visibleRelations}
          direction={direction}
          highlight={highlight}
          onSelect={(chosen) => select(chosen, chosen?.kind === 'mechanism' ? { focus: true } : undefined)}
          onReady={attachView}
          frameEntities={frameEntities}
          keepFitted={presenting && !!story}
          onTour={onTour}
          tourStop={tour ? tour.stops[tour.at] : null}
          animate={animate}
          onLayoutProgress={setProgress}
          arrangement={arranged.arrangement}
          onArranged={arranged.onArranged}
          overlay={overlay?.paints ?? null}
          label={`${t('diagramLabel')}: ${visible.entities.length} ${t('entities')}, ${visible.relations.length} ${t('relations')}, ${new Set(visible.relations.map((r) => r.mechanism)).size} ${t('mechanismsCount')}`}
        />
        {progress && (
          <div className="layout-progress" role="status">
            <span>
              {t('layingOut')}: {progress.done} / {progress.total} {t('layoutBlocks')}
            </span>
            <progress value={progress.done} max={Math.max(progress.total, 1)} aria-label={t('layingOut')} />
          </div>
        )}
        {tour && (
          <nav className="tour" aria-label={t('tourLabel')}>
            <button type="button" onClick={() => stepTour(-1)} aria-label={t('tourPrevious')}>
              ◀
            </button>
            <span aria-live="polite">
              {tour.at + 1} / {tour.stops.length}: {(() => {
                const e = kb.entityById.get(tour.stops[tour.at]);
                return e ? entityLabel(e, language) : tour.stops[tour.at];
              })()}
            </span>
            <button type="button" onClick={() => stepTour(1)} aria-label={t('tourNext')}>
              ▶
            </button>
          </nav>
        )}
        {nodeCount > LARGE_DRAWING && <p className="large-graph-note">{t('largeGraph')}</p>}
        {visible.entities.length === 0 && <EmptyState therapyGraphEmpty={therapyGraph.entities.length === 0} />}
      </div>
    </section>
  );
}

function EmptyState({ therapyGraphEmpty }: { therapyGraphEmpty: boolean }) {
  const t = useT();
  const { kb } = useAppContext();
  // Only what the sentence and its buttons use, compared field by field.
  const state = useApp(
    useShallow((s) => ({
      ...selectFilters(s),
      therapies: s.therapies,
      toggleCategory: s.toggleCategory,
      toggleEntityType: s.toggleEntityType,
      setEvidence: s.setEvidence,
      setCertainty: s.setCertainty,
      setSteps: s.setSteps,
      setTherapies: s.setTherapies,
    })),
  );
  const widen: Array<[string, () => void]> = [];
  if (state.categories.length)
    widen.push([t('emptyClearCategories'), () => state.categories.forEach(state.toggleCategory)]);
  if (state.entityTypes.length)
    widen.push([t('emptyClearEntityTypes'), () => state.entityTypes.forEach(state.toggleEntityType)]);
  if (state.evidence !== 'all') widen.push([t('emptyShowAllStudies'), () => state.setEvidence('all')]);
  if (state.certainty !== 'all') widen.push([t('emptyShowSuggested'), () => state.setCertainty('all')]);
  if (state.steps > 0) widen.push([t('emptyNeighbourhoodOff'), () => state.setSteps(0)]);
  if (!state.therapies.length)
    widen.push([t('emptyShowAllTherapies'), () => state.setTherapies(kb.therapies.map((x) => x.id))]);
  return (
    <div className="empty-state" role="status">
      <h2>{t('emptyTitle')}</h2>
      <p>
        {state.therapies.length === 0
          ? t('emptyNoTherapy')
          : therapyGraphEmpty
            ? t('emptyNoRelations')
            : t('emptyFiltered')}
      </p>
      {widen.length > 0 && (
        <p>
          {t('emptyHowTo')}
          {widen.map(([label, action], i) => (
            <span key={label}>
              {i > 0 ? t('emptyOr') : ''}
              <button type="button" className="link" onClick={action}>
                {label}
              </button>
            </span>
          ))}
          {t('emptyEnd')}
        </p>
      )}
    </div>
  );
}
