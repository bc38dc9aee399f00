/** The legend: always on screen, listing what the current diagram uses. */
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

export function Legend({ graph, shownTherapies }: { graph: SubGraph; shownTherapies: ReadonlySet<string> }) {
  const t = useT();
  const { kb, colours } = useAppContext();
  const language = useApp((s) => s.language);
  const types = new Set(graph.entities.map((e) => e.type));
  const relations = relationLegend(graph.relations.map(relationLook));
  const therapies = kb.therapies.filter((th) => shownTherapies.has(th.id));
  return (
    <aside className="legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading" className="legend-title">
        {t('legend')}
      </h2>
      <ul className="legend-group" aria-label={t('therapies')}>
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
      <ul className="legend-group" aria-label={t('entityTypes')}>
        {ENTITY_TYPES.filter((type) => types.has(type)).map((type) => (
          <li key={type}>
            <ShapeIcon type={type} />
            {ENTITY_TYPE_LABELS[language][type]}
          </li>
        ))}
      </ul>
      <ul className="legend-group" aria-label={t('relationTypes')}>
        {relations.map(({ look, label }) => (
          <li key={`${look.sign}-${look.line}-${look.certainty}`}>
            <EdgeIcon look={look} />
            {t(label)}
          </li>
        ))}
      </ul>
    </aside>
  );
}
