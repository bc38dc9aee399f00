import { describe, expect, it } from 'vitest';
import { CAMERA_MAX_ZOOM, cameraFor, READABLE_PX, readableZoom, SMALLEST_PX } from '../../src/view/camera';
import { labelsAt } from '../../src/view/label-zoom';

const viewport = { w: 800, h: 500 };
const box = (w: number, h: number, x1 = 0, y1 = 0) => ({ x1, y1, x2: x1 + w, y2: y1 + h });
/** Where a point lands on screen. */
const onScreen = (c: ReturnType<typeof cameraFor>, p: { x: number; y: number }) => ({
  x: c.pan.x + c.zoom * p.x,
  y: c.pan.y + c.zoom * p.y,
});

describe('cameraFor', () => {
  it('fits and centres what fits at readable size, no closer than the maximum zoom', () => {
    const small = cameraFor(box(100, 50), { viewport, padding: 40 });
    expect(small.zoom).toBe(CAMERA_MAX_ZOOM);
    const centre = onScreen(small, { x: 50, y: 25 });
    expect(centre.x).toBeCloseTo(400, 6);
    expect(centre.y).toBeCloseTo(250, 6);
    const medium = cameraFor(box(600, 300), { viewport, padding: 40 });
    expect(medium.zoom).toBeCloseTo(720 / 600, 6);
    expect(medium.zoom * 13).toBeGreaterThanOrEqual(READABLE_PX);
  });

  it('fits at below 12 px but never below 10 px, then keeps the anchor in view', () => {
    // Fits at zoom 0.8 (10.4 px): fitted.
    const fitted = cameraFor(box(900, 100), { viewport, padding: 40 });
    expect(fitted.zoom).toBeCloseTo(720 / 900, 6);
    // Would need zoom 0.36: stays at 10 px around the anchor instead.
    const anchor = { x: 1900, y: 50 };
    const wide = cameraFor(box(2000, 100), { viewport, padding: 40, anchor });
    expect(wide.zoom).toBeCloseTo(readableZoom(SMALLEST_PX), 6);
    const a = onScreen(wide, anchor);
    expect(a.x).toBeGreaterThanOrEqual(0);
    expect(a.x).toBeLessThanOrEqual(viewport.w);
  });

  it('opens a frame at readable size even when it does not fit, starting at its top left', () => {
    const big = box(3000, 2000, 100, 100);
    const open = cameraFor(big, { viewport, padding: 40, mode: 'open' });
    expect(open.zoom).toBeCloseTo(readableZoom(READABLE_PX), 6);
    const topLeft = onScreen(open, { x: 100, y: 100 });
    expect(topLeft.x).toBeCloseTo(40, 6);
    expect(topLeft.y).toBeCloseTo(40, 6);
  });

  it('fits whatever the zoom in fit mode', () => {
    expect(cameraFor(box(8000, 100), { viewport, padding: 40, mode: 'fit' }).zoom).toBeCloseTo(720 / 8000, 6);
  });
});

describe('labelsAt', () => {
  it('draws entity labels from 10 px on screen, and edge labels from 10 px at their smaller size', () => {
    expect(labelsAt(10 / 13)).toEqual({ nodes: true, edges: false });
    expect(labelsAt(0.76)).toEqual({ nodes: false, edges: false });
    expect(labelsAt(1)).toEqual({ nodes: true, edges: true });
  });
});
