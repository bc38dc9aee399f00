import cytoscape, { type ElementDefinition } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import { describe, expect, it } from 'vitest';
import { generateKnowledgeBase } from '../../scripts/bench/generate.mjs';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import { expandTherapies, filterGraph } from '../../src/model/query';
import { estimateTextWidth } from '../../src/style/label-layout';
import { therapyColourScale } from '../../src/style/palette';
import { FRAME_LOOK } from '../../src/style/visual';
import { buildElements, isFrame } from '../../src/view/cy-elements';
import { dagreBlock } from '../../src/view/layout/dagre-block';
import { layoutLayered } from '../../src/view/layout/layout';
import {
  type Box,
  bestPacking,
  type LaidBlock,
  type LayoutEdge,
  type LayoutNode,
  packSkyline,
  placeFrames,
  shareBlocks,
  splitIntoBlocks,
} from '../../src/view/layout/layout-blocks';
import { DAGRE_OPTIONS } from '../../src/view/layout/layout-options';
import { blocksOf } from '../../src/view/layout/sized-blocks';
import { BOLD_ESTIMATE } from '../../src/view/measure';
import { layoutSize, stylesheet } from '../../src/view/stylesheet';

cytoscape.use(dagre);

const edge = (source: string, target: string, mechanism: string): LayoutEdge => ({
  id: `${source}>${target}`,
  source,
  target,
  mechanism,
});
const nodes = (...ids: string[]): LayoutNode[] => ids.map((id) => ({ id }));
const overlaps = (a: Box, b: Box) => a.x1 < b.x2 - 0.5 && b.x1 < a.x2 - 0.5 && a.y1 < b.y2 - 0.5 && b.y1 < a.y2 - 0.5;

describe('splitIntoBlocks', () => {
  it('makes one block per mechanism, in the order of its first node, whatever the components', () => {
    const blocks = splitIntoBlocks(nodes('a', 'b', 'c', 'd', 'e'), [
      edge('a', 'b', 'm1'),
      edge('d', 'c', 'm2'),
      edge('e', 'a', 'm1'),
    ]);
    expect(blocks).toEqual([
      { mechanism: 'm1', nodes: ['a', 'b', 'e'], edges: ['a>b', 'e>a'] },
      { mechanism: 'm2', nodes: ['c', 'd'], edges: ['d>c'] },
    ]);
  });

  it('puts a node in the mechanism most of its relations belong to; an edge across blocks joins none', () => {
    // hub touches m1 twice and m2 once: it goes with m1; y only touches m2.
    const blocks = splitIntoBlocks(nodes('hub', 'x1', 'x2', 'y'), [
      edge('hub', 'x1', 'm1'),
      edge('x1', 'x2', 'm1'),
      edge('hub', 'y', 'm2'),
      edge('x2', 'hub', 'm1'),
    ]);
    expect(blocks).toEqual([
      { mechanism: 'm1', nodes: ['hub', 'x1', 'x2'], edges: ['hub>x1', 'x1>x2', 'x2>hub'] },
      { mechanism: 'm2', nodes: ['y'], edges: [] },
    ]);
  });

  it('puts a repeated outcome in its own mechanism, a decided frame wins, and edges to unknown nodes are ignored', () => {
    const blocks = splitIntoBlocks(
      [{ id: 'a' }, { id: 'b', frame: 'm3' }, { id: 'out@m2', mechanism: 'm2' }, { id: 'c' }, { id: 'lonely' }],
      [edge('a', 'b', 'm1'), edge('b', 'out@m2', 'm1'), edge('c', 'out@m2', 'm2'), edge('a', 'ghost', 'm2')],
    );
    expect(blocks.map((b) => [b.mechanism, b.nodes])).toEqual([
      ['m1', ['a']],
      ['m3', ['b']],
      ['m2', ['out@m2', 'c']],
      ['', ['lonely']],
    ]);
    expect(blocks.flatMap((b) => b.edges)).toEqual(['c>out@m2']);
  });
});

describe('shareBlocks', () => {
  it('gives every block to exactly one worker and balances nodes plus edges', () => {
    const blocks = [10, 1, 7, 3, 3, 2].map((n, i) => ({
      mechanism: `m${i}`,
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
  const boxes = (items: { w: number; h: number }[], corners: { x: number; y: number }[]) =>
    corners.map((c, i) => ({ x1: c.x, y1: c.y, x2: c.x + items[i].w, y2: c.y + items[i].h }));

  it('rests each item on what is below it and fills the gap beside a tall item', () => {
    const items = [
      { w: 10, h: 30 },
      { w: 10, h: 5 },
      { w: 10, h: 5 },
      { w: 10, h: 5 },
    ];
    // Strip 22 wide: the tall item on the left, the three short ones stacked beside it.
    expect(packSkyline(items, 22, 2)).toEqual([
      { x: 0, y: 0 },
      { x: 12, y: 0 },
      { x: 12, y: 7 },
      { x: 12, y: 14 },
    ]);
  });

  it('never overlaps two items, whatever the strip width', () => {
    const items = Array.from({ length: 30 }, (_, i) => ({ w: 20 + ((i * 37) % 90), h: 15 + ((i * 53) % 70) }));
    for (const width of [50, 120, 400, 2000]) {
      const placed = boxes(items, packSkyline(items, width, 4));
      for (let i = 0; i < placed.length; i++)
        for (let j = i + 1; j < placed.length; j++)
          expect(overlaps(placed[i], placed[j]), `${width}: ${i}, ${j}`).toBe(false);
    }
  });

  it('fills a wide drawing area with one row and a tall one with a column', () => {
    const squares = Array.from({ length: 4 }, () => ({ w: 100, h: 100 }));
    expect(new Set(bestPacking(squares, 8).map((c) => c.y)).size).toBe(1);
    expect(new Set(bestPacking(squares, 0.2).map((c) => c.x)).size).toBe(1);
  });

  it('among packings shown as large, puts linked items next to each other', () => {
    // Four equal squares in a 2×2 grid; 0 and 3 share many edges, so they must be neighbours, not diagonal.
    const squares = Array.from({ length: 4 }, () => ({ w: 100, h: 100 }));
    const links = new Map([
      [0, new Map([[3, 9]])],
      [3, new Map([[0, 9]])],
    ]);
    const c = bestPacking(squares, 1, links, 10);
    const distance = Math.hypot(c[0].x - c[3].x, c[0].y - c[3].y);
    expect(distance).toBeCloseTo(110, 6);
  });
});

describe('placeFrames', () => {
  const block = (id: string, w: number, h: number): LaidBlock => ({
    positions: [[id, 100 + w / 2, 50 + h / 2]],
    x: 100,
    y: 50,
    w,
    h,
  });
  const title = (size: number, width: number) => ({ lines: ['T'], w: Math.min(width, size * 10), h: size * 1.2 });
  const options = {
    aspect: 16 / 10,
    padding: 12,
    minTitle: 15,
    maxTitle: 72,
    title: (i: number, size: number, width: number) => (i === 2 ? null : title(size, width)),
  };

  it('keeps each node inside its frame, with the title above the frame and nothing overlapping', () => {
    const laid = [block('a', 300, 120), block('b', 60, 200), block('c', 80, 40)];
    const { positions, frames } = placeFrames(laid, options);
    expect(frames.map((f) => f.block)).toEqual([0, 1]);
    for (const f of frames) {
      const [id] = laid[f.block].positions[0];
      const p = positions.get(id) as { x: number; y: number };
      const { w, h } = laid[f.block];
      expect(p.x - w / 2).toBeCloseTo(f.box.x1 + 12, 6);
      expect(p.y - h / 2).toBeCloseTo(f.box.y1 + 12, 6);
      expect(f.box.x2 - f.box.x1).toBeCloseTo(w + 24, 6);
      expect(f.fontSize).toBe(15);
    }
    // Frames with their titles, and the frameless block, never overlap.
    const taken = frames.map((f) => ({ ...f.box, y1: f.box.y1 - (f.title?.h ?? 0) }));
    const c = positions.get('c') as { x: number; y: number };
    taken.push({ x1: c.x - 40, y1: c.y - 20, x2: c.x + 40, y2: c.y + 20 });
    for (let i = 0; i < taken.length; i++)
      for (let j = i + 1; j < taken.length; j++) expect(overlaps(taken[i], taken[j])).toBe(false);
  });

  it('raises the title size until titles read at 14 px or more when everything is fitted into the viewport', () => {
    const laid = Array.from({ length: 12 }, (_, i) => block(`n${i}`, 400, 300));
    const viewport = { w: 700, h: 430, padding: 28 };
    const { frames, bounds } = placeFrames(laid, { ...options, viewport });
    const zoom = Math.min(
      (viewport.w - 2 * viewport.padding) / (bounds.x2 - bounds.x1),
      (viewport.h - 2 * viewport.padding) / (bounds.y2 - bounds.y1),
    );
    expect(frames[0].fontSize).toBeGreaterThan(15);
    expect(frames[0].fontSize * zoom).toBeGreaterThanOrEqual(13.9);
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
  const target = { aspect: 1.5, measureTitle: (t: string) => estimateTextWidth(t) * BOLD_ESTIMATE };

  it('lays each frame out as cytoscape-dagre would lay out the same nodes and edges', () => {
    const { blocks, sized } = blocksOf(elements);
    expect(blocks.length).toBeGreaterThan(5);
    // cytoscape-dagre on an instance holding the block alone (no parents: a compound parent
    // would make dagre lay out a compound graph), against plain dagre on the sized block.
    for (const direction of ['TB', 'LR'] as const) {
      for (const i of [0, 1, 2]) {
        const ids = new Set([...blocks[i].nodes, ...blocks[i].edges]);
        const defs = elements
          .filter((e) => ids.has(e.data.id as string))
          .map((e): ElementDefinition => ({ ...e, data: { ...e.data, parent: undefined } }));
        const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet(), elements: defs });
        expect(cy.nodes().map((n) => Object.values(layoutSize(n.json() as never)))).toEqual(
          cy.nodes().map((n) => [n.outerWidth(), n.outerHeight()]),
        );
        cy.elements()
          .layout({
            name: 'dagre',
            rankDir: direction,
            fit: false,
            animate: false,
            ...DAGRE_OPTIONS,
          } as never)
          .run();
        const laid = dagreBlock(sized[i], direction);
        for (const [id, x, y] of laid.positions) {
          expect(x, id).toBeCloseTo(cy.getElementById(id).position().x, 6);
          expect(y, id).toBeCloseTo(cy.getElementById(id).position().y, 6);
        }
        cy.destroy();
      }
    }
  });

  it('never lets two node boxes or two frames overlap, and keeps every node in its frame', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet(), elements });
    layoutLayered(cy, cy.elements(), 'TB', target);
    const entities = cy.nodes().filter((n) => !isFrame(n.data())) as cytoscape.NodeCollection;
    const boxes = entities.map((n) => n.boundingBox({ includeLabels: false }));
    const frames = cy.nodes().filter((n) => isFrame(n.data()));
    const frameBoxes = frames.map((f) => {
      const b = f.boundingBox({ includeLabels: false });
      return { x1: b.x1, y1: b.y1 - Number(f.data('titleH')), x2: b.x2, y2: b.y2 };
    });
    const inFrame = entities.filter((n) => {
      const parent = n.parent();
      if (parent.empty()) return true;
      const f = parent.boundingBox({ includeLabels: false });
      const b = n.boundingBox({ includeLabels: false });
      return b.x1 >= f.x1 + FRAME_LOOK.padding - 1 && b.x2 <= f.x2 - FRAME_LOOK.padding + 1;
    });
    cy.destroy();
    let overlapping = 0;
    for (const list of [boxes, frameBoxes])
      list.forEach((b, i) => {
        for (const o of list.slice(i + 1)) if (overlaps(b, o)) overlapping++;
      });
    expect(boxes.length).toBeGreaterThanOrEqual(600);
    expect(frameBoxes.length).toBeGreaterThan(5);
    expect(inFrame.length).toBe(boxes.length);
    expect(overlapping).toBe(0);
  });
});
