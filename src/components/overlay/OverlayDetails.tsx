/** The selected entity's value(s) under the overlay: a gene's, or every member's of a family, per drawn column. */
import { useOverlay } from '../../app/overlay/overlay-context';
import type { Entity } from '../../model/schema';
import type { ColourScale } from '../../style/overlay-colour';
import { formatLimit } from '../../style/overlay-ink';
import { useOverlayText } from './use-overlay-text';

/** A value as details print it: "no data", or the number with the side of the limits it lies beyond. */
function valueText(value: number, scale: ColourScale, o: ReturnType<typeof useOverlayText>) {
  if (Number.isNaN(value)) return o('detailsNoData');
  const clamped = scale.paint(value).clamped;
  const beyond = clamped === 'high' ? o('detailsAbove') : clamped === 'low' ? o('detailsBelow') : '';
  return `${formatLimit(value)}${beyond ? ` (${beyond})` : ''}`;
}

export function OverlayDetails({ entity }: { entity: Entity }) {
  const o = useOverlayText();
  const { view } = useOverlay();
  if (!view) return null;
  return (
    <dl className="overlay-details" data-testid="overlay-details">
      {view.columns.map((column, i) => {
        const value = view.values[i].get(entity.id);
        if (!value) return null;
        return (
          <div key={column.name}>
            <dt>{o('detailsValue', { column: column.name })}</dt>
            <dd>
              {valueText(value.value, view.scale, o)}
              {value.members && (
                <>
                  <ul className="plain mono">
                    {value.members.map((m) => (
                      <li key={m.symbol}>
                        {m.symbol}
                        {m.identifier && m.identifier !== m.symbol ? ` (${m.identifier})` : ''}:{' '}
                        {valueText(m.value, view.scale, o)}
                      </li>
                    ))}
                  </ul>
                  {value.from && <span className="small">{o('detailsFamilyRule', { symbol: value.from })}</span>}
                </>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
