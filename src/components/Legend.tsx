/** The legend: always on screen, listing what the current diagram uses. */
import { useApp, useAppContext, useT } from '../app/context';
import { ENTITY_TYPE_LABELS } from '../i18n/strings';
import type { SubGraph } from '../model/query';
import { pick } from '../model/text';
import { ENTITY_TYPES, RELATION_TYPE_INFO, SIGNS, type Sign } from '../model/vocabulary';
import { tint } from '../style/palette';
import { EDGE_LOOK } from '../style/visual';
import { ShapeIcon } from './ShapeIcon';

function EdgeIcon({ sign }: { sign: Sign }) {
  const look = EDGE_LOOK[sign];
  return (
    <svg width="44" height="16" viewBox="0 0 44 16" aria-hidden="true" focusable="false">
      <line
        x1="2"
        y1="8"
        x2={look.end === 'none' ? 42 : 34}
        y2="8"
        stroke={look.colour}
        strokeWidth="1.8"
        strokeDasharray={look.dashed ? '6 4' : undefined}
      />
      {look.end === 'triangle' && <polygon points="34,3 43,8 34,13" fill={look.colour} />}
      {look.end === 'tee' && <line x1="36" y1="2" x2="36" y2="14" stroke={look.colour} strokeWidth="3" />}
      {look.end === 'diamond' && (
        <polygon points="34,8 38.5,4 43,8 38.5,12" fill="#FFFFFF" stroke={look.colour} strokeWidth="1.5" />
      )}
    </svg>
  );
}

export function Legend({ graph, shownTherapies }: { graph: SubGraph; shownTherapies: ReadonlySet<string> }) {
  const t = useT();
  const { kb, colours } = useAppContext();
  const language = useApp((s) => s.language);
  const types = new Set(graph.entities.map((e) => e.type));
  const signs = new Set(graph.relations.map((r) => r.sign ?? RELATION_TYPE_INFO[r.type].sign));
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
        {SIGNS.filter((s) => signs.has(s)).map((sign) => (
          <li key={sign}>
            <EdgeIcon sign={sign} />
            {t(sign)}
          </li>
        ))}
      </ul>
    </aside>
  );
}
