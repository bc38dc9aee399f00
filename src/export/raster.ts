/**
 * Pixel sizes for PNG export. A journal size is rasterised at 300 dpi (1×), 600 dpi (2×)
 * or 1200 dpi (4×), the resolutions journals ask for; a slide at 1920×1080 times the
 * scale; a natural-size figure at 1 pixel per diagram unit times the scale.
 */
import type { Bounds } from './geometry';
import type { SizeSpec } from './svg-writer';

export const PNG_SCALES = [1, 2, 4] as const;
export type PngScale = (typeof PNG_SCALES)[number];
export const PRINT_DPI = 300;

export function rasterSize(size: SizeSpec, viewBox: Bounds, scale: number): { width: number; height: number } {
  const aspect = (viewBox.y2 - viewBox.y1) / (viewBox.x2 - viewBox.x1);
  const width =
    size.unit === 'mm'
      ? Math.round((size.width / 25.4) * PRINT_DPI * scale)
      : size.unit === 'px'
        ? size.width * scale
        : Math.ceil((viewBox.x2 - viewBox.x1) * scale);
  return { width, height: size.unit === 'px' ? size.height * scale : Math.round(width * aspect) };
}

/** Dots per inch of a raster at a physical width. */
export const dpi = (pixels: number, millimetres: number) => Math.round((pixels * 25.4) / millimetres);
