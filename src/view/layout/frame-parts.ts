/**
 * The frames a diagram is drawn in: one per owner mechanism (./layout-blocks.ts,
 * `ownerMechanisms`), except that a mechanism owning more than FRAME_MAX entities is drawn
 * as several frames, its parts (./partition.ts: connected components, communities of a
 * large one, small pieces gathered). Plain data.
 *
 * Why frames of their own rather than invisible blocks in one frame: everything that lets a
 * reader find their way in a large diagram works by frames. The overview of a very large
 * graph (../overview.ts) draws each frame closed, with its title and count, and opens the
 * frames a zoom reaches or a search lands in; one frame of 4,700 entities would open all
 * of them at once, which is what the overview exists to avoid. A part's title names its
 * mechanism, its number and its most connected entity (a landmark to look for), and
 * clicking any part still selects the mechanism, whose frames are outlined together.
 */
import { FRAME_MAX, PIECE_MIN } from './layout-options';
import { partitionGraph } from './partition';

/** A part of a split mechanism: its number, of how many, and what it holds. */
export interface PartInfo {
  n: number;
  of: number;
  /** Small pieces gathered together, rather than one connected part. */
  pieces: boolean;
  /** The part's node with the most relations inside it (none for gathered pieces). */
  hub?: string;
}

export interface FramePlan {
  /** The frame's key: the mechanism id, or `<mechanism>/part-<n>` for a part. */
  key: string;
  mechanism: string;
  /** How many nodes it holds. */
  count: number;
  part?: PartInfo;
}

/** The key of a split mechanism's n-th frame ('/' is in no id the schema allows, so it never meets a mechanism's). */
export const partKey = (mechanism: string, n: number) => `${mechanism}/part-${n}`;

export interface FramedNodes {
  /** The frame key of each node that has an owner. */
  frameOf: Map<string, string>;
  /** Frames in the order of their mechanism's first node, a mechanism's parts in their order. */
  frames: FramePlan[];
}

/**
 * Frames for nodes with their owner mechanisms ('' for none: no frame), split where a
 * mechanism owns more than `max` nodes. `edges` are the drawn edges by node ids.
 */
export function frameParts(
  owners: ReadonlyMap<string, string>,
  edges: readonly { source: string; target: string }[],
  max = FRAME_MAX,
): FramedNodes {
  const members = new Map<string, string[]>();
  for (const [node, m] of owners) {
    if (!m) continue;
    const list = members.get(m);
    if (list) list.push(node);
    else members.set(m, [node]);
  }
  const frameOf = new Map<string, string>();
  const frames: FramePlan[] = [];
  for (const [mechanism, nodes] of members) {
    if (nodes.length <= max) {
      for (const id of nodes) frameOf.set(id, mechanism);
      frames.push({ key: mechanism, mechanism, count: nodes.length });
      continue;
    }
    const inside = edges.filter((e) => owners.get(e.source) === mechanism && owners.get(e.target) === mechanism);
    const parts = partitionGraph(nodes, inside, { max, min: PIECE_MIN });
    const partOf = new Map<string, number>();
    parts.forEach((p, i) => {
      for (const id of p.nodes) partOf.set(id, i);
    });
    // Relations inside each part, per node: the part's hub is its most connected node.
    const degree = new Map<string, number>();
    for (const e of inside)
      if (e.source !== e.target && partOf.get(e.source) === partOf.get(e.target))
        for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    parts.forEach((p, i) => {
      const key = partKey(mechanism, i + 1);
      let hub: string | undefined;
      if (p.kind === 'connected')
        for (const id of p.nodes) if (hub === undefined || (degree.get(id) ?? 0) > (degree.get(hub) ?? 0)) hub = id;
      for (const id of p.nodes) frameOf.set(id, key);
      frames.push({
        key,
        mechanism,
        count: p.nodes.length,
        part: { n: i + 1, of: parts.length, pieces: p.kind === 'pieces', ...(hub !== undefined ? { hub } : {}) },
      });
    });
  }
  return { frameOf, frames };
}
