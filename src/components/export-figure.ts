/**
 * What the Export menu's Download does, loaded on first use (the menu opening fetches it):
 * the figure read off the view, laid out at the chosen size, written as SVG or rasterised
 * to PNG, and saved. The menu itself (ExportMenu.tsx) stays in the first load and holds no
 * writer code. Returns what to tell the reader; throws only when rasterising fails.
 */
import type { OverlayView } from '../app/derive/overlay';
import { figureOverlay } from '../app/derive/overlay';
import { figureName } from '../export/file-name';
import { svgToPng } from '../export/png';
import { dpi, rasterSize } from '../export/raster';
import { layoutFigure, SIZE_PRESETS, type SizePreset, writeSvg } from '../export/svg-writer';
import type { KnowledgeBase } from '../model/knowledge-base';
import type { Language } from '../model/vocabulary';
import type { Selection } from '../store/view-state';
import type { TherapyColours } from '../style/palette';
import type { FigureScope } from '../view/figure-from-cy';
import type { ViewHandle } from '../view/view-handle';
import { downloadBlob } from './download';

/** Journals ask for labels of at least this size, in points. */
export const MIN_PRINT_POINTS = 6;

export interface FigureRequest {
  view: ViewHandle;
  kb: KnowledgeBase;
  colours: TherapyColours;
  overlay: OverlayView | null;
  therapies: readonly string[];
  selection: Selection;
  language: Language;
  /** 'svg', or a PNG scale. */
  format: 'svg' | number;
  scope: FigureScope;
  size: SizePreset;
  title: string;
  caption: boolean;
}

export type FigureOutcome =
  | { kind: 'empty'; scope: FigureScope }
  | {
      kind: 'saved';
      name: string;
      /** The printed label size in pt, for sizes in mm. */
      points: number | null;
      /** Set when labels print below MIN_PRINT_POINTS: whether a wider size exists. */
      small: { pt: number; wider: boolean } | null;
      /** PNG only: its pixels and, for a print size, its resolution. */
      pixels?: { width: number; height: number; dpi: number | null };
    };

export async function exportFigure(request: FigureRequest): Promise<FigureOutcome> {
  const { view, kb, scope, language, size, format } = request;
  const figure = view.figure(kb, {
    scope,
    language,
    colours: request.colours,
    title: request.title,
    caption: request.caption,
    overlay: request.overlay ? figureOverlay(request.overlay, language) : undefined,
  });
  if (figure.nodes.length === 0) return { kind: 'empty', scope };
  const spec = SIZE_PRESETS[size];
  const layout = layoutFigure(figure, { size: spec });
  const points = layout.printed?.points ?? null;
  const small = points !== null && points < MIN_PRINT_POINTS ? { pt: points, wider: size === 'journal-85' } : null;
  // The file says what it holds: therapies (or the chosen mechanism), scope, size, language.
  const mechanisms = scope === 'selection' && request.selection?.kind === 'mechanism' ? [request.selection.id] : [];
  const name = (extension: 'svg' | 'png', scale?: number) =>
    figureName({
      therapies: request.therapies,
      mechanisms,
      scope,
      size,
      language,
      extension,
      prefix: kb.atlas.filePrefix,
      ...(scale ? { scale } : {}),
    });
  if (format === 'svg') {
    downloadBlob(new Blob([writeSvg(figure, { size: spec })], { type: 'image/svg+xml' }), name('svg'));
    return { kind: 'saved', name: name('svg'), points, small };
  }
  const pixels = rasterSize(spec, layout.viewBox, format);
  const svg = writeSvg(figure, { size: { unit: 'px', ...pixels }, legend: layout.legend });
  downloadBlob(await svgToPng(svg, pixels.width, pixels.height), name('png', format));
  return {
    kind: 'saved',
    name: name('png', format),
    points,
    small,
    pixels: { ...pixels, dpi: spec.unit === 'mm' ? dpi(pixels.width, spec.width) : null },
  };
}
