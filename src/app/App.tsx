/** The page: header, filters, diagram with legend, and the side panel. */
import { Diagram } from '../components/Diagram';
import { FilterPanel } from '../components/FilterPanel';
import { Header } from '../components/Header';
import { Legend } from '../components/Legend';
import { Notices } from '../components/Notices';
import { SidePanel } from '../components/SidePanel';
import { TherapyPicker } from '../components/TherapyPicker';
import { useApp, useAppContext, useT } from './context';
import { useHighlight, usePaths, useShownTherapies, useTherapyGraph, useVisibleGraph } from './derived';
import { usePermalinkSync } from './permalink-sync';

export function App() {
  const t = useT();
  const { problems } = useAppContext();
  const language = useApp((s) => s.language);
  const presenting = useApp((s) => s.presenting);
  const therapyGraph = useTherapyGraph();
  const visible = useVisibleGraph();
  const shownTherapies = useShownTherapies();
  const paths = usePaths(visible);
  const highlight = useHighlight(visible, paths);
  usePermalinkSync();
  const errors = problems.filter((p) => p.severity === 'error');

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
      <Notices />
      <main className="layout">
        <nav className="sidebar" aria-label={t('filters')}>
          <TherapyPicker />
          <FilterPanel />
        </nav>
        <div className="centre">
          <Diagram
            therapyGraph={therapyGraph}
            visible={visible}
            shownTherapies={shownTherapies}
            highlight={highlight}
          />
          <Legend graph={visible} shownTherapies={shownTherapies} />
        </div>
        <aside className="right" aria-label={t('details')}>
          <SidePanel visible={visible} paths={paths} />
        </aside>
      </main>
    </div>
  );
}
