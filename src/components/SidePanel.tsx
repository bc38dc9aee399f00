/** Tabs for details, the relation list (text alternative), paths and Table 1. */
import { type KeyboardEvent, lazy, Suspense, useEffect } from 'react';
import { useApp, useT } from '../app/context';
import type { PathResult, SubGraph } from '../model/query';
import { PANELS, type Panel } from '../store/view-state';
import { DetailsPanel } from './DetailsPanel';
import { PathPanel } from './PathPanel';
import { RelationsTable } from './RelationsTable';

// Panels that are not open at start load when first opened.
const ComparePanel = lazy(() => import('./compare/ComparePanel').then((m) => ({ default: m.ComparePanel })));
const ResponseChart = lazy(() => import('./ResponseChart').then((m) => ({ default: m.ResponseChart })));
const DataPanel = lazy(() => import('./overlay/DataPanel').then((m) => ({ default: m.DataPanel })));
const EnrichmentPanel = lazy(() =>
  import('./enrichment/EnrichmentPanel').then((m) => ({ default: m.EnrichmentPanel })),
);

const TAB_LABEL = {
  details: 'panelDetails',
  relations: 'panelRelations',
  paths: 'panelPaths',
  compare: 'panelCompare',
  table: 'panelTable',
  data: 'panelData',
  enrichment: 'panelEnrichment',
} as const;

export function SidePanel({ visible, paths }: { visible: SubGraph; paths: PathResult | null }) {
  const t = useT();
  const panel = useApp((s) => s.panel);
  const setPanel = useApp((s) => s.setPanel);
  // The Data tab's dataset, whose genes passing thresholds the Enrichment tab can take.
  const dataset = useApp((s) => s.overlay?.dataset ?? null);
  // When the tabs outgrow the strip (it scrolls), the open tab is kept in sight, e.g. when a link opens it.
  // Only the strip scrolls (scrollIntoView could move the page); its left padding is the collapse button's.
  useEffect(() => {
    const tab = document.getElementById(`tab-${panel}`);
    const strip = tab?.parentElement;
    if (!tab || !strip) return;
    const t = tab.getBoundingClientRect();
    const box = strip.getBoundingClientRect();
    const start = box.left + Number.parseFloat(getComputedStyle(strip).paddingLeft || '0');
    if (t.right > box.right) strip.scrollLeft += t.right - box.right;
    else if (t.left < start) strip.scrollLeft -= start - t.left;
  }, [panel]);
  const onKey = (event: KeyboardEvent) => {
    const i = PANELS.indexOf(panel);
    let next: Panel | undefined;
    if (event.key === 'ArrowRight') next = PANELS[(i + 1) % PANELS.length];
    if (event.key === 'ArrowLeft') next = PANELS[(i - 1 + PANELS.length) % PANELS.length];
    if (next) {
      event.preventDefault();
      setPanel(next);
      document.getElementById(`tab-${next}`)?.focus();
    }
  };
  return (
    <div className="side-panel">
      <div role="tablist" aria-label={t('details')} className="tabs" onKeyDown={onKey}>
        {PANELS.map((p) => (
          <button
            key={p}
            id={`tab-${p}`}
            type="button"
            role="tab"
            aria-selected={panel === p}
            aria-controls={`tabpanel-${p}`}
            tabIndex={panel === p ? 0 : -1}
            onClick={() => setPanel(p)}
          >
            {t(TAB_LABEL[p])}
          </button>
        ))}
      </div>
      <div id={`tabpanel-${panel}`} role="tabpanel" aria-labelledby={`tab-${panel}`} className="tabpanel">
        {panel === 'details' && <DetailsPanel />}
        {panel === 'relations' && <RelationsTable graph={visible} />}
        {panel === 'paths' && <PathPanel graph={visible} result={paths} />}
        <Suspense fallback={null}>
          {panel === 'compare' && <ComparePanel />}
          {panel === 'table' && <ResponseChart />}
          {panel === 'data' && <DataPanel />}
          {panel === 'enrichment' && <EnrichmentPanel dataset={dataset} />}
        </Suspense>
      </div>
    </div>
  );
}
