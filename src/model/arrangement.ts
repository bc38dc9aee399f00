/**
 * Arrangements: where a person (or a curator) put the nodes of one view, and how a saved
 * arrangement meets a knowledge base that has grown since. Pure and plain: no DOM, no
 * Cytoscape, and no zod at run time, because the browser uses this module and the
 * validator is not shipped there (the schemas, and so the types, are in ./layout-file.ts;
 * only their types are imported here).
 *
 * A view is what the automatic layout depends on: the therapies shown, whether
 * combinations bring their components, and the layout direction. Filters, selection and
 * language only hide, highlight or relabel, so they are not part of it.
 */
import type { Arrangement, Point, ViewKey } from './layout-file';

export type { Arrangement, Point, ViewKey } from './layout-file';

/**
 * schema.ts's ID_PATTERN, restated because importing it would bring zod into the browser
 * (a unit test keeps the two equal).
 */
export const THERAPY_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The automatic layout's directions: dagre's rankDir. */
export const LAYOUT_DIRECTIONS = ['TB', 'LR'] as const;
export type LayoutDirection = (typeof LAYOUT_DIRECTIONS)[number];

/** Words of the key's middle part, for `withComponents` true and false. */
export const COMPONENT_WORDS = ['components', 'alone'] as const;

/**
 * Mechanism frames are compound nodes whose box Cytoscape derives from their children,
 * so an arrangement never stores them: moving a frame moves its children, and that is
 * what is stored.
 */
export const FRAME_PREFIX = 'frame:';
export const isFrameId = (id: string) => id.startsWith(FRAME_PREFIX);

/**
 * A view key with its therapies sorted and listed once, so one view has one key however
 * the therapies were ticked.
 */
export function viewKey(therapies: readonly string[], withComponents: boolean, direction: LayoutDirection): ViewKey {
  return { therapies: [...new Set(therapies)].sort(), withComponents, direction };
}

/** `tace|components|TB`, `haic,tace|alone|LR`: the storage key of a view. */
export function viewKeyString(view: ViewKey): string {
  const canonical = viewKey(view.therapies, view.withComponents, view.direction);
  return `${canonical.therapies.join(',')}|${COMPONENT_WORDS[canonical.withComponents ? 0 : 1]}|${canonical.direction}`;
}

export type ParsedViewKey = { ok: true; view: ViewKey } | { ok: false; message: string };

/**
 * Reads a storage key back. Only the canonical form is accepted: a second spelling of a
 * view would be a second key, and the arrangement saved under it would never be found.
 */
export function parseViewKey(text: unknown): ParsedViewKey {
  const fail = (message: string): ParsedViewKey => ({ ok: false, message });
  if (typeof text !== 'string') return fail(`a view key is a string, not ${text === null ? 'null' : typeof text}`);
  const parts = text.split('|');
  if (parts.length !== 3)
    return fail(
      `a view key has three parts separated by "|", therapies|${COMPONENT_WORDS.join(' or ')}|${LAYOUT_DIRECTIONS.join(' or ')} (got "${text}")`,
    );
  const [list, components, direction] = parts;
  if (list === '') return fail(`the view key "${text}" names no therapy`);
  const therapies = list.split(',');
  const bad = therapies.find((t) => !THERAPY_ID_PATTERN.test(t));
  if (bad !== undefined)
    return fail(
      `"${bad}" in the view key "${text}" is not a therapy id (lower-case letters and digits joined by hyphens)`,
    );
  const canonical = [...new Set(therapies)].sort();
  if (canonical.join(',') !== list)
    return fail(`the therapies of a view key are sorted and listed once: "${canonical.join(',')}", not "${list}"`);
  const word = COMPONENT_WORDS.indexOf(components as (typeof COMPONENT_WORDS)[number]);
  if (word < 0)
    return fail(
      `the middle part of a view key is ${COMPONENT_WORDS.map((w) => `"${w}"`).join(' or ')} (got "${components}")`,
    );
  if (!(LAYOUT_DIRECTIONS as readonly string[]).includes(direction))
    return fail(`the last part of a view key is ${LAYOUT_DIRECTIONS.join(' or ')} (got "${direction}")`);
  return {
    ok: true,
    view: { therapies: canonical, withComponents: word === 0, direction: direction as LayoutDirection },
  };
}

/** An arrangement of the given node positions; frames are left out (see FRAME_PREFIX). */
export function arrangementOf(view: ViewKey, positions: Iterable<readonly [string, Point]>): Arrangement {
  const out: Record<string, Point> = {};
  for (const [id, p] of positions) if (!isFrameId(id)) out[id] = { x: p.x, y: p.y };
  return { view: viewKey(view.therapies, view.withComponents, view.direction), positions: out };
}

const isFinitePoint = (p: unknown): p is Point =>
  typeof p === 'object' &&
  p !== null &&
  Number.isFinite((p as Point).x) &&
  Number.isFinite((p as Point).y) &&
  Object.keys(p).length === 2;

/**
 * A stored value read back from the browser, if it is an arrangement of `view`. Storage
 * outlives app versions and can be edited by hand, so what comes back is checked (by hand:
 * the browser has no zod), and anything else counts as no arrangement.
 */
export function asArrangement(value: unknown, view: ViewKey): Arrangement | null {
  if (typeof value !== 'object' || value === null) return null;
  const { view: stored, positions } = value as Partial<Arrangement>;
  if (typeof stored !== 'object' || stored === null || !Array.isArray(stored.therapies)) return null;
  if (viewKeyString(stored) !== viewKeyString(view)) return null;
  if (typeof positions !== 'object' || positions === null || Array.isArray(positions)) return null;
  if (!Object.values(positions).every(isFinitePoint)) return null;
  return arrangementOf(view, Object.entries(positions));
}

export interface Size {
  width: number;
  height: number;
}

export interface ArrangeOptions {
  /** A node's box; nodes without one count as DEFAULT_SIZE. */
  size?: (id: string) => Size | undefined;
  /** Clear space kept between a placed node and its neighbours' boxes. */
  gap?: number;
}

/** About one short label's box, for nodes whose size the caller does not give. */
export const DEFAULT_SIZE: Size = { width: 80, height: 40 };
const DEFAULT_GAP = 16;

export interface Arranged {
  /** Every node of `auto` except frames, at its saved, placed or automatic position. */
  positions: Map<string, Point>;
  /** Nodes the saved arrangement did not know, placed beside their already placed neighbours. */
  placedBeside: string[];
  /** Ids the saved arrangement has that are no longer nodes of the view. */
  missing: string[];
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Box, b: Box, gap: number) =>
  Math.abs(a.x - b.x) < (a.width + b.width) / 2 + gap && Math.abs(a.y - b.y) < (a.height + b.height) / 2 + gap;

/**
 * The first free spot for a box of `size` near `anchor`: candidates step right and down
 * by half a box plus the gap, nearest rings first and right before down, so a new node
 * lands just beside its neighbour, as a person would put it, not on top of anything.
 */
function freeSpot(anchor: Point, size: Size, placed: readonly Box[], gap: number): Point {
  const sx = (size.width + gap) / 2;
  const sy = (size.height + gap) / 2;
  const free = (x: number, y: number) => !placed.some((b) => overlaps({ x, y, ...size }, b, gap));
  // Beyond the placed boxes' extent every spot is free, so this many rings always suffice.
  let extent = 0;
  for (const b of placed)
    extent = Math.max(extent, (Math.abs(b.x - anchor.x) + b.width) / sx, (Math.abs(b.y - anchor.y) + b.height) / sy);
  const rings = Math.ceil(extent) + 2;
  for (let r = 0; r <= rings; r++) {
    const ring: Array<[number, number]> = [];
    for (let k = 0; k <= r; k++) ring.push([r, k], [k, r]);
    ring.sort((a, b) => a[0] + a[1] - (b[0] + b[1]) || b[0] - a[0]);
    for (const [i, j] of ring) {
      const x = anchor.x + i * sx;
      const y = anchor.y + j * sy;
      if (free(x, y)) return { x, y };
    }
  }
  return { x: anchor.x + (rings + 1) * sx, y: anchor.y };
}

/**
 * The positions to draw a view at. Saved positions win. A node the saved arrangement does
 * not know (an entity curated since) goes beside its placed neighbours, at the first spot
 * near their mean that overlaps no placed box; nodes placed this way count as placed for
 * the next, so a new chain grows from where it attaches. A new node with no placed
 * neighbour keeps its automatic position. Without a saved arrangement this is `auto`.
 */
export function arrange(
  auto: ReadonlyMap<string, Point>,
  saved: Arrangement | null,
  neighbours: (id: string) => readonly string[],
  options: ArrangeOptions = {},
): Arranged {
  const gap = options.gap ?? DEFAULT_GAP;
  const sizeOf = (id: string) => options.size?.(id) ?? DEFAULT_SIZE;
  const positions = new Map<string, Point>();
  const ids = [...auto.keys()].filter((id) => !isFrameId(id));
  if (!saved) {
    for (const id of ids) positions.set(id, { ...(auto.get(id) as Point) });
    return { positions, placedBeside: [], missing: [] };
  }
  const known = Object.keys(saved.positions).filter((id) => !isFrameId(id));
  const missing = known.filter((id) => !auto.has(id));
  const boxes: Box[] = [];
  const place = (id: string, p: Point) => {
    positions.set(id, p);
    boxes.push({ ...p, ...sizeOf(id) });
  };
  for (const id of ids) {
    const p = saved.positions[id];
    if (p) place(id, { x: p.x, y: p.y });
  }
  let pending = ids.filter((id) => !positions.has(id));
  const placedBeside: string[] = [];
  for (let progress = true; progress && pending.length > 0; ) {
    progress = false;
    const still: string[] = [];
    for (const id of pending) {
      const around = neighbours(id)
        .map((n) => positions.get(n))
        .filter((p): p is Point => p !== undefined);
      if (around.length === 0) {
        still.push(id);
        continue;
      }
      const anchor = {
        x: around.reduce((s, p) => s + p.x, 0) / around.length,
        y: around.reduce((s, p) => s + p.y, 0) / around.length,
      };
      place(id, freeSpot(anchor, sizeOf(id), boxes, gap));
      placedBeside.push(id);
      progress = true;
    }
    pending = still;
  }
  for (const id of pending) positions.set(id, { ...(auto.get(id) as Point) });
  return { positions, placedBeside, missing };
}

/** Positions rounded to a tenth of a unit: finer than a screen shows, and files stay readable. */
const round = (v: number) => Math.round(v * 10) / 10;

/** Where a curator keeps a view's layout file, relative to the knowledge base folder. */
export const LAYOUTS_FOLDER = 'layouts';

/** `tace-tb.json`, `haic+tace-alone-lr.json`: one file name per view. */
export function layoutFileName(view: ViewKey): string {
  const v = viewKey(view.therapies, view.withComponents, view.direction);
  return `${v.therapies.join('+')}${v.withComponents ? '' : '-alone'}-${v.direction.toLowerCase()}.json`;
}

/**
 * The text of a layout file for `graphs/layouts/`: exactly what `graph validate` accepts,
 * ids sorted so that saving again after a small change gives a small diff.
 */
export function layoutFileText(arrangement: Arrangement): string {
  const positions: Record<string, Point> = {};
  for (const id of Object.keys(arrangement.positions).sort()) {
    if (isFrameId(id)) continue;
    const p = arrangement.positions[id];
    positions[id] = { x: round(p.x), y: round(p.y) };
  }
  const { therapies, withComponents, direction } = viewKey(
    arrangement.view.therapies,
    arrangement.view.withComponents,
    arrangement.view.direction,
  );
  const file = {
    $schema: '../schema/layout.schema.json',
    view: { therapies, withComponents, direction },
    positions,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
