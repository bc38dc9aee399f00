/**
 * Where the camera goes when the app shows something: plain arithmetic on boxes, so the
 * rule is tested without a browser. Whatever is shown lands readable: its labels at
 * 12 px or more on screen when it fits at that zoom; otherwise fitted with labels at
 * 10 px or more; and when even that cannot hold it, at 10 px around its anchor (the
 * searched entity, a path's start) or its top, never a zoom at which nothing can be read.
 */
import { LABEL_FONT_SIZE } from '../style/visual';
import type { Bounds } from './layout';

/** On-screen label sizes the camera aims for, in px. */
export const READABLE_PX = 12;
export const SMALLEST_PX = 10;
/** Closest a camera move goes, so a small step keeps its context. */
export const CAMERA_MAX_ZOOM = 1.4;

export const readableZoom = (px: number) => px / LABEL_FONT_SIZE;

export interface Camera {
  zoom: number;
  pan: { x: number; y: number };
  /** Everything asked for is in view (otherwise a tour can pan along it). */
  fits: boolean;
}

export interface CameraRequest {
  /** The drawing area, in screen pixels. */
  viewport: { w: number; h: number };
  padding?: number;
  /**
   * `show`: the rule above. `open`: a frame opened by a click, always at READABLE_PX even
   * when it does not fit (its top-left part first, where its title is).
   * `fit`: everything fitted whatever the zoom (the Fit button, present mode's overview).
   */
  mode?: 'show' | 'open' | 'fit';
  /** The point to keep in view when the box cannot fit. */
  anchor?: { x: number; y: number };
}

export function cameraFor(box: Bounds, request: CameraRequest): Camera {
  const { w, h } = request.viewport;
  const padding = request.padding ?? 48;
  const bw = Math.max(box.x2 - box.x1, 1);
  const bh = Math.max(box.y2 - box.y1, 1);
  const fit = Math.min((w - 2 * padding) / bw, (h - 2 * padding) / bh);
  const mode = request.mode ?? 'show';
  const readable = readableZoom(READABLE_PX);
  const smallest = readableZoom(SMALLEST_PX);
  let zoom: number;
  if (mode === 'fit') zoom = fit;
  else if (mode === 'open') zoom = Math.max(readable, Math.min(fit, CAMERA_MAX_ZOOM));
  else if (fit >= readable) zoom = Math.min(fit, CAMERA_MAX_ZOOM);
  else zoom = Math.max(fit, smallest);
  zoom = Math.max(zoom, 1e-3);
  let cx = (box.x1 + box.x2) / 2;
  let cy = (box.y1 + box.y2) / 2;
  const fits = bw * zoom <= w - 2 * padding + 0.5 && bh * zoom <= h - 2 * padding + 0.5;
  if (!fits) {
    const halfW = (w / 2 - padding) / zoom;
    const halfH = (h / 2 - padding) / zoom;
    if (request.anchor) {
      // Keep the anchor in view, as close to the box's centre as the viewport allows.
      cx = clamp(cx, request.anchor.x - halfW * 0.8, request.anchor.x + halfW * 0.8);
      cy = clamp(cy, request.anchor.y - halfH * 0.8, request.anchor.y + halfH * 0.8);
    } else {
      // Start at the top-left: where a frame's title and the start of a chain are.
      if (bw * zoom > w - 2 * padding) cx = box.x1 + halfW;
      if (bh * zoom > h - 2 * padding) cy = box.y1 + halfH;
    }
  }
  return { zoom, pan: { x: w / 2 - zoom * cx, y: h / 2 - zoom * cy }, fits };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
