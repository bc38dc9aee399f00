/**
 * The overlay as the diagram, legend, details and export read it, derived once for the
 * page: the HGNC resolver (loaded the first time a dataset is shown), the dataset's match
 * against it and the atlas, and the drawn view. Also brings in the dataset a link or Back
 * names, from this browser's store, or says it is not here and shows the plain view.
 */
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { loadHgncResolver } from '../../data/hgnc/load-hgnc';
import { fill, OVERLAY_STRINGS } from '../../i18n/overlay-strings';
import type { HgncResolver } from '../../model/hgnc-lookup';
import { atlasGeneSymbols, type DatasetMatch, matchDataset } from '../../model/overlay-match';
import { type DatasetStoreProblem, datasetStore } from '../../store/dataset-store';
import { useApp, useAppContext } from '../context';
import type { OverlayView } from '../derive/overlay';

/** The scale code (d3) loads with the first dataset shown, not with the app. */
type Derive = typeof import('../derive/overlay');

export interface OverlayContextValue {
  resolver: HgncResolver | null;
  match: DatasetMatch | null;
  view: OverlayView | null;
}

const Context = createContext<OverlayContextValue>({ resolver: null, match: null, view: null });

let resolverPromise: Promise<HgncResolver> | null = null;
/** The resolver, loading it on first call (a separate chunk). */
export function useResolver(wanted: boolean): HgncResolver | null {
  const [resolver, setResolver] = useState<HgncResolver | null>(null);
  useEffect(() => {
    if (!wanted || resolver) return;
    let live = true;
    resolverPromise ??= loadHgncResolver();
    void resolverPromise.then((r) => {
      if (live) setResolver(r);
    });
    return () => {
      live = false;
    };
  }, [wanted, resolver]);
  return resolver;
}

/** The store's problems as notices, in both languages. */
export function useDatasetStore() {
  const notify = useApp((s) => s.notify);
  return useMemo(
    () =>
      datasetStore((problem: DatasetStoreProblem) => {
        const [key, values] =
          problem.kind === 'unavailable'
            ? (['storeUnavailable', { reason: problem.reason }] as const)
            : (['storeCorrupt', { key: problem.key }] as const);
        notify({
          en: fill(OVERLAY_STRINGS.en[key], values),
          zh: fill(OVERLAY_STRINGS.zh[key], values),
          level: 'warning',
        });
      }),
    [notify],
  );
}

export function OverlayProvider({ children }: { children: ReactNode }) {
  const { kb } = useAppContext();
  const overlay = useApp((s) => s.overlay);
  const wantedId = useApp((s) => s.overlayDataset);
  const column = useApp((s) => s.overlayColumn);
  const showDataset = useApp((s) => s.showDataset);
  const hideOverlay = useApp((s) => s.hideOverlay);
  const notify = useApp((s) => s.notify);
  const store = useDatasetStore();

  // A link (or Back) names a dataset that is not the one loaded: bring it from the store.
  useEffect(() => {
    if (!wantedId) {
      if (overlay) hideOverlay();
      return;
    }
    if (overlay?.dataset.id === wantedId) return;
    let live = true;
    void store.load(wantedId).then((dataset) => {
      if (!live) return;
      if (dataset) showDataset(dataset, null, column);
      else {
        hideOverlay();
        notify({ en: OVERLAY_STRINGS.en.notFoundDataset, zh: OVERLAY_STRINGS.zh.notFoundDataset, level: 'warning' });
      }
    });
    return () => {
      live = false;
    };
  }, [wantedId, overlay, store, column, showDataset, hideOverlay, notify]);

  const resolver = useResolver(!!overlay);
  const atlas = useMemo(() => atlasGeneSymbols(kb), [kb]);
  const dataset = overlay?.dataset;
  const match = useMemo(
    () => (dataset && resolver ? matchDataset(dataset, resolver, atlas) : null),
    [dataset, resolver, atlas],
  );
  const [derive, setDerive] = useState<Derive | null>(null);
  useEffect(() => {
    if (overlay && !derive) void import('../derive/overlay').then((module) => setDerive(module));
  }, [overlay, derive]);
  const view = useMemo(
    () => (overlay && match && derive ? derive.deriveOverlayView(kb, overlay, column, match) : null),
    [kb, overlay, column, match, derive],
  );
  const value = useMemo(() => ({ resolver, match, view }), [resolver, match, view]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useOverlay(): OverlayContextValue {
  return useContext(Context);
}
