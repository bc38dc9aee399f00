/** The selected entity's value(s) under the overlay: a gene's, or every member's of a family, per drawn column. */
import { useOverlay } from '../../app/overlay/overlay-context';
import type { Entity } from '../../model/schema';
import { formatLimit } from '../../style/overlay-ink';
import { useOverlayText } from './use-overlay-text';

function valueText(value: number, noData: string, clamped: boolean, clampedText: string) {
  if (Number.isNaN(value)) return noData;
  return `${formatLimit(value)}${clamped ? ` (${clampedText})` : ''}`;
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
        const paint = (v: number) => view.scale.paint(v);
        return (
          <div key={column.name}>
            <dt>{o('detailsValue', { column: column.name })}</dt>
            <dd>
              {valueText(value.value, o('detailsNoData'), !!paint(value.value).clamped, o('detailsClamped'))}
              {value.members && (
                <>
                  <ul className="plain mono">
                    {value.members.map((m) => (
                      <li key={m.symbol}>
                        {m.symbol}
                        {m.identifier && m.identifier !== m.symbol ? ` (${m.identifier})` : ''}:{' '}
                        {valueText(m.value, o('detailsNoData'), !!paint(m.value).clamped, o('detailsClamped'))}
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
