import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import { describe, expect, it } from 'vitest';
import { generateKnowledgeBase } from '../../scripts/bench/generate.mjs';
import { loadKnowledgeBase } from '../../src/model/knowledge-base';
import { expandTherapies, filterGraph } from '../../src/model/query';
import { estimateTextWidth } from '../../src/style/label-layout';
import { therapyColourScale } from '../../src/style/palette';
import { dagreBlock } from '../../src/view/dagre-block';
import { buildElements } from '../../src/view/elements';
import { layoutLayered } from '../../src/view/layout';
import {
  bestPacking,
  type LayoutEdge,
  type LayoutNode,
  packRows,
  placeBlocks,
  shareBlocks,
  splitIntoBlocks,
} from '../../src/view/layout-blocks';
import { blocksOf } from '../../src/view/sized-blocks';
import { layoutSize, stylesheet } from '../../src/view/stylesheet';

cytoscape.use(dagre);

const edge = (source: string, target: string, mechanism: string): LayoutEdge => ({
  id: `${source}>${target}`,
  source,
  target,
  mechanism,
});
const nodes = (...ids: string[]): LayoutNode[] => ids.map((id) => ({ id }));

describe('splitIntoBlocks', () => {
  it('keeps each small component whole, in the order of its first node', () => {
    const blocks = splitIntoBlocks(nodes('a', 'b', 'c', 'd', 'e'), [edge('a', 'b', 'm1'), edge('d', 'c', 'm2')]);
    expect(blocks).toEqual([
      { nodes: ['a', 'b'], edges: ['a>b'] },
      { nodes: ['c', 'd'], edges: ['d>c'] },
      { nodes: ['e'], edges: [] },
    ]);
  });

  it('splits a large component by the mechanism most of each node’s relations belong to', () => {
    // hub touches m1 twice and m2 once: it goes with m1; y only touches m2.
    const blocks = splitIntoBlocks(
      nodes('hub', 'x1', 'x2', 'y'),
      [edge('hub', 'x1', 'm1'), edge('x1', 'x2', 'm1'), edge('hub', 'y', 'm2'), edge('x2', 'hub', 'm1')],
      3,
    );
    expect(blocks).toEqual([
      { nodes: ['hub', 'x1', 'x2'], edges: ['hub>x1', 'x1>x2', 'x2>hub'] },
      { nodes: ['y'], edges: [] },
    ]);
  });

  it('puts a repeated outcome in its own mechanism’s block, and ignores edges to unknown nodes', () => {
    const blocks = splitIntoBlocks(
      [{ id: 'a' }, { id: 'b' }, { id: 'out@m2', mechanism: 'm2' }, { id: 'c' }],
      [edge('a', 'b', 'm1'), edge('b', 'out@m2', 'm1'), edge('c', 'out@m2', 'm2'), edge('a', 'ghost', 'm2')],
      2,
    );
    expect(blocks.map((b) => b.nodes)).toEqual([
      ['a', 'b'],
      ['out@m2', 'c'],
    ]);
    expect(blocks.flatMap((b) => b.edges)).not.toContain('a>ghost');
  });
});

describe('shareBlocks', () => {
  it('gives every block to exactly one worker and balances nodes plus edges', () => {
    const blocks = [10, 1, 7, 3, 3, 2].map((n, i) => ({
      nodes: Array.from({ length: n }, (_, k) => `${i}.${k}`),
      edges: [],
    }));
    const parts = shareBlocks(blocks, 2);
    expect(parts.flat().sort()).toEqual([0, 1, 2, 3, 4, 5]);
    const load = parts.map((p) => p.reduce((sum, i) => sum + blocks[i].nodes.length, 0));
    expect(Math.abs(load[0] - load[1])).toBeLessThanOrEqual(1);
    expect(shareBlocks(blocks.slice(0, 1), 2)).toEqual([[0]]);
  });
});

describe('packing', () => {
  it('starts a new row when the next item would pass the row width', () => {
    expect(
      packRows(
        [
          { w: 10, h: 5 },
          { w: 10, h: 8 },
          { w: 10, h: 5 },
        ],
        25,
        2,
      ),
    ).toEqual([
      { x: 0, y: 0 },
      { x: 12, y: 0 },
      { x: 0, y: 10 },
    ]);
  });

  it('fills a wide drawing area with one row and a tall one with a column', () => {
    const squares = Array.from({ length: 4 }, () => ({ w: 100, h: 100 }));
    expect(new Set(bestPacking(squares, 8).map((c) => c.y)).size).toBe(1);
    expect(new Set(bestPacking(squares, 0.2).map((c) => c.x)).size).toBe(1);
  });

  it('places the largest block first and moves every node with its block', () => {
    const small = { positions: [['s', 5, 5] as [string, number, number]], x: 0, y: 0, w: 10, h: 10 };
    const large = {
      positions: [
        ['a', 100, 100],
        ['b', 140, 100],
      ] as Array<[string, number, number]>,
      x: 90,
      y: 90,
      w: 60,
      h: 20,
    };
    const placed = placeBlocks([small, large], 16 / 10);
    expect(placed.get('a')).toEqual({ x: 10, y: 10 });
    expect(placed.get('b')).toEqual({ x: 50, y: 10 });
    // The small block keeps its offset inside its box wherever it is placed.
    const s = placed.get('s');
    expect(s && s.x - 5 >= 60).toBe(true);
  });
});

describe('layered layout on plain data and on a Cytoscape instance', () => {
  // The benchmark's generated knowledge base (seeded), drawn as the app draws it.
  const { kb } = loadKnowledgeBase([
    { file: 'generated.json', text: JSON.stringify(generateKnowledgeBase({ entities: 600, seed: 3 })) },
  ]);
  const therapies = kb.therapies.map((t) => t.id);
  const elements = buildElements(
    kb,
    filterGraph(kb, { therapies, withComponents: true }),
    expandTherapies(kb, therapies, true),
    'en',
    therapyColourScale(therapies),
    (text) => estimateTextWidth(text),
  );

  it('gives the same positions with cytoscape-dagre on the page as with plain dagre shared out among workers', () => {
    for (const direction of ['TB', 'LR'] as const) {
      const whole = cytoscape({ headless: true, styleEnabled: true, style: stylesheet(), elements });
      layoutLayered(whole, whole.elements(), direction, 1.5);
      const direct = new Map(whole.nodes().map((n) => [n.id(), n.position()]));
      // The node boxes the workers get are those Cytoscape gives a layout.
      const boxes = whole.nodes().map((n) => [n.outerWidth(), n.outerHeight()]);
      expect(whole.nodes().map((n) => Object.values(layoutSize(n.json() as never)))).toEqual(boxes);
      whole.destroy();

      // As src/view/layout-async.ts does it, without the workers: split, size, share, lay out, place.
      const { blocks, sized } = blocksOf(elements);
      expect(blocks.length).toBeGreaterThan(5);
      const laid = new Array(blocks.length);
      for (const part of shareBlocks(blocks, 2)) for (const i of part) laid[i] = dagreBlock(sized[i], direction);
      const placed = placeBlocks(laid, 1.5);
      expect(placed.size).toBe(direct.size);
      for (const [id, p] of direct) {
        expect(placed.get(id)?.x, id).toBeCloseTo(p.x, 6);
        expect(placed.get(id)?.y, id).toBeCloseTo(p.y, 6);
      }
    }
  });

  it('never lets two node boxes overlap', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet(), elements });
    layoutLayered(cy, cy.elements(), 'TB', 1.5);
    const boxes = cy.nodes().map((n) => n.boundingBox({ includeLabels: false }));
    cy.destroy();
    let overlaps = 0;
    boxes.forEach((b, i) => {
      for (const o of boxes.slice(i + 1)) {
        if (b.x1 < o.x2 - 1 && o.x1 < b.x2 - 1 && b.y1 < o.y2 - 1 && o.y1 < b.y2 - 1) overlaps++;
      }
    });
    expect(boxes.length).toBeGreaterThanOrEqual(600);
    expect(overlaps).toBe(0);
  });
});
