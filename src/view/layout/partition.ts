/**
 * Splitting a large graph into parts of bounded size, on plain data (no Cytoscape, no
 * randomness: the same graph in the same order always gives the same parts).
 *
 * Used twice: a mechanism frame of more entities than a reader can take in (an imported
 * network without groups is one frame of thousands) is drawn as several frames
 * (../cy-elements.ts), and any block a layout is handed with more nodes than one dagre
 * call should take is laid out in pieces (./block-layout.ts).
 *
 * 1. Connected components, in the order of their first node.
 * 2. A component above `max` nodes is split into communities by Louvain's method
 *    (modularity, resolution 1) with a size cap: a node never joins a community that the
 *    move would take above `max`, so every community stays within the bound. Nodes are
 *    visited in the order given and ties go to the first community met, so the result is
 *    deterministic. (graphology-communities-louvain does the same without the cap and with
 *    a random visiting order unless given a seeded generator; the method is small enough to
 *    keep here, where the cap belongs inside the moves.)
 * 3. Components, and leftover communities, of fewer than `min` nodes are gathered into
 *    parts of `max` nodes at most, to be laid out piece by piece in a grid: hundreds of
 *    isolated nodes or pairs are not hundreds of frames.
 */

export interface PartitionEdge {
  source: string;
  target: string;
}

/** `connected`: a component, or a community of one; `pieces`: small pieces gathered together. */
export const PART_KINDS = ['connected', 'pieces'] as const;
export type PartKind = (typeof PART_KINDS)[number];

export interface Part {
  kind: PartKind;
  /** Node ids in the order they were given. */
  nodes: string[];
}

export interface PartitionOptions {
  /** Most nodes in a part. */
  max: number;
  /** Pieces smaller than this are gathered with others. */
  min: number;
}

/** Undirected adjacency over node indices, edges to unknown nodes and self-loops left out. */
function adjacency(nodes: readonly string[], edges: readonly PartitionEdge[]): number[][] {
  const index = new Map<string, number>();
  nodes.forEach((id, i) => {
    if (!index.has(id)) index.set(id, i);
  });
  const adj: number[][] = nodes.map(() => []);
  for (const e of edges) {
    const a = index.get(e.source);
    const b = index.get(e.target);
    if (a === undefined || b === undefined || a === b) continue;
    adj[a].push(b);
    adj[b].push(a);
  }
  return adj;
}

/** Connected components as lists of node indices (each ascending), in the order of their first node. */
function componentIndices(adj: readonly number[][]): number[][] {
  const seen = new Uint8Array(adj.length);
  const out: number[][] = [];
  for (let start = 0; start < adj.length; start++) {
    if (seen[start]) continue;
    seen[start] = 1;
    const members = [start];
    for (let k = 0; k < members.length; k++)
      for (const j of adj[members[k]])
        if (!seen[j]) {
          seen[j] = 1;
          members.push(j);
        }
    out.push(members.sort((a, b) => a - b));
  }
  return out;
}

/** Connected components of a graph (edges taken both ways), in the order of their first node. */
export function components(nodes: readonly string[], edges: readonly PartitionEdge[]): string[][] {
  const adj = adjacency(nodes, edges);
  return componentIndices(adj).map((c) => c.map((i) => nodes[i]));
}

/**
 * A weighted graph of one Louvain level in compressed rows: node i's neighbours are
 * `targets[offsets[i]…offsets[i+1])` with `weights`; `self` is the weight of edges inside
 * node i (a community of the level below), `size` how many original nodes it stands for.
 */
interface Level {
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  self: Float64Array;
  size: Int32Array;
}

/** Rows from per-node maps of neighbour → weight, neighbours in ascending order. */
function compress(rows: ReadonlyArray<ReadonlyMap<number, number>>, self: Float64Array, size: Int32Array): Level {
  const offsets = new Int32Array(rows.length + 1);
  rows.forEach((row, i) => {
    offsets[i + 1] = offsets[i] + row.size;
  });
  const targets = new Int32Array(offsets[rows.length]);
  const weights = new Float64Array(offsets[rows.length]);
  rows.forEach((row, i) => {
    let k = offsets[i];
    for (const j of [...row.keys()].sort((a, b) => a - b)) {
      targets[k] = j;
      weights[k++] = row.get(j) ?? 0;
    }
  });
  return { offsets, targets, weights, self, size };
}

/** Passes over all nodes per level at most (Louvain usually settles in a handful). */
const MAX_PASSES = 30;

/** A level is settled when a pass moves fewer than one node in this many. */
const SETTLED = 200;

/**
 * One level of Louvain's local moving with a size cap: each node, in order, goes to the
 * neighbouring community with the best modularity gain that has room for it. Returns each
 * node's community (renumbered 0… in order of first member) and whether anything moved.
 */
function localMoves(level: Level, twoM: number, max: number): { community: Int32Array; moved: boolean } {
  const n = level.size.length;
  const { offsets, targets, weights } = level;
  const degree = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let k = 2 * level.self[i];
    for (let e = offsets[i]; e < offsets[i + 1]; e++) k += weights[e];
    degree[i] = k;
  }
  const community = new Int32Array(n);
  for (let i = 0; i < n; i++) community[i] = i;
  const total = Float64Array.from(degree);
  const size = Int32Array.from(level.size);
  // Weight from the current node to each community, and which communities it touched.
  const link = new Float64Array(n);
  const seenBy = new Int32Array(n).fill(-1);
  const touched: number[] = [];
  let movedAny = false;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      const own = community[i];
      touched.length = 0;
      for (let e = offsets[i]; e < offsets[i + 1]; e++) {
        const c = community[targets[e]];
        if (seenBy[c] !== i) {
          seenBy[c] = i;
          link[c] = 0;
          touched.push(c);
        }
        link[c] += weights[e];
      }
      total[own] -= degree[i];
      size[own] -= level.size[i];
      const ki = degree[i] / twoM;
      let best = own;
      let bestGain = (seenBy[own] === i ? link[own] : 0) - total[own] * ki;
      for (const c of touched) {
        if (c === own || size[c] + level.size[i] > max) continue;
        const g = link[c] - total[c] * ki;
        if (g > bestGain + 1e-12) {
          best = c;
          bestGain = g;
        }
      }
      community[i] = best;
      total[best] += degree[i];
      size[best] += level.size[i];
      if (best !== own) moved++;
    }
    if (moved > 0) movedAny = true;
    // A pass that moves almost nothing is the long tail of a settled level: the next level
    // gains more (fewer than one node in SETTLED moved).
    if (moved * SETTLED <= n) break;
  }
  const renumber = new Int32Array(n).fill(-1);
  let next = 0;
  for (let i = 0; i < n; i++) {
    const c = community[i];
    if (renumber[c] < 0) renumber[c] = next++;
    community[i] = renumber[c];
  }
  return { community, moved: movedAny };
}

/** The next level: one node per community, edges between communities summed, edges inside them as self-loops. */
function aggregate(level: Level, community: Int32Array): Level {
  let count = 0;
  for (const c of community) count = Math.max(count, c + 1);
  const rows = Array.from({ length: count }, () => new Map<number, number>());
  const self = new Float64Array(count);
  const size = new Int32Array(count);
  for (let i = 0; i < community.length; i++) {
    const a = community[i];
    self[a] += level.self[i];
    size[a] += level.size[i];
    for (let e = level.offsets[i]; e < level.offsets[i + 1]; e++) {
      const b = community[level.targets[e]];
      const w = level.weights[e];
      // Each edge is met from both ends: inside a community it counts once, across once per side.
      if (a === b) self[a] += w / 2;
      else rows[a].set(b, (rows[a].get(b) ?? 0) + w);
    }
  }
  return compress(rows, self, size);
}

/**
 * Communities of a graph by Louvain's method with no community above `max` nodes (see
 * the module comment). Each community lists its nodes in the order given; communities
 * come in the order of their first node.
 */
export function communities(nodes: readonly string[], edges: readonly PartitionEdge[], max: number): string[][] {
  const adj = adjacency(nodes, edges);
  let twoM = 0;
  for (const list of adj) twoM += list.length;
  // Where each original node is in the current level.
  let where = new Int32Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) where[i] = i;
  if (twoM > 0) {
    const rows = adj.map((list) => {
      const row = new Map<number, number>();
      for (const j of list) row.set(j, (row.get(j) ?? 0) + 1);
      return row;
    });
    let level = compress(rows, new Float64Array(nodes.length), new Int32Array(nodes.length).fill(1));
    for (;;) {
      const { community, moved } = localMoves(level, twoM, Math.max(1, max));
      if (!moved) break;
      where = where.map((c) => community[c]);
      level = aggregate(level, community);
    }
  }
  const groups = new Map<number, string[]>();
  where.forEach((c, i) => {
    const group = groups.get(c);
    if (group) group.push(nodes[i]);
    else groups.set(c, [nodes[i]]);
  });
  return [...groups.values()];
}

/**
 * A graph split into parts of at most `max` nodes (see the module comment): connected
 * parts (components, or communities of a large one) largest first, then the small pieces
 * gathered into parts of their own. Every node is in exactly one part.
 */
export function partitionGraph(
  nodes: readonly string[],
  edges: readonly PartitionEdge[],
  { max, min }: PartitionOptions,
): Part[] {
  const connected: string[][] = [];
  const small: string[][] = [];
  const keep = (group: string[]) => (group.length < min ? small : connected).push(group);
  for (const component of components(nodes, edges)) {
    if (component.length <= max) {
      keep(component);
      continue;
    }
    const inside = new Set(component);
    const within = edges.filter((e) => inside.has(e.source) && inside.has(e.target));
    for (const community of communities(component, within, max)) keep(community);
  }
  const order = new Map(nodes.map((id, i) => [id, i]));
  const first = (group: readonly string[]) => order.get(group[0]) ?? 0;
  connected.sort((a, b) => b.length - a.length || first(a) - first(b));
  const parts: Part[] = connected.map((group) => ({ kind: 'connected', nodes: group }));
  // Small pieces, in the order given, fill parts of `max` nodes.
  small.sort((a, b) => first(a) - first(b));
  let gathering: string[] = [];
  for (const piece of small) {
    if (gathering.length + piece.length > max) {
      parts.push({ kind: 'pieces', nodes: gathering });
      gathering = [];
    }
    gathering.push(...piece);
  }
  if (gathering.length > 0) parts.push({ kind: 'pieces', nodes: gathering });
  return parts;
}
