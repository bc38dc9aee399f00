/** The overlay's legend on screen, beside the diagram's own (the same content the figures print). */
import { useApp } from '../../app/context';
import { useOverlay } from '../../app/overlay/overlay-context';
import { overlayLegend } from '../../style/overlay-legend';

export function OverlayLegend() {
  const language = useApp((s) => s.language);
  const { view } = useOverlay();
  if (!view) return null;
  const legend = overlayLegend(
    view.columns.map((c) => c.name),
    view.scale,
    view.clamped,
    language,
  );
  const gradient = `linear-gradient(to right, ${legend.ramp.join(', ')})`;
  return (
    <aside className="legend overlay-legend" aria-labelledby="overlay-legend-heading" data-testid="overlay-legend">
      <h2 id="overlay-legend-heading" className="legend-title">
        {legend.heading}
      </h2>
      <ul className="legend-group">
        <li>
          <span className="overlay-ramp" style={{ background: gradient }} aria-hidden="true" />
          {legend.range}
        </li>
        {legend.note && <li>{legend.note}</li>}
        {legend.slices && <li>{legend.slices}</li>}
        <li>
          <span
            className="legend-swatch"
            style={{ background: legend.noData.colour, borderColor: '#777777' }}
            aria-hidden="true"
          />
          {legend.noData.label}
        </li>
        <li>{legend.family}</li>
        {legend.clamped && <li>{legend.clamped}</li>}
      </ul>
    </aside>
  );
}
