/**
 * The laid-out block cache: a key that changes with everything dagre is given and nothing
 * else, least-recently-used eviction by node positions, and layouts with the cache that
 * are exactly the layouts without it (only fewer dagre runs), on the generated graph the
 * benchmark draws and on a headless Cytoscape instance.
 */
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { generateKnowledgeBase } from '../../scripts/bench/generate.mjs';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import { expandTherapies, filterGraph } from '../../src/model/query';
import { estimateTextWidth } from '../../src/style/label-layout';
import { therapyColourScale } from '../../src/style/palette';
import { buildElements, isFrame } from '../../src/view/cy-elements';
import { blockKey, cachedLayout, createBlockCache } from '../../src/view/layout/block-cache';
import { dagreBlock } from '../../src/view/layout/dagre-block';
import { layoutLayered } from '../../src/view/layout/layout';
import type { LaidBlock } from '../../src/view/layout/layout-blocks';
import { blocksOf, type SizedBlock } from '../../src/view/layout/sized-blocks';
import { BOLD_ESTIMATE } from '../../src/view/measure';
import { stylesheet } from '../../src/view/stylesheet';

const block: SizedBlock = {
  nodes: [
    { id: 'a', w: 40, h: 20 },
    { id: 'b', w: 50, h: 20 },
    { id: 'c', w: 30, h: 24 },
  ],
  edges: [
    { id: 'a>b', source: 'a', target: 'b' },
    { id: 'b>c', source: 'b', target: 'c' },
  ],
};
const laidOf = (n: number): LaidBlock => ({
  positions: Array.from({ length: n }, (_, i): [string, number, number] => [`n${i}`, i, i]),
  x: 0,
  y: 0,
  w: n,
  h: n,
});

describe('blockKey', () => {
  const key = blockKey(block, 'TB');
  it('is the same for the same content, built anew', () => {
    expect(blockKey(structuredClone(block), 'TB')).toBe(key);
  });
  const changed: Array<[string, SizedBlock, 'TB' | 'LR']> = [
    ['the direction', block, 'LR'],
    ['a node box', { ...block, nodes: [{ id: 'a', w: 41, h: 20 }, ...block.nodes.slice(1)] }, 'TB'],
    ['the node order', { ...block, nodes: [...block.nodes].reverse() }, 'TB'],
    ['an edge end', { ...block, edges: [block.edges[0], { id: 'b>c', source: 'a', target: 'c' }] }, 'TB'],
    ['an edge removed', { ...block, edges: block.edges.slice(0, 1) }, 'TB'],
    ['a node id', { ...block, nodes: [{ id: 'a2', w: 40, h: 20 }, ...block.nodes.slice(1)] }, 'TB'],
  ];
  for (const [what, other, direction] of changed) {
    it(`changes with ${what}`, () => expect(blockKey(other, direction)).not.toBe(key));
  }
  it('changes when the block gathers small pieces (laid out one by one, not by one dagre call)', () => {
    expect(blockKey({ ...block, pieces: true }, 'TB')).not.toBe(key);
  });
  it('changes with the spacing (print figures pack tighter)', () => {
    expect(blockKey(block, 'TB', { nodeSep: 10, edgeSep: 5, rankSep: 30 })).not.toBe(key);
  });
  it('keeps ids that contain the separator apart', () => {
    const one = { nodes: [{ id: 'x\u0000y', w: 1, h: 1 }], edges: [] };
    const two = { nodes: [{ id: 'x', w: 1, h: 1 }], edges: [] };
    expect(blockKey(one, 'TB')).not.toBe(blockKey(two, 'TB'));
  });
});

describe('createBlockCache', () => {
  it('evicts the least recently used blocks once more node positions are held than allowed', () => {
    const cache = createBlockCache(10);
    cache.set('a', laidOf(4));
    cache.set('b', laidOf(4));
    expect(cache.get('a')).toBeDefined(); // a is now the most recently used
    cache.set('c', laidOf(4));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
    expect(cache.nodes).toBe(8);
  });
  it('does not keep a block larger than the whole cache, and counts a replaced block once', () => {
    const cache = createBlockCache(10);
    cache.set('a', laidOf(4));
    cache.set('huge', laidOf(11));
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    cache.set('a', laidOf(6));
    expect(cache.nodes).toBe(6);
    cache.clear();
    expect(cache.nodes).toBe(0);
    expect(cache.get('a')).toBeUndefined();
  });
});

describe('layouts with the cache', () => {
  const { kb } = loadKnowledgeBase([
    { file: 'generated.json', text: JSON.stringify(generateKnowledgeBase({ entities: 300, seed: 5 })) },
  ]);
  const all = kb.therapies.map((t) => t.id);
  const elementsFor = (therapies: string[]) =>
    buildElements(
      kb,
      filterGraph(kb, { therapies, withComponents: true }),
      expandTherapies(kb, therapies, true),
      'en',
      therapyColourScale(all),
      (text) => estimateTextWidth(text),
    );

  it('gives exactly what dagre gives, and lays out again only the blocks whose content changed', () => {
    const cache = createBlockCache();
    let runs = 0;
    const layOut = (b: SizedBlock) => {
      runs++;
      return dagreBlock(b, 'TB');
    };
    const first = blocksOf(elementsFor(all)).sized;
    expect(cachedLayout(first, 'TB', layOut, cache)).toEqual(first.map((b) => dagreBlock(b, 'TB')));
    expect(runs).toBe(first.length);
    // The same graph again (a Re-layout): no dagre run at all.
    runs = 0;
    expect(cachedLayout(first, 'TB', layOut, cache)).toEqual(first.map((b) => dagreBlock(b, 'TB')));
    expect(runs).toBe(0);
    // One therapy fewer (a therapy change): only blocks that differ are laid out, and the result is still dagre's.
    runs = 0;
    // As the benchmark does: untick T+A (a single therapy would stay, as a component of a combination).
    const fewer = blocksOf(elementsFor(all.filter((t) => t !== 'atezolizumab-bevacizumab'))).sized;
    const keys = new Set(first.map((b) => blockKey(b, 'TB')));
    const changed = fewer.filter((b) => !keys.has(blockKey(b, 'TB'))).length;
    expect(changed).toBeGreaterThan(0);
    expect(changed).toBeLessThan(fewer.length);
    expect(cachedLayout(fewer, 'TB', layOut, cache)).toEqual(fewer.map((b) => dagreBlock(b, 'TB')));
    expect(runs).toBe(changed);
  });

  it('without a cache, lays every block out every time', () => {
    let runs = 0;
    const layOut = (b: SizedBlock) => {
      runs++;
      return dagreBlock(b, 'LR');
    };
    const sized = blocksOf(elementsFor(all)).sized;
    cachedLayout(sized, 'LR', layOut, null);
    cachedLayout(sized, 'LR', layOut, null);
    expect(runs).toBe(2 * sized.length);
  });

  it('places every node of a Cytoscape instance where the uncached layout does', () => {
    const target = { aspect: 1.5, measureTitle: (t: string) => estimateTextWidth(t) * BOLD_ESTIMATE };
    const positions = (cache: ReturnType<typeof createBlockCache> | null) => {
      const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet(), elements: elementsFor(all) });
      layoutLayered(cy, cy.elements(), 'TB', target, cache);
      const entities = cy.nodes().filter((n) => !isFrame(n.data())) as cytoscape.NodeCollection;
      const at = entities.map((n) => [n.id(), n.position().x, n.position().y]);
      cy.destroy();
      return at;
    };
    const cache = createBlockCache();
    const plain = positions(null);
    expect(positions(cache)).toEqual(plain);
    expect(cache.nodes).toBeGreaterThan(0);
    // Second time, every block from the cache: the same drawing.
    expect(positions(cache)).toEqual(plain);
  });
});
