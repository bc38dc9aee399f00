/**
 * PNG export (browser only): the SVG text drawn into a canvas at the pixel size asked
 * for, through an `<img>`; the caller saves the Blob (src/components/download.ts). The
 * SVG has no external references, so the canvas is not tainted and `toBlob` works.
 */

/** Browsers refuse canvases much larger than this (area in pixels). */
export const MAX_CANVAS_PIXELS = 120_000_000;

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the browser could not draw the SVG'));
    image.src = url;
  });
}

/** Rasterises SVG text whose width and height attributes are `width` × `height` pixels. */
export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  if (width * height > MAX_CANVAS_PIXELS) throw new Error(`${width}×${height} pixels is too large for a canvas`);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas in this browser');
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
