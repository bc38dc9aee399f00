/**
 * UpSet-style overlap chart: one bar per exact intersection (largest first), with the
 * dot matrix below showing which therapies form it. Bars are buttons: keyboard and
 * screen readers reach them; their names carry the counts.
 */
import { scaleLinear } from 'd3-scale';
import { useApp, useAppContext, useT } from '../../app/context';
import type { Intersection } from '../../model/intersections';
import { pick } from '../../model/text';

const BAR_AREA = 110;
const COLUMN = 22;
const ROW = 18;
const LABEL = 96;

export function UpSetChart({ therapies, intersections }: { therapies: string[]; intersections: Intersection[] }) {
  const t = useT();
  const { kb, colours } = useAppContext();
  const language = useApp((s) => s.language);
  const selected = useApp((s) => s.compareSet);
  const setCompareSet = useApp((s) => s.setCompareSet);
  const max = Math.max(1, ...intersections.map((i) => i.entities.length));
  const y = scaleLinear()
    .domain([0, max])
    .range([0, BAR_AREA - 16]);
  const width = LABEL + intersections.length * COLUMN + 8;
  const height = BAR_AREA + therapies.length * ROW + 6;
  const name = (id: string) => pick(kb.therapyById.get(id)?.label, language) || id;
  return (
    <div className="upset">
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG chart groups its bar buttons with role="group" */}
      <svg width={width} height={height} role="group" aria-label={t('intersections')} className="upset-svg">
        {intersections.map((inter, i) => {
          const x = LABEL + i * COLUMN;
          const h = y(inter.entities.length);
          const active = selected === inter.key;
          const label = `${inter.entities.length} ${t('entitiesIn')} ${inter.therapies.map(name).join(' + ')}`;
          return (
            // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; it gets the button role and keys
            <g
              key={inter.key}
              role="button"
              tabIndex={0}
              aria-pressed={active}
              aria-label={label}
              data-set={inter.key}
              className={`upset-column${active ? ' active' : ''}`}
              onClick={() => setCompareSet(active ? null : inter.key)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  setCompareSet(active ? null : inter.key);
                }
              }}
            >
              <title>{label}</title>
              <rect x={x} y={0} width={COLUMN} height={height} fill={active ? '#DCEBF7' : 'transparent'} />
              <rect x={x + 4} y={BAR_AREA - h} width={COLUMN - 8} height={h} fill={active ? '#0072B2' : '#444444'} />
              <text x={x + COLUMN / 2} y={BAR_AREA - h - 3} textAnchor="middle" fontSize="10">
                {inter.entities.length}
              </text>
              {therapies.map((tid, r) => (
                <circle
                  key={tid}
                  cx={x + COLUMN / 2}
                  cy={BAR_AREA + r * ROW + ROW / 2}
                  r={5}
                  fill={inter.therapies.includes(tid) ? colours(tid) : '#E4E4E4'}
                  stroke={inter.therapies.includes(tid) ? '#222222' : 'none'}
                />
              ))}
            </g>
          );
        })}
        {therapies.map((tid, r) => (
          <text key={tid} x={LABEL - 6} y={BAR_AREA + r * ROW + ROW / 2 + 4} textAnchor="end" fontSize="11">
            {name(tid)}
          </text>
        ))}
      </svg>
    </div>
  );
}
