/**
 * The overview of a very large graph: every mechanism frame drawn closed (a box the size
 * its entities take, titled, with how many of them the filters show) and one link per
 * pair of frames that share relations. A frame's entities and relations enter Cytoscape
 * only when it is opened: clicked, searched into, or zoomed to until labels read.
 * Cytoscape's cost grows with what it holds (every style pass and redraw touches every
 * element), so the overview of thousands of entities costs what a few hundred frames do.
 *
 * The layout is the full one, computed once (in workers): an opened frame's entities
 * are where the whole diagram puts them, so opening never moves anything.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import type { Measure } from '../style/label-layout';
import { FRAME_LOOK } from '../style/visual';
import { isFrame } from './cy-elements';
import { type Box, type FramedLayout, type Point, wrapTitle } from './layout';

/** Graphs with more nodes than this open as an overview of closed frames. */
export const OVERVIEW_ABOVE = 3000;

/** Links drawn per closed frame at most: its strongest. */
export const LINKS_PER_FRAME = 3;

/** Frames opened by one zoom gesture at most (each adds its entities in one batch). */
export const OPEN_AT_ONCE = 24;

export interface Overview {
  layout: FramedLayout;
  /** Frame definitions, by frame id. */
  frames: Map<string, ElementDefinition>;
  /** Node definitions inside each frame, by frame id. */
  members: Map<string, ElementDefinition[]>;
  /** Nodes in no frame: always drawn. */
  loose: ElementDefinition[];
  edges: ElementDefinition[];
  /** The frame of each node id. */
  frameOf: Map<string, string>;
  /** Node ids of each entity (an outcome repeated per mechanism has several). */
  nodesOf: Map<string, string[]>;
  /** Frames whose entities are in Cytoscape. */
  open: Set<string>;
}

export function makeOverview(elements: readonly ElementDefinition[], layout: FramedLayout): Overview {
  const frames = new Map<string, ElementDefinition>();
  const members = new Map<string, ElementDefinition[]>();
  const loose: ElementDefinition[] = [];
  const edges: ElementDefinition[] = [];
  const frameOf = new Map<string, string>();
  const nodesOf = new Map<string, string[]>();
  for (const e of elements) {
    if (e.group === 'edges') edges.push(e);
    else if (isFrame(e.data)) frames.set(e.data.id as string, e);
    else {
      const id = e.data.id as string;
      const entity = String(e.data.entity ?? id);
      nodesOf.set(entity, [...(nodesOf.get(entity) ?? []), id]);
      const parent = e.data.parent as string | undefined;
      if (parent) {
        frameOf.set(id, parent);
        members.set(parent, [...(members.get(parent) ?? []), e]);
      } else loose.push(e);
    }
  }
  return { layout, frames, members, loose, edges, frameOf, nodesOf, open: new Set() };
}

const centre = (b: Box): Point => ({ x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2 });

/** A closed frame's label: its title, then how many of its entities are shown. */
export const closedLabel = (title: string, shown: number) => `${title}\n(${shown})`;

/** Share of a closed frame's width and height its label may take. */
const CLOSED_LABEL_ROOM = 0.86;

/**
 * A closed frame's title as large as its box holds it (wrapped to the box's width, with
 * its count line below), up to `wanted`: the layout sizes titles for open frames, each with
 * its title above it and at most FRAME_LOOK.maxTitle, while a closed frame has its whole box
 * for its label. At the fit of a few dozen large frames (an imported network's parts) this
 * is what makes their titles read. Null when no size from FRAME_LOOK.minTitle up fits.
 */
export function closedTitleFit(
  title: string,
  box: { w: number; h: number },
  measure: Measure,
  wanted: number,
): { lines: string[]; size: number } | null {
  const width = box.w * CLOSED_LABEL_ROOM;
  const fits = (size: number) => {
    const t = wrapTitle(title, measure, size, width);
    return t.w <= width && (t.lines.length + 1) * size * FRAME_LOOK.titleLineHeight <= box.h * CLOSED_LABEL_ROOM
      ? t.lines
      : null;
  };
  let low: number = FRAME_LOOK.minTitle;
  let lines = fits(low);
  if (!lines) return null;
  const enough = Math.min(wanted, box.h / (2 * FRAME_LOOK.titleLineHeight));
  const atMost = fits(enough);
  if (atMost) return { lines: atMost, size: Math.max(low, enough) };
  // Halving the interval: within 2% of the largest size that fits.
  let high = Math.max(low, enough);
  while (high - low > low * 0.02) {
    const mid = (low + high) / 2;
    const at = fits(mid);
    if (at) {
      low = mid;
      lines = at;
    } else high = mid;
  }
  return { lines, size: low };
}

/**
 * What Cytoscape holds for the overview: closed frames at their boxes (with the entity
 * ids they stand for), the loose nodes, one link per pair of linked frames (its weight
 * the number of relations), and the relations among loose nodes. Positions included.
 */
export function closedElements(ov: Overview, title: { measure: Measure; wanted: number }): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  for (const [id, def] of ov.frames) {
    const frameBox = ov.layout.boxes.get(id);
    const laid = ov.layout.titles.get(id);
    if (!frameBox) continue;
    // Closed, the frame takes its title's room too: the title is drawn inside it.
    const cx = (frameBox.x1 + frameBox.x2) / 2;
    const half = (laid?.titleW ?? 0) / 2;
    const box = {
      x1: Math.min(frameBox.x1, cx - half),
      y1: frameBox.y1 - (laid?.titleH ?? 0),
      x2: Math.max(frameBox.x2, cx + half),
      y2: frameBox.y2,
    };
    const entities = [...new Set((ov.members.get(id) ?? []).map((n) => String(n.data.entity)))];
    // The title as wrapped by the layout, or larger where the closed box holds it; the label
    // adds the count the filters leave.
    const laidSize = Number(laid?.titleSize ?? def.data.titleSize);
    const fit =
      title.wanted > laidSize
        ? closedTitleFit(
            String(def.data.title),
            { w: box.x2 - box.x1, h: box.y2 - box.y1 },
            title.measure,
            title.wanted,
          )
        : null;
    const larger = fit && fit.size > laidSize ? fit : null;
    const closedTitle = larger ? larger.lines.join('\n') : (laid?.label ?? String(def.data.title));
    out.push({
      group: 'nodes',
      data: {
        ...def.data,
        closedTitle,
        label: closedLabel(closedTitle, entities.length),
        titleSize: larger?.size ?? laidSize,
        titleMax: larger?.size ?? laidSize,
        titleW: 0,
        titleH: 0,
        w: box.x2 - box.x1,
        h: box.y2 - box.y1,
        members: entities,
      },
      classes: 'frame closed',
      position: centre(box),
    });
  }
  for (const n of ov.loose) out.push({ ...n, position: ov.layout.positions.get(n.data.id as string) });
  const links = new Map<string, { source: string; target: string; count: number }>();
  for (const e of ov.edges) {
    const a = ov.frameOf.get(e.data.source as string);
    const b = ov.frameOf.get(e.data.target as string);
    if (!a || !b) {
      if (!a && !b) out.push(e);
      continue;
    }
    if (a === b) continue;
    const [source, target] = a < b ? [a, b] : [b, a];
    const key = `${source}|${target}`;
    const link = links.get(key) ?? { source, target, count: 0 };
    link.count++;
    links.set(key, link);
  }
  // Only the strongest links of each frame: thousands of thin lines would say nothing.
  const strongest = new Set<string>();
  const byFrame = new Map<string, Array<[string, number]>>();
  for (const [key, link] of links)
    for (const end of [link.source, link.target]) byFrame.set(end, [...(byFrame.get(end) ?? []), [key, link.count]]);
  for (const list of byFrame.values())
    for (const [key] of list.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, LINKS_PER_FRAME))
      strongest.add(key);
  for (const [key, link] of links)
    if (strongest.has(key))
      out.push({
        group: 'edges',
        data: { id: `link:${key}`, ...link, width: Math.min(6, 1 + Math.log2(link.count)) },
        classes: 'link',
      });
  return out;
}

/**
 * Opens frames: each becomes the compound of its entities, which are added where the
 * layout put them, with every relation whose two ends are now drawn. Returns whether
 * anything was added.
 */
export function openFrames(cy: Core, ov: Overview, ids: Iterable<string>): boolean {
  const opening = [...ids].filter((id) => !ov.open.has(id) && ov.frames.has(id));
  if (opening.length === 0) return false;
  cy.batch(() => {
    const added: ElementDefinition[] = [];
    for (const id of opening) {
      ov.open.add(id);
      const frame = cy.getElementById(id);
      const title = ov.layout.titles.get(id);
      if (frame.nonempty()) {
        frame.removeClass('closed');
        // Open, its title goes back above it, at most as large as the layout made room for.
        frame.data({
          label: title?.label ?? frame.data('title'),
          titleW: title?.titleW ?? 0,
          titleH: title?.titleH ?? 0,
          titleMax: title?.titleSize ?? FRAME_LOOK.minTitle,
        });
      }
      for (const n of ov.members.get(id) ?? [])
        added.push({ ...n, position: ov.layout.positions.get(n.data.id as string) ?? { x: 0, y: 0 } });
    }
    cy.add(added);
    const drawn = (node: string) => {
      const frame = ov.frameOf.get(node);
      return frame ? ov.open.has(frame) : true;
    };
    const edges = ov.edges.filter((e) => {
      const source = e.data.source as string;
      const target = e.data.target as string;
      const touches = opening.includes(ov.frameOf.get(source) ?? '') || opening.includes(ov.frameOf.get(target) ?? '');
      return touches && drawn(source) && drawn(target) && cy.getElementById(e.data.id as string).empty();
    });
    cy.add(edges);
  });
  return true;
}

/** The frames holding these entities (every copy of a repeated one). */
export function framesOfEntities(ov: Overview, entities: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const entity of entities)
    for (const node of ov.nodesOf.get(entity) ?? []) {
      const frame = ov.frameOf.get(node);
      if (frame) out.add(frame);
    }
  return out;
}

/** The frames holding these node ids. */
export function framesOfNodes(ov: Overview, nodes: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const n of nodes) {
    const frame = ov.frameOf.get(n);
    if (frame) out.add(frame);
  }
  return out;
}

/** The frames of an entity and of everything one relation away from it. */
export function framesAround(ov: Overview, entity: string): Set<string> {
  const nodes = new Set(ov.nodesOf.get(entity) ?? []);
  const around = new Set<string>();
  for (const e of ov.edges) {
    const s = e.data.source as string;
    const t = e.data.target as string;
    if (nodes.has(s) || nodes.has(t)) {
      around.add(s);
      around.add(t);
    }
  }
  for (const n of nodes) around.add(n);
  const out = new Set<string>();
  for (const n of around) {
    const frame = ov.frameOf.get(n);
    if (frame) out.add(frame);
  }
  return out;
}

/** Closed frames whose boxes meet a region (the visible part of the diagram). */
export function framesIn(ov: Overview, region: Box, limit: number): string[] {
  const out: string[] = [];
  for (const [id, box] of ov.layout.boxes) {
    if (ov.open.has(id)) continue;
    if (box.x1 < region.x2 && region.x1 < box.x2 && box.y1 < region.y2 && region.y1 < box.y2) out.push(id);
    if (out.length >= limit) break;
  }
  return out;
}
