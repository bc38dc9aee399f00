/**
 * The one store. Cytoscape is a projection of it; the URL mirrors it. Actions keep it
 * consistent (e.g. the neighbourhood filter turns off when the selection goes away).
 */
import { create } from 'zustand';
import type { ImportStage } from '../io/pathway/pathway-import';
import type { KnowledgeBase } from '../model/knowledge-base';
import { type CertaintyFilter, type EvidenceFilter, entityTherapies, type SubGraph } from '../model/query';
import { entityLabel } from '../model/text';
import type { EntityType, Language, MechanismCategory } from '../model/vocabulary';
import type { ViewHandle } from '../view/view-handle';
import type { EnrichmentChoice, EnrichmentQuery } from './enrichment-state';
import { addNotice, type NoticeText } from './notices';
import { type OverlayActions, type OverlayState, overlayActions } from './overlay-slice';
import {
  initialPanels,
  type PanelName,
  type PanelsCollapsed,
  readPanelChoice,
  rememberPanelChoice,
  startupHeight,
  startupWidth,
} from './panel-prefs';
import type { StoredPathway } from './pathway-store';
import { type Prefs, savePrefs } from './prefs';
import { filtersAtDefault, selectFilters } from './selectors';
import {
  type CompareScope,
  defaultViewState,
  type LayoutDirection,
  MAX_STEPS,
  type Notice,
  type Panel,
  type Selection,
  type ViewState,
} from './view-state';

/** The fields of the state a view is made of: what a link carries and Back restores. */
const VIEW_FIELDS = Object.keys(defaultViewState()) as (keyof ViewState)[];

export interface AppState extends ViewState, OverlayState {
  notices: Notice[];
  /** Camera moves animate (the system's reduced-motion setting is honoured as well). */
  animate: boolean;
  /**
   * The diagram's handle while it is on the page (not part of a view or a link): actions
   * that move the camera or lay out again ask it, as xyflow's controls call fitView().
   */
  view: ViewHandle | null;
  /** Side panels collapsed to a slim strip, the legend folded to one line (a UI preference, not in links). */
  panels: PanelsCollapsed;
  /** The gene list last run in the Enrichment tab: the user's data, in memory only (never in links). */
  enrichmentQuery: EnrichmentQuery | null;
  /** The enrichment result opened on the diagram; its hits are highlighted while the tab is open. */
  enrichmentChoice: EnrichmentChoice | null;
  /** Pathways the person imported (kept in IndexedDB), oldest first: each a view beside the therapies. */
  pathways: StoredPathway[];
  /** The imported pathway whose report is open (its storage key), or null. */
  pathwayReport: string | null;
  /** A pathway file being read: its name and how far the reader is (0 to 1), or null. */
  pathwayProgress: { fileName: string; fraction: number; stage: ImportStage } | null;
}

/** What the reader sees when asked to reveal an entity: the laid-out graph and what the filters leave of it. */
export interface RevealContext {
  kb: Pick<KnowledgeBase, 'entityById' | 'therapyById' | 'relations'>;
  therapyGraph: SubGraph;
  visible: SubGraph;
}

/**
 * How an entity was brought into view: it already was; the filters hid it and were reset;
 * it belongs to other therapies, which were added; it is drawn by no therapy (selected
 * only); or it is not in the knowledge base (nothing changes).
 */
export type RevealOutcome = 'in-view' | 'filters-reset' | 'therapies-added' | 'no-therapy' | 'unknown';

export interface AppActions extends OverlayActions {
  reset: (state?: Partial<ViewState>) => void;
  setLanguage: (language: Language) => void;
  setTherapies: (ids: string[]) => void;
  toggleTherapy: (id: string) => void;
  setWithComponents: (on: boolean) => void;
  toggleCategory: (category: MechanismCategory) => void;
  toggleEntityType: (type: EntityType) => void;
  setEvidence: (evidence: EvidenceFilter) => void;
  setCertainty: (certainty: CertaintyFilter) => void;
  setSteps: (steps: number) => void;
  resetFilters: () => void;
  select: (selection: Selection, options?: { focus?: boolean; keepPanel?: boolean }) => void;
  setDirection: (direction: LayoutDirection) => void;
  /** Lays out again what is visible (through the diagram's handle). */
  requestLayout: () => void;
  /** The diagram gives its handle when it appears (and null when it goes); a selection it opens with is centred. */
  attachView: (view: ViewHandle | null) => void;
  setPathEnds: (from: string | null, to: string | null) => void;
  /**
   * Selects and centres an entity (search's choice), first bringing it into view: adds
   * its therapies when the diagram lacks it, resets the filters when they hide it, and
   * says so in a notice.
   */
  revealEntity: (entityId: string, context: RevealContext) => RevealOutcome;
  setPanel: (panel: Panel) => void;
  setCompareScope: (scope: CompareScope) => void;
  setCompareSet: (key: string | null) => void;
  openStory: (id: string | null, step?: number) => void;
  /** Moves by `delta` steps, clamped to the story's length. */
  stepStory: (delta: number, length: number) => void;
  setPresenting: (on: boolean) => void;
  setAnimate: (on: boolean) => void;
  /** The reader collapses or expands a side panel; the choice is remembered. */
  setPanelCollapsed: (name: PanelName, collapsed: boolean) => void;
  /** Raises a notice; the same text already open is counted, not stacked. */
  notify: (notice: NoticeText) => void;
  dismissNotice: (id: number) => void;
  dismissAllNotices: () => void;
  /**
   * Shows `view` as it is (Back and Forward restore a view from the address): only the
   * view's fields change; notices, preferences and panels stay.
   */
  applyView: (view: ViewState) => void;
  /** Runs a gene list in the Enrichment tab (forgetting the result row opened before). */
  runEnrichmentQuery: (query: EnrichmentQuery) => void;
  /**
   * Opens an enrichment result on the diagram: the set's therapies, the mechanism chosen
   * (its frame outlined), its hit entities highlighted and framed; filters that could hide
   * a hit are reset, with a notice.
   */
  openEnrichmentResult: (choice: EnrichmentChoice) => void;
  /** The imported pathways as now kept (src/app/pathways/pathway-actions.ts keeps IndexedDB in step). */
  setPathways: (pathways: StoredPathway[]) => void;
  showPathwayReport: (key: string | null) => void;
  setPathwayProgress: (progress: AppState['pathwayProgress']) => void;
}

let nextNoticeId = 1;
const toggle = <T>(list: readonly T[], item: T) =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

export function initialAppState(
  view: Partial<ViewState> = {},
  panels: PanelsCollapsed = { left: false, right: false, legend: false },
  animate = true,
  handle: ViewHandle | null = null,
  pathways: StoredPathway[] = [],
): AppState {
  return {
    ...defaultViewState(),
    ...view,
    notices: [],
    animate,
    view: handle,
    panels,
    enrichmentQuery: null,
    enrichmentChoice: null,
    overlay: null,
    pathways,
    pathwayReport: null,
    pathwayProgress: null,
  };
}

/** The panels a visit starts with: the remembered choice, else by window size and link. */
export function startupPanels(view: Partial<ViewState>): PanelsCollapsed {
  return initialPanels({
    choice: readPanelChoice(),
    width: startupWidth(),
    height: startupHeight(),
    linkOpensRight: !!view.selection || (view.panel ?? 'details') !== 'details',
  });
}

export interface StoreOptions {
  /** The panels to start with (default: startupPanels). */
  panels?: PanelsCollapsed;
  /** Where the reader's panel choice is kept (default: localStorage). */
  rememberPanel?: (name: PanelName, collapsed: boolean) => void;
  /** The preferences kept in the browser (default: none, i.e. the defaults). */
  prefs?: Prefs;
  /** Where changed preferences are kept (default: localStorage through src/store/prefs.ts). */
  savePrefs?: (patch: Prefs) => void;
  /** The imported pathways read from the browser at startup. */
  pathways?: StoredPathway[];
}

/** The right panel opened (evidence one click away), keeping the object when it already is. */
const rightOpen = (panels: PanelsCollapsed): PanelsCollapsed => (panels.right ? { ...panels, right: false } : panels);

export const createAppStore = (initial: Partial<ViewState> = {}, options: StoreOptions = {}) =>
  create<AppState & AppActions>()((set, get) => ({
    ...initialAppState(
      initial,
      options.panels ?? startupPanels(initial),
      options.prefs?.animate ?? true,
      null,
      options.pathways,
    ),
    // The panels, Animate and imported pathways are not part of the view: a reset keeps them.
    reset: (state) => {
      set((s) => initialAppState(state, s.panels, s.animate, s.view, s.pathways));
      // A link that selects something opens centred on it.
      const { selection, view } = get();
      if (selection) view?.focus(selection);
    },
    ...overlayActions(set),
    setLanguage: (language) => set({ language }),
    // A chosen intersection only makes sense for the therapies it was chosen among.
    setTherapies: (therapies) => set({ therapies, compareSet: null }),
    toggleTherapy: (id) => set((s) => ({ therapies: toggle(s.therapies, id), compareSet: null })),
    setWithComponents: (withComponents) => set({ withComponents }),
    toggleCategory: (category) => set((s) => ({ categories: toggle(s.categories, category) })),
    toggleEntityType: (type) => set((s) => ({ entityTypes: toggle(s.entityTypes, type) })),
    setEvidence: (evidence) => set({ evidence }),
    setCertainty: (certainty) => set({ certainty }),
    setSteps: (steps) =>
      set((s) => ({ steps: s.selection?.kind === 'entity' ? Math.max(0, Math.min(MAX_STEPS, steps)) : 0 })),
    resetFilters: () => set(selectFilters(defaultViewState())),
    select: (selection, options) => {
      set((s) => ({
        selection,
        steps: selection?.kind === 'entity' ? s.steps : 0,
        panel: selection && !options?.keepPanel ? 'details' : s.panel,
        panels: selection ? rightOpen(s.panels) : s.panels,
      }));
      if (selection && options?.focus) get().view?.focus(selection);
    },
    setDirection: (direction) => set({ direction }),
    requestLayout: () => get().view?.relayout(),
    attachView: (view) => {
      set({ view });
      // A link that selects something opens centred on it.
      const { selection } = get();
      if (view && selection) view.focus(selection);
    },
    setPathEnds: (pathFrom, pathTo) => set({ pathFrom, pathTo }),
    revealEntity: (entityId, { kb, therapyGraph, visible }) => {
      const entity = kb.entityById.get(entityId);
      if (!entity) return 'unknown';
      const state = get();
      const label = entityLabel(entity, state.language);
      let outcome: RevealOutcome = 'in-view';
      if (!therapyGraph.entities.some((e) => e.id === entityId)) {
        const own = [...(entityTherapies(kb.relations).get(entityId) ?? [])];
        outcome = own.length > 0 ? 'therapies-added' : 'no-therapy';
        if (own.length > 0) {
          state.setTherapies([...new Set([...state.therapies, ...own])]);
          const names = own.flatMap((tid) => kb.therapyById.get(tid) ?? []);
          state.notify({
            en: `${label} is not in the chosen therapies; added ${names.map((x) => x.label.en).join(', ')} to show it.`,
            zh: `所选方案中没有 ${entityLabel(entity, 'zh')}；已加入 ${names.map((x) => x.label.zh).join('、')} 以显示它。`,
          });
        }
      } else if (!visible.entities.some((e) => e.id === entityId)) {
        outcome = 'filters-reset';
        state.resetFilters();
        state.notify({
          en: `The filters hid ${label}; they were reset to show it.`,
          zh: `筛选条件隐藏了 ${entityLabel(entity, 'zh')}；已重置筛选以显示它。`,
        });
      }
      get().select({ kind: 'entity', id: entityId }, { focus: true });
      return outcome;
    },
    setPanel: (panel) => set((s) => ({ panel, panels: rightOpen(s.panels) })),
    setCompareScope: (compareScope) => set({ compareScope, compareSet: null }),
    setCompareSet: (compareSet) => set({ compareSet }),
    openStory: (id, step = 0) =>
      set((s) => ({
        story: id ? { id, step } : null,
        presenting: id ? s.presenting : false,
        selection: null,
        steps: 0,
        pathFrom: null,
        pathTo: null,
      })),
    stepStory: (delta, length) =>
      set((s) =>
        s.story ? { story: { id: s.story.id, step: Math.max(0, Math.min(length - 1, s.story.step + delta)) } } : {},
      ),
    setPresenting: (presenting) => set({ presenting }),
    setAnimate: (animate) => {
      set({ animate });
      (options.savePrefs ?? savePrefs)({ animate });
    },
    setPanelCollapsed: (name, collapsed) => {
      set((s) => ({ panels: { ...s.panels, [name]: collapsed } }));
      (options.rememberPanel ?? rememberPanelChoice)(name, collapsed);
    },
    notify: (notice) => set((s) => ({ notices: addNotice(s.notices, notice, nextNoticeId++) })),
    dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
    dismissAllNotices: () => set({ notices: [] }),
    applyView: (view) => {
      const before = get().selection;
      // As a click would: a restored selection is centred and its details shown.
      const moved =
        view.selection !== null && (view.selection.kind !== before?.kind || view.selection.id !== before.id);
      set((s) => {
        const next: Partial<AppState> = {};
        for (const field of VIEW_FIELDS) Object.assign(next, { [field]: view[field] });
        return { ...next, panels: moved ? rightOpen(s.panels) : s.panels };
      });
      if (moved && view.selection) get().view?.focus(view.selection);
    },
    runEnrichmentQuery: (enrichmentQuery) => set({ enrichmentQuery, enrichmentChoice: null }),
    openEnrichmentResult: (choice) => {
      const s = get();
      if (!filtersAtDefault(s)) {
        s.resetFilters();
        s.notify({
          en: 'The filters were reset so that every hit shows.',
          zh: '已重置筛选条件，以显示全部命中。',
        });
      }
      set({
        story: null,
        presenting: false,
        therapies: [...choice.therapies],
        // A therapy's gene set includes its components' relations (src/model/gene-sets.ts).
        withComponents: true,
        compareSet: null,
        pathFrom: null,
        pathTo: null,
        selection: choice.kind === 'mechanism' ? { kind: 'mechanism', id: choice.id } : null,
        panel: 'enrichment',
        enrichmentChoice: choice,
      });
      // Hits are framed by the diagram; a mechanism without hits is shown by its frame.
      if (choice.kind === 'mechanism' && choice.entities.length === 0)
        get().view?.focus({ kind: 'mechanism', id: choice.id });
    },
    setPathways: (pathways) => set({ pathways }),
    showPathwayReport: (pathwayReport) => set({ pathwayReport }),
    setPathwayProgress: (pathwayProgress) => set({ pathwayProgress }),
  }));

export type AppStore = ReturnType<typeof createAppStore>;
