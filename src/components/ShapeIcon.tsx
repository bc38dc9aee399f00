import { createElement } from 'react';
import type { EntityType } from '../model/vocabulary';
import { shapeOutline } from '../style/shapes';
import { NODE_LOOK } from '../style/visual';

export function ShapeIcon({ type, fill = '#FFFFFF' }: { type: EntityType; fill?: string }) {
  const look = NODE_LOOK[type];
  const outline = shapeOutline(look.shape, 22, 11, 40, 18);
  const attrs: Record<string, string | number> = {
    ...outline.attrs,
    fill,
    stroke: '#333333',
    strokeWidth: Math.min(look.borderWidth, 2.5),
    strokeDasharray: look.borderStyle === 'dashed' ? '4 2' : undefined,
  } as Record<string, string | number>;
  if ('stroke-linejoin' in attrs) {
    attrs.strokeLinejoin = attrs['stroke-linejoin'];
    delete attrs['stroke-linejoin'];
  }
  return (
    <svg width="44" height="22" viewBox="0 0 44 22" aria-hidden="true" focusable="false">
      {createElement(outline.tag, attrs)}
      {look.borderStyle === 'double' &&
        createElement(shapeOutline(look.shape, 22, 11, 34, 12).tag, {
          ...shapeOutline(look.shape, 22, 11, 34, 12).attrs,
          fill: 'none',
          stroke: '#333333',
          strokeWidth: 1,
        })}
    </svg>
  );
}
