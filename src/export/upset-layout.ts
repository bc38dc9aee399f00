/**
 * The geometry of the shared-genes overlap chart (UpSet style), computed once: the
 * compare panel draws it on screen (components/compare/UpSetChart.tsx) and the SVG
 * writer (./upset-svg.ts) draws it in the exported figure, so the exported chart is the
 * one on screen. Pure: labels and counts in, boxes and points out (in chart units, 1 = 1 px
 * on screen, origin at the chart's top left).
 *
 * One column per exact intersection, in the order given (largest first); a bar whose
 * height is proportional to the count, the count above it, and below the bars one row of
 * dots per therapy, filled where the therapy is in the intersection. The therapy labels
 * sit right-aligned in a column wide enough for the longest of them.
 */
import { estimateTextWidth } from '../style/label-layout';

/** Sizes of the chart, sized for the side panel; the exported figure keeps them. */
export const UPSET_SIZES = {
  /** Height of the bar area, from the chart's top to the bars' baseline. */
  barArea: 110,
  /** Room above the tallest bar for its count. */
  countRoom: 16,
  column: 22,
  /** Gap between a bar and its column's edges, on each side. */
  barInset: 4,
  row: 18,
  dotRadius: 5,
  /** Between the label column's right edge and the labels' right ends. */
  labelGap: 6,
  /** The label column is never narrower than this, so the chart does not jump for short names. */
  minLabelColumn: 48,
  rightPad: 8,
  bottomPad: 6,
  countFont: 10,
  labelFont: 11,
} as const;

/** Colours shared by both drawings; `active` is the chosen intersection (screen only). */
export const UPSET_COLOURS = {
  bar: '#444444',
  activeBar: '#0072B2',
  activeBand: '#DCEBF7',
  absentDot: '#E4E4E4',
  dotStroke: '#222222',
} as const;

export interface UpSetInput {
  therapies: ReadonlyArray<{ id: string; label: string }>;
  intersections: ReadonlyArray<{ key: string; therapies: readonly string[]; count: number }>;
  /** What the bars count ("Genes", "All entities"), shown above the therapy labels. */
  axisLabel: string;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface UpSetColumn {
  key: string;
  count: number;
  /** The whole column, bars and dots: the area a click or the active highlight covers. */
  band: Box;
  bar: Box;
  /** Where the count is written (text anchored at its middle, baseline at y). */
  countAt: { x: number; y: number };
  dots: Array<{ therapy: string; cx: number; cy: number; member: boolean }>;
}

export interface UpSetLayout {
  width: number;
  height: number;
  /** Width of the label column; the first column starts here. */
  labelColumn: number;
  /** Text anchored at its end, baseline at y. */
  axisLabel: { text: string; x: number; y: number };
  rows: Array<{ therapy: string; label: string; x: number; y: number }>;
  columns: UpSetColumn[];
}

export function upsetLayout(input: UpSetInput): UpSetLayout {
  const s = UPSET_SIZES;
  const widest = Math.max(
    estimateTextWidth(input.axisLabel, s.countFont),
    ...input.therapies.map((t) => estimateTextWidth(t.label, s.labelFont)),
  );
  const labelColumn = Math.max(s.minLabelColumn, Math.ceil(widest + 2 * s.labelGap));
  const width = labelColumn + input.intersections.length * s.column + s.rightPad;
  const height = s.barArea + input.therapies.length * s.row + s.bottomPad;
  const max = Math.max(1, ...input.intersections.map((i) => i.count));
  const rowMiddle = (r: number) => s.barArea + r * s.row + s.row / 2;
  const columns = input.intersections.map((inter, i): UpSetColumn => {
    const x = labelColumn + i * s.column;
    const h = ((s.barArea - s.countRoom) * inter.count) / max;
    const members = new Set(inter.therapies);
    return {
      key: inter.key,
      count: inter.count,
      band: { x, y: 0, width: s.column, height },
      bar: { x: x + s.barInset, y: s.barArea - h, width: s.column - 2 * s.barInset, height: h },
      countAt: { x: x + s.column / 2, y: s.barArea - h - 3 },
      dots: input.therapies.map((t, r) => ({
        therapy: t.id,
        cx: x + s.column / 2,
        cy: rowMiddle(r),
        member: members.has(t.id),
      })),
    };
  });
  return {
    width,
    height,
    labelColumn,
    axisLabel: { text: input.axisLabel, x: labelColumn - s.labelGap, y: 12 },
    rows: input.therapies.map((t, r) => ({
      therapy: t.id,
      label: t.label,
      x: labelColumn - s.labelGap,
      y: rowMiddle(r) + 4,
    })),
    columns,
  };
}
