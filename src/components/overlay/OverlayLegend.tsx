/**
 * The data overlay's part of the legend on screen (the same content the figures print): the
 * scale with its column and limits, the slices' order, and the hatching and ▲ ▼ that the
 * drawn genes carry, all in the legend's one-line key; how to read the scale (centred at 0)
 * and the family rule only when the legend is open.
 */
import { useApp } from '../../app/context';
import { useOverlay } from '../../app/overlay/overlay-context';
import { overlayLegend } from '../../style/overlay-legend';
import {
  BEYOND_LOOK,
  type BeyondMark,
  beyondBox,
  beyondTriangles,
  hatchTileSvg,
  marksOf,
  svgDataUrl,
} from '../../style/overlay-marks';

const HATCH = `url("${svgDataUrl(hatchTileSvg())}")`;

/** A small gene box with its ▲ or ▼ above its top-right corner, as the diagram draws it. */
function BeyondIcon({ mark }: { mark: BeyondMark }) {
  const box = beyondBox({ x: 20, y: 15, w: 24, h: 10, borderWidth: 1.5 }, mark);
  return (
    <svg width="36" height="22" viewBox="0 0 36 22" aria-hidden="true" focusable="false">
      <rect x="8" y="10" width="24" height="10" rx="2" fill="#FFFFFF" stroke="#333333" strokeWidth="1.5" />
      {beyondTriangles(box, mark).map((points) => (
        <polygon
          key={points.join(' ')}
          points={points.map(([x, y]) => `${x},${y}`).join(' ')}
          fill={BEYOND_LOOK.fill}
          stroke={BEYOND_LOOK.rim}
          strokeWidth={BEYOND_LOOK.rimWidth}
          strokeLinejoin="round"
          paintOrder="stroke"
        />
      ))}
    </svg>
  );
}

export function OverlayLegend({
  entities,
  families,
  folded,
}: {
  /** The entities drawn (the legend explains the marks they carry). */
  entities: readonly string[];
  /** A family is drawn: the family rule applies. */
  families: boolean;
  /** The legend is folded to its one-line key. */
  folded: boolean;
}) {
  const language = useApp((s) => s.language);
  const { view } = useOverlay();
  if (!view) return null;
  const marks = marksOf(view.paints, entities);
  const legend = overlayLegend(
    view.columns.map((c) => c.name),
    view.scale,
    language,
    marks,
  );
  const gradient = `linear-gradient(to right, ${legend.ramp.join(', ')})`;
  return (
    <div className="legend-inline" data-testid="overlay-legend">
      <h3 id="overlay-legend-heading" className="legend-subtitle">
        {legend.heading}
      </h3>
      <ul className="legend-group legend-inline" aria-labelledby="overlay-legend-heading">
        <li>
          <span className="overlay-ramp" style={{ background: gradient }} aria-hidden="true" />
          {legend.range}
        </li>
        {!folded && legend.note && <li>{legend.note}</li>}
        {legend.slices && <li>{legend.slices}</li>}
        {marks.has('no-data') && (
          <li data-mark="no-data">
            <span className="legend-swatch no-data-swatch" style={{ backgroundImage: HATCH }} aria-hidden="true" />
            {legend.noData.label}
          </li>
        )}
        {legend.above && (
          <li data-mark="above">
            <BeyondIcon mark="above" />
            {legend.above}
          </li>
        )}
        {legend.below && (
          <li data-mark="below">
            <BeyondIcon mark="below" />
            {legend.below}
          </li>
        )}
        {!folded && families && <li>{legend.family}</li>}
      </ul>
    </div>
  );
}
