/**
 * Splitting large graphs into parts of bounded size (src/view/layout/partition.ts): connected
 * components, size-capped Louvain communities, small pieces gathered. Graphs here are made by
 * hand or by a seeded generator, so every expectation is known without running the code.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../scripts/bench/generate.mjs';
import { communities, components, type PartitionEdge, partitionGraph } from '../../src/view/layout/partition';

const e = (source: string, target: string): PartitionEdge => ({ source, target });
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

/** Every pair of the nodes joined: a clique. */
const clique = (nodes: readonly string[]) => nodes.flatMap((a, i) => nodes.slice(i + 1).map((b) => e(a, b)));

/**
 * `groups` planted groups of `size` nodes, each pair inside a group joined with probability
 * `inside`, each pair across with `across` (seeded), plus a ring inside each group so every
 * group is connected.
 */
function planted(groups: number, size: number, inside: number, across: number, seed = 7) {
  const random = mulberry32(seed);
  const nodes = Array.from({ length: groups * size }, (_, i) => `n${i}`);
  const group = (i: number) => Math.floor(i / size);
  const edges: PartitionEdge[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const g = group(i);
    edges.push(e(nodes[i], nodes[g * size + ((i + 1) % size)]));
    for (let j = i + 1; j < nodes.length; j++)
      if (random() < (group(j) === g ? inside : across)) edges.push(e(nodes[i], nodes[j]));
  }
  return { nodes, edges, group: (id: string) => group(Number(id.slice(1))) };
}

/** A seeded random graph as the import benchmark makes it: `m` edges between `n` nodes, no self-loops. */
function randomGraph(n: number, m: number, seed = 1) {
  const random = mulberry32(seed);
  const nodes = ids('g', n);
  const edges = Array.from({ length: m }, () => {
    const s = Math.floor(random() * n);
    const t = (s + 1 + Math.floor(random() * (n - 1))) % n;
    return e(nodes[s], nodes[t]);
  });
  return { nodes, edges };
}

/** Each node's part, and a check that every node is in exactly one. */
function partOf(nodes: readonly string[], parts: ReadonlyArray<{ nodes: readonly string[] }>) {
  const of = new Map<string, number>();
  parts.forEach((p, i) => {
    for (const id of p.nodes) {
      expect(of.has(id), `${id} is in two parts`).toBe(false);
      of.set(id, i);
    }
  });
  expect([...of.keys()].sort()).toEqual([...nodes].sort());
  return of;
}

describe('components', () => {
  it('gives each connected component once, in the order of its first node, edges taken both ways', () => {
    const nodes = ['a', 'b', 'c', 'd', 'e', 'f'];
    expect(components(nodes, [e('e', 'a'), e('c', 'd'), e('b', 'ghost'), e('f', 'f')])).toEqual([
      ['a', 'e'],
      ['b'],
      ['c', 'd'],
      ['f'],
    ]);
  });
});

describe('communities (Louvain with a size cap)', () => {
  it('finds two cliques joined by one edge', () => {
    const left = ids('l', 6);
    const right = ids('r', 6);
    const found = communities([...left, ...right], [...clique(left), ...clique(right), e('l0', 'r0')], 100);
    expect(found).toEqual([left, right]);
  });

  it('recovers planted groups', () => {
    const { nodes, edges, group } = planted(6, 40, 0.25, 0.005);
    const found = communities(nodes, edges, 60);
    expect(found).toHaveLength(6);
    for (const c of found) expect(new Set(c.map(group)).size).toBe(1);
  });

  it('never makes a community above the cap, even of a clique', () => {
    const nodes = ids('k', 30);
    const found = communities(nodes, clique(nodes), 7);
    partOf(
      nodes,
      found.map((c) => ({ nodes: c })),
    );
    for (const c of found) expect(c.length).toBeLessThanOrEqual(7);
  });

  it('is deterministic: the same graph gives the same communities', () => {
    const { nodes, edges } = randomGraph(1500, 3000, 5);
    expect(communities(nodes, edges, 100)).toEqual(communities(nodes, edges, 100));
  });
});

describe('partitionGraph', () => {
  const { nodes, edges } = randomGraph(5000, 10_000);

  it('puts every node of a 5,000-node, 10,000-edge graph in exactly one part of at most `max` nodes', () => {
    const parts = partitionGraph(nodes, edges, { max: 120, min: 8 });
    partOf(nodes, parts);
    for (const p of parts) expect(p.nodes.length).toBeLessThanOrEqual(120);
    // 5,000 nodes in parts of at most 120: at least 42; communities, not crumbs.
    expect(parts.length).toBeGreaterThanOrEqual(42);
    expect(parts.length).toBeLessThan(80);
  });

  it('keeps more relations inside parts than a split in order would', () => {
    const parts = partitionGraph(nodes, edges, { max: 120, min: 8 });
    const of = partOf(nodes, parts);
    const kept = edges.filter((x) => of.get(x.source) === of.get(x.target)).length;
    // Chunks of 120 nodes in id order: a random edge falls inside one with probability ≈ 120/5000.
    const chunk = (id: string) => Math.floor(Number(id.slice(1)) / 120);
    const naive = edges.filter((x) => chunk(x.source) === chunk(x.target)).length;
    expect(kept).toBeGreaterThan(10 * naive);
    expect(kept / edges.length).toBeGreaterThan(0.4);
  });

  it('is deterministic', () => {
    expect(partitionGraph(nodes, edges, { max: 120, min: 8 })).toEqual(
      partitionGraph(nodes, edges, { max: 120, min: 8 }),
    );
  });

  it('gives a small connected graph back whole, and orders parts largest first', () => {
    const big = ids('b', 10);
    const mid = ids('m', 9);
    const parts = partitionGraph([...mid, ...big], [...clique(big), ...clique(mid)], { max: 50, min: 3 });
    expect(parts).toEqual([
      { kind: 'connected', nodes: big },
      { kind: 'connected', nodes: mid },
    ]);
  });

  it('gathers isolated nodes and pairs into parts of pieces, not hundreds of parts', () => {
    const pairs = ids('p', 300);
    const pairEdges = pairs.flatMap((id, i) => (i % 2 === 0 ? [e(id, pairs[i + 1])] : []));
    const lonely = ids('s', 40);
    const hub = ids('h', 12);
    const parts = partitionGraph([...hub, ...pairs, ...lonely], [...pairEdges, ...clique(hub)], { max: 100, min: 8 });
    expect(parts[0]).toEqual({ kind: 'connected', nodes: hub });
    const pieces = parts.slice(1);
    expect(pieces.every((p) => p.kind === 'pieces')).toBe(true);
    // 340 nodes of pieces, 100 at most per part, a pair never split: 4 parts.
    expect(pieces.map((p) => p.nodes.length)).toEqual([100, 100, 100, 40]);
    const of = partOf([...hub, ...pairs, ...lonely], parts);
    for (const x of pairEdges) expect(of.get(x.source)).toBe(of.get(x.target));
  });
});
