/**
 * Label wrapping and node sizing, done once here so the screen and the SVG figure show
 * the same lines in the same boxes. Text width comes from a `measure` function: the
 * browser passes a canvas measurer, the command line a font-metrics estimate.
 */
import { shapeExtraWidth } from './shapes';
import {
  LABEL_FONT_SIZE,
  LABEL_LINE_HEIGHT,
  LABEL_MAX_WIDTH,
  NODE_PADDING_X,
  NODE_PADDING_Y,
  type NodeShape,
} from './visual';

export type Measure = (text: string) => number;

const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

/** Breaks after spaces, slashes and hyphens, and between any two CJK characters. */
function tokens(text: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const ch of text) {
    if (CJK.test(ch)) {
      if (current) out.push(current);
      out.push(ch);
      current = '';
      continue;
    }
    current += ch;
    if (ch === ' ' || ch === '/' || ch === '-') {
      out.push(current);
      current = '';
    }
  }
  if (current) out.push(current);
  return out;
}

export function wrapLabel(text: string, measure: Measure, maxWidth = LABEL_MAX_WIDTH): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of tokens(text)) {
    const candidate = line + token;
    if (line && measure(candidate.trimEnd()) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line = candidate;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.length > 0 ? lines : [text];
}

export interface LabelBox {
  lines: string[];
  width: number;
  height: number;
}

/** Room around a label inside its node, and the smallest node. */
export interface NodeSizing {
  /** Widest a label runs before it wraps. */
  maxWidth: number;
  paddingX: number;
  paddingY: number;
  minWidth: number;
  minHeight: number;
}

/** On screen: room for a finger and a focus ring. */
export const SCREEN_SIZING: NodeSizing = {
  maxWidth: LABEL_MAX_WIDTH,
  paddingX: NODE_PADDING_X,
  paddingY: NODE_PADDING_Y,
  minWidth: 44,
  minHeight: 30,
};

/**
 * In print (journal figures): the label is the same size, its node hugs it, so a column
 * holds more of the diagram and the labels print larger.
 */
export const PRINT_SIZING: NodeSizing = {
  maxWidth: LABEL_MAX_WIDTH,
  paddingX: 4,
  paddingY: 2,
  minWidth: 26,
  minHeight: 19,
};

export function labelBox(
  text: string,
  measure: Measure,
  shape: NodeShape = 'rectangle' as NodeShape,
  sizing: NodeSizing = SCREEN_SIZING,
): LabelBox {
  const lines = wrapLabel(text, measure, sizing.maxWidth);
  const textWidth = Math.max(...lines.map(measure));
  const lineHeight = LABEL_FONT_SIZE * LABEL_LINE_HEIGHT;
  const height = Math.max(sizing.minHeight, Math.ceil(lines.length * lineHeight + 2 * sizing.paddingY));
  return {
    lines,
    width: Math.max(sizing.minWidth, Math.ceil(textWidth + 2 * sizing.paddingX + shapeExtraWidth(shape, height))),
    height,
  };
}

/**
 * Width estimate without a canvas (command line, tests): per-character advance widths
 * close to Noto Sans at the label size. CJK characters are one em.
 */
export function estimateTextWidth(text: string, fontSize = LABEL_FONT_SIZE): number {
  let em = 0;
  for (const ch of text) {
    if (CJK.test(ch)) em += 1;
    else if (/[ilI.,:;'|!]/.test(ch)) em += 0.28;
    else if (/[A-Z0-9MW]/.test(ch)) em += /[MW]/.test(ch) ? 0.85 : 0.64;
    else if (ch === ' ') em += 0.26;
    else em += 0.54;
  }
  return em * fontSize;
}
