/** Text measurement with the same font the canvas renderer uses. */
import type { Measure } from '../style/label-layout';
import { estimateTextWidth } from '../style/label-layout';
import { FONT_STACK, LABEL_FONT_SIZE } from '../style/visual';

/** Bold Noto Sans runs about this much wider than regular. */
export const BOLD_ESTIMATE = 1.12;

/**
 * A measurer for one canvas font, cached per text; without a document (Node, tests) it
 * estimates from font metrics.
 */
function canvasMeasure(weight: 'normal' | 'bold'): Measure {
  let context: CanvasRenderingContext2D | null | undefined;
  const cache = new Map<string, number>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    if (context === undefined) {
      context = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
      if (context) context.font = `${weight} ${LABEL_FONT_SIZE}px ${FONT_STACK}`;
    }
    const width = context
      ? context.measureText(text).width
      : estimateTextWidth(text) * (weight === 'bold' ? BOLD_ESTIMATE : 1);
    cache.set(text, width);
    return width;
  };
}

/** Width of a label at LABEL_FONT_SIZE, as the canvas draws it. */
export const measureLabel: Measure = canvasMeasure('normal');

/** Width of a bold label at LABEL_FONT_SIZE (frame titles are bold). */
export const measureBoldLabel: Measure = canvasMeasure('bold');
