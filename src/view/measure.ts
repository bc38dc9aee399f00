/** Text measurement with the same font the canvas renderer uses. */
import type { Measure } from '../style/label-layout';
import { estimateTextWidth } from '../style/label-layout';
import { FONT_STACK, LABEL_FONT_SIZE } from '../style/visual';

let context: CanvasRenderingContext2D | null | undefined;
const cache = new Map<string, number>();

export const measureLabel: Measure = (text) => {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  if (context === undefined) {
    context = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
    if (context) context.font = `${LABEL_FONT_SIZE}px ${FONT_STACK}`;
  }
  const width = context ? context.measureText(text).width : estimateTextWidth(text);
  cache.set(text, width);
  return width;
};

let boldContext: CanvasRenderingContext2D | null | undefined;
const boldCache = new Map<string, number>();

/** Width of a bold label at LABEL_FONT_SIZE (frame titles are bold): as the canvas draws it. */
export const measureBoldLabel: Measure = (text) => {
  const hit = boldCache.get(text);
  if (hit !== undefined) return hit;
  if (boldContext === undefined) {
    boldContext = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
    if (boldContext) boldContext.font = `bold ${LABEL_FONT_SIZE}px ${FONT_STACK}`;
  }
  const width = boldContext ? boldContext.measureText(text).width : estimateTextWidth(text) * BOLD_ESTIMATE;
  boldCache.set(text, width);
  return width;
};

/** Bold Noto Sans runs about this much wider than regular. */
export const BOLD_ESTIMATE = 1.12;
