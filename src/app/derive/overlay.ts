/**
 * What the overlay draws, as a plain function (no React, no Cytoscape): for the column
 * shown (or the slice columns), each atlas gene and family's value and fill, the colour
 * scale and the legend's content. Default limits come from the whole column (every row of
 * the table, not only the genes in view), so the colours of a gene do not change as
 * therapies or filters change what is drawn.
 */
import type { FigureOverlay } from '../../export/figure';
import type { DatasetColumn } from '../../model/dataset';
import type { KnowledgeBase } from '../../model/knowledge-base';
import type { DatasetMatch } from '../../model/overlay-match';
import { type EntityValue, entityValues } from '../../model/overlay-values';
import type { Language } from '../../model/vocabulary';
import { type LoadedOverlay, overlayColumns } from '../../store/overlay-slice';
import { type ColourScale, colourScale, defaultLimits, textOn } from '../../style/overlay-colour';
import { overlayLegend } from '../../style/overlay-legend';
import { OVERLAY_MARKS, type OverlayMark, overlayMark } from '../../style/overlay-marks';

/** A node's look under the overlay: gradient stops as the stylesheet takes them, and a readable label colour. */
export interface NodePaint {
  colours: string;
  stops: string;
  text: string;
  /** Every drawn column lacks a value (drawn hatched), or a value is beyond the limits (▲ ▼). */
  mark?: OverlayMark;
  /** The colours, one per slice, for the SVG writer. */
  fills: string[];
}

export interface OverlayView {
  /** The columns drawn: the chosen one, or the slices. */
  columns: DatasetColumn[];
  scale: ColourScale;
  /** Per drawn column: the value of each atlas gene and family. */
  values: Map<string, EntityValue>[];
  paints: Map<string, NodePaint>;
}

function stops(colours: readonly string[]): { colours: string; stops: string } {
  const c: string[] = [];
  const s: string[] = [];
  colours.forEach((colour, i) => {
    c.push(colour, colour);
    s.push(`${((i / colours.length) * 100).toFixed(2)}%`, `${(((i + 1) / colours.length) * 100).toFixed(2)}%`);
  });
  return { colours: c.join(' '), stops: s.join(' ') };
}

export function deriveOverlayView(
  kb: Pick<KnowledgeBase, 'entities'>,
  overlay: LoadedOverlay,
  columnName: string | null,
  match: DatasetMatch,
): OverlayView | null {
  const all = overlayColumns(overlay);
  const sliced = overlay.slices.length > 1 ? all.filter((c) => overlay.slices.includes(c.name)) : [];
  const chosen = all.find((c) => c.name === columnName) ?? all[0];
  const columns = sliced.length > 1 ? sliced : chosen ? [chosen] : [];
  if (columns.length === 0) return null;
  const signed = columns.some((c) => c.scale === 'signed');
  const limits =
    overlay.limits ??
    defaultLimits(
      columns.flatMap((c) => [...c.values]),
      signed ? 'signed' : 'unsigned',
      overlay.limitRule,
    );
  const scale = colourScale(signed ? 'signed' : 'unsigned', limits);
  const values = columns.map((c) => entityValues(kb, c, match, overlay.dataset.identifiers));
  const paints = new Map<string, NodePaint>();
  for (const id of values[0].keys()) {
    const painted = values.map((v) => scale.paint(v.get(id)?.value));
    const fills = painted.map((p) => p.colour);
    const noData = values.every((v) => Number.isNaN(v.get(id)?.value ?? Number.NaN));
    const mark = overlayMark(
      noData,
      painted.map((p) => p.clamped),
    );
    // A label sits across all slices: it takes the colour that reads on the middle one.
    paints.set(id, {
      ...stops(fills),
      text: textOn(fills[Math.floor(fills.length / 2)]),
      ...(mark ? { mark } : {}),
      fills,
    });
  }
  return { columns, scale, values, paints };
}

/**
 * The overlay as an exported figure draws it: each entity's slice fills and mark (hatched
 * without a value, ▲ ▼ beyond the limits), and the legend with every mark's entry (the
 * figure keeps those its nodes carry).
 */
export function figureOverlay(view: OverlayView, language: Language): FigureOverlay {
  const fills = new Map<string, { fills: string[]; mark?: OverlayMark }>();
  for (const [id, paint] of view.paints)
    fills.set(id, { fills: paint.fills, ...(paint.mark ? { mark: paint.mark } : {}) });
  const legend = overlayLegend(
    view.columns.map((c) => c.name),
    view.scale,
    language,
    new Set(OVERLAY_MARKS),
  );
  return { fills, legend };
}
