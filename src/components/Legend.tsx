/** The legend: always on screen, listing what the current diagram uses. */
import { lazy, Suspense, useMemo } from 'react';
import { useApp, useAppContext, useT } from '../app/context';
import { ENTITY_TYPE_LABELS } from '../i18n/strings';
import type { SubGraph } from '../model/query';
import { type RelationLook, relationLook } from '../model/relation-look';
import { pick } from '../model/text';
import { ENTITY_TYPES } from '../model/vocabulary';
import { tint } from '../style/palette';
import { relationLegend } from '../style/relation-legend';
import { DASH_PATTERN, edgeLook } from '../style/visual';
import { ShapeIcon } from './ShapeIcon';

/** A relation's sample, drawn as the diagram draws it (src/style/visual.ts: edgeLook). */
function EdgeIcon({ look }: { look: RelationLook }) {
  const drawn = edgeLook(look);
  const ink = drawn.colour;
  // An outlined end is white inside, as Cytoscape clears a hollow arrow.
  const paint = drawn.hollow
    ? { fill: '#FFFFFF', stroke: ink, strokeWidth: drawn.width }
    : { fill: ink, stroke: 'none', strokeWidth: 0 };
  return (
    <svg width="44" height="16" viewBox="0 0 44 16" aria-hidden="true" focusable="false">
      <line
        x1="2"
        y1="8"
        x2={drawn.end === 'none' ? 42 : 34}
        y2="8"
        stroke={ink}
        strokeWidth={drawn.width + 0.2}
        strokeDasharray={drawn.dashed ? DASH_PATTERN.join(' ') : undefined}
      />
      {drawn.end === 'triangle' && <polygon points="34,3 43,8 34,13" strokeLinejoin="miter" {...paint} />}
      {drawn.end === 'tee' && <rect x="35" y="2" width="3" height="12" {...paint} />}
      {drawn.end === 'diamond' && (
        <polygon points="34,8 38.5,4 43,8 38.5,12" fill="#FFFFFF" stroke={ink} strokeWidth="1.5" />
      )}
    </svg>
  );
}

// The overlay's part (and its colour scales) loads with the first dataset shown.
const OverlayLegend = lazy(() => import('./overlay/OverlayLegend').then((m) => ({ default: m.OverlayLegend })));

/**
 * The legend, one region under the diagram. Its first line is the key no reader can do
 * without: the therapy colours and, under a data overlay, the scale and the marks the drawn
 * genes carry. The rest (node shapes and relation lines, in columns) folds away behind the
 * "Legend" disclosure, remembered with the panels; a short window starts folded. Presenting
 * always shows all of it, large.
 */
export function Legend({ graph, shownTherapies }: { graph: SubGraph; shownTherapies: ReadonlySet<string> }) {
  const t = useT();
  const { kb, colours } = useAppContext();
  const language = useApp((s) => s.language);
  const presenting = useApp((s) => s.presenting);
  const overlaid = useApp((s) => s.overlay !== null);
  const collapsed = useApp((s) => s.panels.legend);
  const setPanelCollapsed = useApp((s) => s.setPanelCollapsed);
  const folded = collapsed && !presenting;
  const types = new Set(graph.entities.map((e) => e.type));
  const shapes = ENTITY_TYPES.filter((type) => types.has(type));
  const relations = relationLegend(graph.relations.map(relationLook));
  const therapies = kb.therapies.filter((th) => shownTherapies.has(th.id));
  const entities = useMemo(() => graph.entities.map((e) => e.id), [graph]);
  const hidden = shapes.length + relations.length;
  return (
    <aside className={`legend${folded ? ' folded' : ''}`} aria-labelledby="legend-heading">
      <div className="legend-key">
        <h2 id="legend-heading" className="legend-title">
          {presenting ? (
            t('legend')
          ) : (
            <button
              type="button"
              className="legend-toggle"
              aria-expanded={!folded}
              aria-controls="legend-more"
              title={t(folded ? 'legendShowAll' : 'legendFold')}
              onClick={() => setPanelCollapsed('legend', !collapsed)}
            >
              <span className="legend-chevron" aria-hidden="true">
                {folded ? '▸' : '▾'}
              </span>
              {t('legend')}
              {folded && hidden > 0 && (
                <span className="legend-more-count" aria-hidden="true">
                  {t('legendMore').replace('{n}', String(hidden))}
                </span>
              )}
            </button>
          )}
        </h2>
        <ul className="legend-group legend-inline" aria-label={t('therapies')}>
          {therapies.map((th) => (
            <li key={th.id}>
              <span
                className="legend-swatch"
                style={{ background: tint(colours(th.id)), borderColor: colours(th.id) }}
                aria-hidden="true"
              />
              {pick(th.label, language)}
            </li>
          ))}
        </ul>
        {overlaid && (
          <Suspense fallback={null}>
            <OverlayLegend
              entities={entities}
              families={graph.entities.some((e) => e.type === 'family')}
              folded={folded}
            />
          </Suspense>
        )}
      </div>
      <div id="legend-more" className="legend-more" hidden={folded}>
        <ul className="legend-group legend-columns" aria-label={t('entityTypes')}>
          {shapes.map((type) => (
            <li key={type}>
              <ShapeIcon type={type} />
              {ENTITY_TYPE_LABELS[language][type]}
            </li>
          ))}
        </ul>
        <ul className="legend-group legend-columns" aria-label={t('relationTypes')}>
          {relations.map(({ look, label }) => (
            <li key={`${look.sign}-${look.line}-${look.certainty}`} className="legend-wide">
              <EdgeIcon look={look} />
              {t(label)}
            </li>
          ))}
        </ul>
      </div>
    </aside>
  );
}
