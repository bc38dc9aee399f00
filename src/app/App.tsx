/** The page: header, filters, diagram with legend, and the side panel. */
import { Diagram } from '../components/Diagram';
import { FilterPanel } from '../components/FilterPanel';
import { Header } from '../components/Header';
import { Legend } from '../components/Legend';
import { Notices } from '../components/Notices';
import { ImportReport } from '../components/pathways/ImportReport';
import { PathwayPanel } from '../components/pathways/PathwayPanel';
import { SidePanel } from '../components/SidePanel';
import { TherapyPicker } from '../components/TherapyPicker';
import type { PanelName } from '../store/panel-prefs';
import { useApp, useAppContext, useT } from './context';
import { useDerivedView } from './derived';
import { usePathwayDrop } from './pathways/use-pathway-drop';
import { usePermalinkSync, useViewTitle } from './permalink-sync';

export function App() {
  const t = useT();
  const { problems } = useAppContext();
  const language = useApp((s) => s.language);
  const presenting = useApp((s) => s.presenting);
  const leftCollapsed = useApp((s) => s.panels.left);
  const rightCollapsed = useApp((s) => s.panels.right);
  // Derived once here and passed down, so no component recomputes what another has.
  const { story, therapyGraph, visible, shownTherapies, paths, compared, highlight } = useDerivedView();
  usePermalinkSync();
  useViewTitle();
  const errors = problems.filter((p) => p.severity === 'error');
  const drop = usePathwayDrop();

  return (
    <div className={`app${presenting ? ' presenting' : ''}`} lang={language === 'zh' ? 'zh-CN' : 'en'}>
      <Header />
      {errors.length > 0 && (
        <div className="data-problems" role="alert">
          <strong>{t('dataProblems')}</strong>
          <ul>
            {errors.slice(0, 5).map((p) => (
              <li key={`${p.file}${p.path}${p.message}`}>{`${p.file}: ${p.path}: ${p.message}`}</li>
            ))}
          </ul>
        </div>
      )}
      <main className={`layout${leftCollapsed ? ' left-collapsed' : ''}${rightCollapsed ? ' right-collapsed' : ''}`}>
        <nav className="sidebar" aria-label={t('filters')}>
          <PanelToggle side="left" controls="left-panel" />
          <div id="left-panel" className="panel-body" hidden={leftCollapsed}>
            <TherapyPicker />
            <PathwayPanel />
            <FilterPanel />
          </div>
        </nav>
        <div className={`centre${drop.dragging ? ' dropping' : ''}`} {...drop.handlers}>
          {drop.dragging && (
            <div className="drop-hint" aria-hidden="true">
              {t('dropPathway')}
            </div>
          )}
          <Diagram
            therapyGraph={therapyGraph}
            visible={visible}
            shownTherapies={shownTherapies}
            highlight={highlight}
            story={story}
            compared={compared}
          />
          <div className="notices-anchor">
            <Notices />
          </div>
          <Legend graph={visible} shownTherapies={shownTherapies} />
        </div>
        <aside className="right" aria-label={t('details')}>
          <PanelToggle side="right" controls="right-panel" />
          {/* Kept mounted while collapsed, so the panels keep what the reader typed. */}
          <div id="right-panel" className="panel-body" hidden={rightCollapsed}>
            <SidePanel visible={visible} paths={paths} />
          </div>
        </aside>
      </main>
      <ImportReport />
    </div>
  );
}

/**
 * Collapses a side panel to a slim strip, or expands it. One button in both states (focus
 * stays on it); its name is the panel's, aria-expanded says which state it is in.
 */
function PanelToggle({ side, controls }: { side: Exclude<PanelName, 'legend'>; controls: string }) {
  const t = useT();
  const collapsed = useApp((s) => s.panels[side]);
  const setPanelCollapsed = useApp((s) => s.setPanelCollapsed);
  const name = t(side === 'left' ? 'leftPanel' : 'rightPanel');
  // The chevron points where the panel will go.
  const towardsLeft = side === 'left' ? !collapsed : collapsed;
  return (
    <button
      type="button"
      className="panel-toggle"
      aria-expanded={!collapsed}
      aria-controls={controls}
      title={`${name}: ${t(collapsed ? 'expandPanel' : 'collapsePanel')}`}
      onClick={() => setPanelCollapsed(side, !collapsed)}
    >
      <span className="panel-toggle-icon" aria-hidden="true">
        {towardsLeft ? '«' : '»'}
      </span>
      <span className="panel-toggle-label">{name}</span>
    </button>
  );
}
