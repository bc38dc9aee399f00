/**
 * UpSet-style overlap chart: one bar per exact intersection (largest first), with the
 * dot matrix below showing which therapies form it. Bars are buttons: keyboard and
 * screen readers reach them; their names carry the counts. The geometry is
 * export/upset-layout.ts's, the same the exported SVG is drawn from.
 */
import { useApp, useT } from '../../app/context';
import { UPSET_COLOURS, UPSET_SIZES, upsetLayout } from '../../export/upset-layout';
import type { Intersection } from '../../model/intersections';

export interface ChartTherapy {
  id: string;
  label: string;
  colour: string;
}

export function UpSetChart({
  therapies,
  intersections,
  axisLabel,
}: {
  therapies: ChartTherapy[];
  intersections: Intersection[];
  axisLabel: string;
}) {
  const t = useT();
  const selected = useApp((s) => s.compareSet);
  const setCompareSet = useApp((s) => s.setCompareSet);
  const layout = upsetLayout({
    therapies,
    intersections: intersections.map((i) => ({ key: i.key, therapies: i.therapies, count: i.entities.length })),
    axisLabel,
  });
  const label = new Map(therapies.map((th) => [th.id, th.label]));
  const colour = new Map(therapies.map((th) => [th.id, th.colour]));
  return (
    <div className="upset">
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG chart groups its bar buttons with role="group" */}
      <svg
        width={layout.width}
        height={layout.height}
        role="group"
        aria-label={t('intersections')}
        className="upset-svg"
      >
        <text
          x={layout.axisLabel.x}
          y={layout.axisLabel.y}
          textAnchor="end"
          fontSize={UPSET_SIZES.countFont}
          fill="#555555"
        >
          {layout.axisLabel.text}
        </text>
        {layout.columns.map((column, i) => {
          const inter = intersections[i];
          if (!inter) return null;
          const active = selected === column.key;
          const name = `${column.count} ${t('entitiesIn')} ${inter.therapies.map((id) => label.get(id) ?? id).join(' + ')}`;
          return (
            // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; it gets the button role and keys
            <g
              key={column.key}
              role="button"
              tabIndex={0}
              aria-pressed={active}
              aria-label={name}
              data-set={column.key}
              className={`upset-column${active ? ' active' : ''}`}
              onClick={() => setCompareSet(active ? null : column.key)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  setCompareSet(active ? null : column.key);
                }
              }}
            >
              <title>{name}</title>
              <rect {...column.band} fill={active ? UPSET_COLOURS.activeBand : 'transparent'} />
              <rect {...column.bar} fill={active ? UPSET_COLOURS.activeBar : UPSET_COLOURS.bar} />
              <text x={column.countAt.x} y={column.countAt.y} textAnchor="middle" fontSize={UPSET_SIZES.countFont}>
                {column.count}
              </text>
              {column.dots.map((dot) => (
                <circle
                  key={dot.therapy}
                  cx={dot.cx}
                  cy={dot.cy}
                  r={UPSET_SIZES.dotRadius}
                  fill={dot.member ? (colour.get(dot.therapy) ?? UPSET_COLOURS.bar) : UPSET_COLOURS.absentDot}
                  stroke={dot.member ? UPSET_COLOURS.dotStroke : 'none'}
                />
              ))}
            </g>
          );
        })}
        {layout.rows.map((row) => (
          <text key={row.therapy} x={row.x} y={row.y} textAnchor="end" fontSize={UPSET_SIZES.labelFont}>
            {row.label}
          </text>
        ))}
      </svg>
    </div>
  );
}
