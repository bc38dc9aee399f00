/**
 * Large frames split before layout: a mechanism owning more than FRAME_MAX entities (an
 * imported network without groups) is drawn as titled parts (src/view/layout/frame-parts.ts),
 * and no dagre call ever gets more than DAGRE_MAX nodes (src/view/layout/block-layout.ts),
 * while the review's own frames are laid out exactly as before.
 */
import dagre from '@dagrejs/dagre';
import type { ElementDefinition } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mulberry32 } from '../../scripts/bench/generate.mjs';
import { generatePathwayCyjs } from '../../scripts/bench/import-pathway';
import { loadCleanKnowledgeBase } from '../../src/cli/load';
import { importPathway } from '../../src/io/pathway/import-pathway';
import type { KnowledgeBase } from '../../src/model/knowledge-base';
import { mergePathways } from '../../src/model/merge-pathways';
import { expandTherapies, filterGraph } from '../../src/model/query';
import type { Language } from '../../src/model/vocabulary';
import { estimateTextWidth } from '../../src/style/label-layout';
import { therapyColourScale } from '../../src/style/palette';
import { buildElements, isFrame } from '../../src/view/cy-elements';
import { gridBlock, layBlock } from '../../src/view/layout/block-layout';
import { dagreBlock } from '../../src/view/layout/dagre-block';
import { planFrames } from '../../src/view/layout/frame-layout';
import { frameParts } from '../../src/view/layout/frame-parts';
import { type Box, blockLinks, type LaidBlock } from '../../src/view/layout/layout-blocks';
import { DAGRE_MAX, FRAME_MAX } from '../../src/view/layout/layout-options';
import { blocksOf, type SizedBlock } from '../../src/view/layout/sized-blocks';
import { BOLD_ESTIMATE } from '../../src/view/measure';

const atlas = loadCleanKnowledgeBase('graphs');

function elementsOf(kb: KnowledgeBase, therapies: string[], language: Language = 'en'): ElementDefinition[] {
  return buildElements(
    kb,
    filterGraph(kb, { therapies, withComponents: true }),
    expandTherapies(kb, therapies, true),
    language,
    therapyColourScale(kb.therapies.map((t) => t.id)),
    (text) => estimateTextWidth(text),
  );
}

/** The atlas with a generated .cyjs (the import benchmark's, seeded) opened as a view. */
function withGenerated(nodes: number, edges: number): { kb: KnowledgeBase; view: string } {
  const imported = importPathway(generatePathwayCyjs(nodes, edges, 1), { fileName: 'generated.cyjs' });
  const kb = mergePathways(atlas, [imported]);
  return { kb, view: kb.therapies[kb.therapies.length - 1].id };
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 - 0.5 && b.x1 < a.x2 - 0.5 && a.y1 < b.y2 - 0.5 && b.y1 < a.y2 - 0.5;

/** Node boxes of a laid-out block (centres and sizes), for overlap checks. */
function boxes(block: SizedBlock, laid: LaidBlock): Box[] {
  const size = new Map(block.nodes.map((n) => [n.id, n]));
  return laid.positions.map(([id, x, y]) => {
    const { w, h } = size.get(id) as { w: number; h: number };
    return { x1: x - w / 2, y1: y - h / 2, x2: x + w / 2, y2: y + h / 2 };
  });
}

/** Overlapping pairs among boxes, by sweeping along x (fast enough for thousands). */
function overlappingPairs(all: readonly Box[]): number {
  const sorted = [...all].sort((a, b) => a.x1 - b.x1);
  let count = 0;
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length && sorted[j].x1 < sorted[i].x2; j++)
      if (overlaps(sorted[i], sorted[j])) count++;
  return count;
}

/** A seeded random block: `n` nodes of label-like sizes, `m` edges. */
function randomBlock(n: number, m: number, seed = 3): SizedBlock {
  const random = mulberry32(seed);
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, w: 40 + Math.floor(random() * 60), h: 28 }));
  const edges = Array.from({ length: m }, (_, i) => {
    const s = Math.floor(random() * n);
    const t = (s + 1 + Math.floor(random() * (n - 1))) % n;
    return { id: `e${i}`, source: `n${s}`, target: `n${t}` };
  });
  return { nodes, edges };
}

describe("the review's frames", () => {
  it('are never split and are laid out exactly as by one dagre call, in every therapy view and in all of them', () => {
    const views = [...atlas.therapies.map((t) => [t.id]), atlas.therapies.map((t) => t.id)];
    for (const therapies of views) {
      const elements = elementsOf(atlas, therapies);
      for (const f of elements.filter((e) => isFrame(e.data))) {
        expect(f.data.id).toBe(`frame:${f.data.frame}`);
        expect(f.data.part).toBeUndefined();
      }
      const { sized } = blocksOf(elements);
      for (const block of sized) {
        expect(block.nodes.length).toBeLessThanOrEqual(FRAME_MAX);
        expect(layBlock(block, 'TB')).toEqual(dagreBlock(block, 'TB'));
      }
    }
  }, 60_000);
});

describe('a large imported network', () => {
  const { kb, view } = withGenerated(5000, 10_000);
  const elements = elementsOf(kb, ['tace', view]);
  const frames = elements.filter((e) => isFrame(e.data));
  const nodes = elements.filter((e) => e.group === 'nodes' && !isFrame(e.data));
  const parts = frames.filter((f) => f.data.part !== undefined);

  it('is drawn as parts of at most FRAME_MAX entities, every entity in exactly one frame', () => {
    // TACE's frames stay as they are; the pathway's one mechanism becomes its parts.
    expect(frames.filter((f) => f.data.part === undefined).every((f) => f.data.id === `frame:${f.data.frame}`)).toBe(
      true,
    );
    expect(parts.length).toBeGreaterThan(4900 / FRAME_MAX);
    const mechanism = parts[0].data.frame;
    expect(parts.every((f) => f.data.frame === mechanism && f.data.parts === parts.length)).toBe(true);
    expect(parts.map((f) => f.data.part)).toEqual(parts.map((_, i) => i + 1));
    const members = new Map<string, number>();
    for (const n of nodes) {
      expect(typeof n.data.parent).toBe('string');
      members.set(n.data.parent, (members.get(n.data.parent) ?? 0) + 1);
    }
    for (const f of frames) {
      expect(members.get(String(f.data.id))).toBe(f.data.count);
      expect(f.data.count).toBeLessThanOrEqual(FRAME_MAX);
    }
    expect([...members.values()].reduce((a, b) => a + b, 0)).toBe(nodes.length);
  });

  it('keeps every relation, also those between parts, as an edge between drawn nodes', () => {
    const graph = filterGraph(kb, { therapies: ['tace', view], withComponents: true });
    const edges = elements.filter((e) => e.group === 'edges');
    expect(edges.map((e) => e.data.relation).sort()).toEqual(graph.relations.map((r) => r.id).sort());
    const drawn = new Set(nodes.map((n) => n.data.id));
    for (const e of edges) expect(drawn.has(e.data.source) && drawn.has(e.data.target)).toBe(true);
    // The packing sees the relations between parts (it keeps linked parts near each other).
    const { blocks, edges: layoutEdges } = blocksOf(elements);
    const links = blockLinks(blocks, layoutEdges);
    const across = [...links.values()].reduce((sum, m) => sum + [...m.values()].reduce((a, b) => a + b, 0), 0) / 2;
    const parent = new Map(nodes.map((n) => [n.data.id, n.data.parent]));
    expect(across).toBe(edges.filter((e) => parent.get(e.data.source) !== parent.get(e.data.target)).length);
    expect(across).toBeGreaterThan(0);
  });

  it('titles each part with the mechanism, its number and its most connected entity, in English and Chinese', () => {
    const first = parts[0];
    expect(first.data.title).toMatch(new RegExp(`^generated · part 1 of ${parts.length}, around G\\d+$`));
    const zh = elementsOf(kb, ['tace', view], 'zh').filter((e) => e.data.part === 1)[0];
    expect(zh.data.title).toMatch(new RegExp(`^generated · 第 1/${parts.length} 部分，以 G\\d+ 为中心$`));
    // The landmark: the part's entity with the most relations inside the part.
    const inside = new Set(nodes.filter((n) => n.data.parent === first.data.id).map((n) => n.data.id));
    const degree = new Map<string, number>();
    for (const e of elements)
      if (e.group === 'edges' && inside.has(e.data.source) && inside.has(e.data.target))
        for (const end of [e.data.source, e.data.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    const most = Math.max(...degree.values());
    const hub = String(first.data.title).split('around ')[1];
    const hubNode = nodes.find((n) => n.data.parent === first.data.id && n.data.label === hub);
    expect(degree.get(String(hubNode?.data.id))).toBe(most);
  });

  it('is the same split every time', () => {
    expect(elementsOf(kb, ['tace', view])).toEqual(elements);
  }, 60_000);

  it('is laid out with frames that do not overlap and hold their own entities', () => {
    const smaller = withGenerated(800, 1600);
    const defs = elementsOf(smaller.kb, [smaller.view]);
    const { blocks, sized, edges } = blocksOf(defs);
    expect(blocks.length).toBeGreaterThan(800 / FRAME_MAX);
    const laid = sized.map((b) => layBlock(b, 'TB'));
    const plan = planFrames(defs, blocks, edges, laid, {
      aspect: 1.6,
      measureTitle: (t) => estimateTextWidth(t) * BOLD_ESTIMATE,
    });
    const frameBoxes = [...plan.boxes.values()];
    expect(frameBoxes).toHaveLength(blocks.length);
    expect(overlappingPairs(frameBoxes)).toBe(0);
    blocks.forEach((b) => {
      const box = plan.boxes.get(`frame:${b.mechanism}`) as Box;
      for (const id of b.nodes) {
        const p = plan.positions.get(id);
        expect(p && p.x > box.x1 && p.x < box.x2 && p.y > box.y1 && p.y < box.y2).toBe(true);
      }
    });
  }, 60_000);
});

describe('frameParts', () => {
  it('leaves a mechanism of FRAME_MAX entities or fewer as one frame, keyed by the mechanism', () => {
    const owners = new Map([
      ['a', 'm'],
      ['b', 'm'],
      ['c', ''],
    ]);
    expect(frameParts(owners, [{ source: 'a', target: 'b' }])).toEqual({
      frameOf: new Map([
        ['a', 'm'],
        ['b', 'm'],
      ]),
      frames: [{ key: 'm', mechanism: 'm', count: 2 }],
    });
  });
});

describe('no dagre call above DAGRE_MAX nodes', () => {
  const calls: number[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    calls.length = 0;
  });
  const spy = () => {
    const layout = dagre.layout.bind(dagre);
    vi.spyOn(dagre, 'layout').mockImplementation((g, ...rest) => {
      calls.push(g.nodeCount());
      return layout(g, ...rest);
    });
  };

  it('lays a block of 1,200 nodes and 2,400 edges out in pieces, every node placed and none overlapping', () => {
    spy();
    const block = randomBlock(1200, 2400);
    const started = performance.now();
    const laid = layBlock(block, 'TB');
    const ms = performance.now() - started;
    expect(calls.length).toBeGreaterThan(1);
    expect(Math.max(...calls)).toBeLessThanOrEqual(DAGRE_MAX);
    expect(laid.positions.map(([id]) => id).sort()).toEqual(block.nodes.map((n) => n.id).sort());
    expect(overlappingPairs(boxes(block, laid))).toBe(0);
    // In one piece this takes dagre minutes; in pieces about a second (much more on a busy machine).
    expect(ms).toBeLessThan(30_000);
    expect(layBlock(block, 'TB')).toEqual(laid);
  }, 90_000);

  it('packs a frame of gathered pairs into a grid-like block, each pair together', () => {
    spy();
    const nodes = Array.from({ length: 120 }, (_, i) => ({ id: `p${i}`, w: 50, h: 28 }));
    const edges = Array.from({ length: 60 }, (_, i) => ({ id: `e${i}`, source: `p${2 * i}`, target: `p${2 * i + 1}` }));
    const block: SizedBlock = { nodes, edges, pieces: true };
    const laid = layBlock(block, 'TB');
    // One dagre call per pair; one dagre call for all would put them in one row 60 pairs wide.
    expect(calls).toEqual(new Array(60).fill(2));
    expect(laid.w / laid.h).toBeGreaterThan(0.5);
    expect(laid.w / laid.h).toBeLessThan(3);
    expect(overlappingPairs(boxes(block, laid))).toBe(0);
    const at = new Map(laid.positions.map(([id, x, y]) => [id, { x, y }]));
    for (const e of edges) {
      const a = at.get(e.source) as { x: number; y: number };
      const b = at.get(e.target) as { x: number; y: number };
      expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeLessThan(100);
    }
  });

  it('has a grid as its last resort, without dagre', () => {
    spy();
    const nodes = Array.from({ length: 1000 }, (_, i) => ({ id: `g${i}`, w: 30 + (i % 7) * 10, h: 28 }));
    const laid = gridBlock(nodes);
    expect(calls).toEqual([]);
    expect(laid.positions).toHaveLength(1000);
    expect(overlappingPairs(boxes({ nodes, edges: [] }, laid))).toBe(0);
    expect(laid.w / laid.h).toBeGreaterThan(0.8);
    expect(laid.w / laid.h).toBeLessThan(2.5);
  });
});
