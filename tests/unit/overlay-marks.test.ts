/**
 * The overlay's marks in exported figures and on screen. A gene without a value is a
 * hatched fill, never a text mark (the old "nd" sat in the node's corner and ran into long
 * labels in print); a value beyond the colour limits is a ▲ or ▼ above the node's top-right
 * corner. Checked on the geometry of the printed TACE figure (`graph figure --size
 * journal-180`, the same writer the app's export uses): no mark of a node covers its own
 * label, its own box or any other node's, every mark stays inside its frame, and the
 * legend explains exactly the marks drawn. On screen: the stylesheet draws the same
 * hatching and triangles from the data the view sets (headless Cytoscape).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cytoscape from 'cytoscape';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { printFigure } from '../../src/cli/figure-layout';
import { findGraphFiles, readSources } from '../../src/cli/files';
import { overlayForFigure } from '../../src/cli/overlay-option';
import type { Figure } from '../../src/export/figure';
import { BASELINE_SHIFT } from '../../src/export/svg-elements';
import { SIZE_PRESETS, writeSvg } from '../../src/export/svg-writer';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import { estimateTextWidth } from '../../src/style/label-layout';
import { beyondBox, beyondImage, hatchTileSvg, svgDataUrl } from '../../src/style/overlay-marks';
import { applyOverlay } from '../../src/view/overlay';
import { stylesheet } from '../../src/view/stylesheet';

const { kb } = loadKnowledgeBase(readSources(findGraphFiles('graphs')));

type Box = { x1: number; y1: number; x2: number; y2: number };
const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
const inside = (a: Box, b: Box) => a.x1 >= b.x1 && a.y1 >= b.y1 && a.x2 <= b.x2 && a.y2 <= b.y2;

/** A node's `<g>` in the SVG, by its entity. */
function nodeGroup(svg: string, entity: string): string {
  const m = new RegExp(`<g id="node-[^"]*"[^>]*data-entity="${entity}"[^>]*>[\\s\\S]*?</g>(?:</g>)?`).exec(svg);
  if (!m) throw new Error(`no node group for ${entity}`);
  return m[0];
}

/**
 * The box a node's label covers, read off its `<tspan>`s (centred at x, baseline at y),
 * with the same width estimate the layout uses and a full em for each line's height.
 */
function labelBox(group: string): Box {
  const label = /<text class="label"[^>]*font-size="([\d.]+)"[^>]*>([\s\S]*?)<\/text>/.exec(group);
  if (!label) throw new Error('no label');
  const size = Number(label[1]);
  let box: Box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const span of label[2].matchAll(/<tspan x="([-\d.]+)" y="([-\d.]+)">([^<]*)<\/tspan>/g)) {
    const x = Number(span[1]);
    const baseline = Number(span[2]);
    const half = estimateTextWidth(span[3], size) / 2;
    const top = baseline - BASELINE_SHIFT * size - size / 2;
    box = {
      x1: Math.min(box.x1, x - half),
      y1: Math.min(box.y1, top),
      x2: Math.max(box.x2, x + half),
      y2: Math.max(box.y2, top + size),
    };
  }
  return box;
}

/** Every point of the polygons drawn in a group, as one box. */
function polygonsBox(group: string): Box | null {
  const points = [...group.matchAll(/<polygon points="([^"]+)"/g)].flatMap((m) =>
    m[1].split(' ').map((p) => p.split(',').map(Number)),
  );
  if (points.length === 0) return null;
  return {
    x1: Math.min(...points.map(([x]) => x)),
    y1: Math.min(...points.map(([, y]) => y)),
    x2: Math.max(...points.map(([x]) => x)),
    y2: Math.max(...points.map(([, y]) => y)),
  };
}

const nodeBox = (n: Figure['nodes'][number]): Box => ({
  x1: n.x - n.w / 2 - n.borderWidth / 2,
  y1: n.y - n.h / 2 - n.borderWidth / 2,
  x2: n.x + n.w / 2 + n.borderWidth / 2,
  y2: n.y + n.h / 2 + n.borderWidth / 2,
});

/*
 * day1 on ±1.5: PD-L1 (CD274) 2 is above, HIF1A −2 below, MAPK1 −1.5 (ERK1/2's strongest)
 * exactly at the limit (not beyond); TP53, S100A9 and the other TACE genes have no value.
 */
const dir = mkdtempSync(join(tmpdir(), 'overlay-marks-'));
const table = join(dir, 'de.tsv');
writeFileSync(table, 'gene\tday1\nPD-L1\t2\nHIF1A\t-2\nERK1\t0.5\nMAPK1\t-1.5\nSTAT3\t1.2\nIL6\t0.8\nGAPDH\t0.3\n');

async function printedTace(language: 'en' | 'zh', limits: string) {
  const overlay = await overlayForFigure(kb, { overlay: table, column: 'day1', limits }, language);
  if (!overlay) throw new Error('no overlay');
  const size = SIZE_PRESETS['journal-180'];
  const print = printFigure(kb, { therapies: ['tace'], language, overlay: overlay.overlay, size });
  return { figure: print.figure, svg: writeSvg(print.figure, print.svg) };
}

describe('the overlay marks in a printed figure (TACE, journal-180)', () => {
  for (const language of ['en', 'zh'] as const) {
    it(`draws genes without a value hatched, with no text mark that could touch a label (${language})`, async () => {
      const { figure, svg } = await printedTace(language, '-1.5,1.5');
      expect(XMLValidator.validate(svg)).toBe(true);
      const noData = figure.nodes.filter((n) => n.overlayMark === 'no-data');
      expect(noData.map((n) => n.entity)).toEqual(expect.arrayContaining(['tp53', 's100a9', 'cd47']));
      expect(svg).toMatch(/<pattern id="no-data-hatch" class="no-data-hatch" patternUnits="userSpaceOnUse"/);
      for (const node of noData) {
        const group = nodeGroup(svg, node.entity);
        expect(group, node.entity).toContain('class="node type-');
        expect(group, node.entity).toMatch(/ no-data"/);
        expect(group, node.entity).toContain('fill="url(#no-data-hatch)"');
        // The label is the only text in the node's group: nothing to collide with it.
        expect(group.match(/<text /g), node.entity).toHaveLength(1);
        expect(group, node.entity).not.toMatch(/>nd</);
      }
      // Genes with a value are not hatched.
      expect(nodeGroup(svg, 'stat3')).not.toContain('no-data-hatch');
    });

    it(`puts ▲ ▼ above the node's corner, clear of every label and node and inside its frame (${language})`, async () => {
      const { figure, svg } = await printedTace(language, '-1.5,1.5');
      const marked = figure.nodes.filter((n) => n.overlayMark && n.overlayMark !== 'no-data');
      expect(Object.fromEntries(marked.map((n) => [n.entity, n.overlayMark]))).toEqual({
        cd274: 'above',
        hif1a: 'below',
      });
      const labels = figure.nodes.map((n) => ({ node: n, box: labelBox(nodeGroup(svg, n.entity)) }));
      for (const node of marked) {
        const group = nodeGroup(svg, node.entity);
        expect(group).toContain(`class="beyond-mark beyond-${node.overlayMark}"`);
        const drawn = polygonsBox(group);
        if (!drawn) throw new Error(`no triangle on ${node.entity}`);
        // The polygons are where the shared geometry says (the screen draws the same box).
        const box = beyondBox(node, node.overlayMark === 'above' ? 'above' : 'below');
        expect(drawn.x1).toBeCloseTo(box.x1, 1);
        expect(drawn.y2).toBeCloseTo(box.y2, 1);
        // With its white rim, the mark covers no label (its own included) and no node.
        const rimmed = { x1: drawn.x1 - 0.5, y1: drawn.y1 - 0.5, x2: drawn.x2 + 0.5, y2: drawn.y2 + 0.5 };
        for (const { node: other, box: label } of labels)
          expect(overlaps(rimmed, label), `${node.entity}'s mark over ${other.entity}'s label`).toBe(false);
        for (const other of figure.nodes)
          expect(overlaps(rimmed, nodeBox(other)), `${node.entity}'s mark over node ${other.entity}`).toBe(false);
        // Above the outer edge of its own border, and inside its mechanism's frame.
        expect(rimmed.y2).toBeLessThanOrEqual(nodeBox(node).y1);
        const frame = figure.frames.find((f) => inside(nodeBox(node), f));
        expect(frame, `${node.entity}'s frame`).toBeDefined();
        if (frame) expect(inside(rimmed, frame), `${node.entity}'s mark inside its frame`).toBe(true);
      }
    });
  }

  it('explains in the legend exactly the marks drawn', async () => {
    const { figure, svg } = await printedTace('en', '-1.5,1.5');
    const legend = /<g class="legend-overlay">[\s\S]*?<\/g>/.exec(svg)?.[0] ?? '';
    expect(figure.legend.overlay?.above).toBe('above 1.5 (end colour)');
    expect(figure.legend.overlay?.below).toBe('below -1.5 (end colour)');
    expect(legend).toContain('gene without a value');
    expect(legend).toContain('fill="url(#no-data-hatch)"');
    expect(legend).toContain('above 1.5 (end colour)');
    expect(legend).toContain('below -1.5 (end colour)');
    // With the default limits (±2) nothing is beyond them: no ▲ ▼ in the figure or its legend.
    const plain = await printedTace('en', '-2,2');
    expect(plain.figure.nodes.filter((n) => n.overlayMark && n.overlayMark !== 'no-data')).toEqual([]);
    expect(plain.figure.legend.overlay?.above).toBeUndefined();
    expect(plain.figure.legend.overlay?.below).toBeUndefined();
    expect(plain.svg).not.toContain('beyond-mark');
  });
});

describe('the overlay marks on screen (the stylesheet on headless Cytoscape)', () => {
  const paint = { colours: '#bdbdbd #bdbdbd', stops: '0% 100%', text: '#111111' };
  const make = () =>
    cytoscape({
      headless: true,
      styleEnabled: true,
      style: stylesheet(),
      elements: [
        {
          data: {
            id: 'g1',
            entity: 'g1',
            type: 'gene',
            w: 60,
            h: 30,
            label: 'TP53',
            fillColours: '#FFFFFF #FFFFFF',
            fillStops: '0% 100%',
          },
          classes: 'type-gene',
        },
        {
          data: {
            id: 'g2',
            entity: 'g2',
            type: 'gene',
            w: 60,
            h: 30,
            label: 'CD274',
            fillColours: '#FFFFFF #FFFFFF',
            fillStops: '0% 100%',
          },
          classes: 'type-gene',
        },
        {
          data: {
            id: 'f1',
            entity: 'f1',
            type: 'family',
            w: 60,
            h: 30,
            label: 'ERK1/2',
            fillColours: '#FFFFFF #FFFFFF',
            fillStops: '0% 100%',
          },
          classes: 'type-family',
        },
        {
          data: {
            id: 'x',
            entity: 'x',
            type: 'condition',
            w: 60,
            h: 30,
            label: 'hypoxia',
            fillColours: '#FFFFFF #FFFFFF',
            fillStops: '0% 100%',
          },
          classes: 'type-condition',
        },
      ],
    });

  it('hatches a gene without a value and lifts ▲ ▼ over the node, as the figures draw them', () => {
    const cy = make();
    applyOverlay(
      cy,
      new Map([
        ['g1', { ...paint, mark: 'no-data' as const }],
        ['g2', { ...paint, mark: 'above' as const }],
        ['f1', { ...paint, mark: 'below' as const }],
      ]),
    );
    const g1 = cy.getElementById('g1');
    expect(String(g1.style('background-image'))).toContain(svgDataUrl(hatchTileSvg()));
    expect(g1.style('background-repeat')).toBe('repeat');
    const g2 = cy.getElementById('g2');
    const above = beyondImage('above', 1.5);
    expect(String(g2.style('background-image'))).toContain(above.url);
    expect(g2.style('background-clip')).toBe('none');
    expect(g2.style('background-offset-y')).toBe(`${above.offsetY}px`);
    // The node's box grows upwards by the mark, so Cytoscape's caches and frames include it.
    expect(g2.boundingBox({ includeLabels: false }).y1).toBeLessThanOrEqual(g2.position('y') - 15 - above.above);
    // A family's double border is wider: its mark is lifted higher.
    const f1 = cy.getElementById('f1');
    expect(String(f1.style('background-image'))).toContain(beyondImage('below', 4).url);
    expect(f1.style('background-offset-y')).toBe(`${beyondImage('below', 4).offsetY}px`);
    expect(beyondImage('below', 4).offsetY).toBeLessThan(beyondImage('below', 1.5).offsetY);
    expect(cy.getElementById('x').style('background-image')).toBe('none');
    cy.destroy();
  });

  it('takes the mark away when the value comes within the limits or the overlay goes', () => {
    const cy = make();
    applyOverlay(cy, new Map([['g2', { ...paint, mark: 'above' as const }]]));
    expect(cy.getElementById('g2').data('ovMark')).toBe('above');
    applyOverlay(cy, new Map([['g2', paint]]));
    expect(cy.getElementById('g2').data('ovMark')).toBeUndefined();
    expect(cy.getElementById('g2').style('background-image')).toBe('none');
    applyOverlay(cy, new Map([['g2', { ...paint, mark: 'below' as const }]]));
    applyOverlay(cy, null);
    expect(cy.getElementById('g2').data('ovMark')).toBeUndefined();
    expect(cy.getElementById('g2').data('ovColours')).toBeUndefined();
    cy.destroy();
  });
});
