/**
 * What the runner's in-page scripts (probe.js, page-queries.js) put on `window`, for them
 * (checked JavaScript) and for the runner's TypeScript that reads it through page.evaluate.
 * Both are init scripts of every page the runner opens, so they are declared as always there.
 */

/** What ends an armed measurement's clock once the change is observable (see probe.js). */
export type ProbeCondition = 'nodes-changed' | 'hidden-changed' | 'called' | 'layout' | 'focus' | 'path' | 'text';
/** The input event that starts the clock, or 'manual': the clock starts when the probe is armed. */
export type ProbeTrigger = 'click' | 'keydown' | 'change' | 'manual';

export interface ProbeSpec {
  name: string;
  trigger: ProbeTrigger;
  cond: ProbeCondition;
  /** The entity id ('focus') or CSS selector ('text') the condition looks at. */
  arg?: string;
}

/** One measured action: armed, trigger event (t0), drawn (end), all in page milliseconds. */
export interface ProbeWindow {
  name: string;
  armed: number;
  t0: number | null;
  end: number;
  ms: number | null;
  rendered: boolean;
}

export interface ProbeFirst {
  drawn: number;
  detected: number;
  rendered: boolean;
  nodes: number;
  edges: number;
}

export interface ProbeLongTask {
  start: number;
  duration: number;
}

export interface Probe {
  longtasks: ProbeLongTask[];
  renders: number[];
  layoutStops: number;
  first: ProbeFirst | null;
  windows: ProbeWindow[];
  noLongtasks?: boolean;
  error?: string;
  firstPromise: Promise<ProbeFirst>;
  arm(spec: ProbeSpec): boolean;
  settled(): Promise<ProbeWindow | null>;
}

export interface PageQueries {
  /** The size of the app's drawing area (.cy), in CSS pixels. */
  drawingArea(): { w: number; h: number } | null;
  /**
   * In an overview of closed frames, zooms in on the first visible frame (with `inParts`, the
   * first part of a split frame); false when there is none.
   */
  openOneFrame(inParts?: boolean): boolean;
  /**
   * A visible gene of middling degree (closest to 4), to search for by its label; with
   * `inParts`, an entity of any type drawn in a part of a split frame (an imported network).
   */
  searchTarget(inParts?: boolean): { id: string; label: string } | null;
  /** Two entities three directed steps apart among the visible edges. */
  pathEnds(): { from: string; to: string } | null;
}

declare global {
  interface Window {
    __probe: Probe;
    __benchQueries: PageQueries;
  }
}
