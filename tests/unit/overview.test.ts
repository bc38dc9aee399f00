import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import { expandTherapies, filterGraph } from '../../src/model/query';
import { estimateTextWidth } from '../../src/style/label-layout';
import { therapyColourScale } from '../../src/style/palette';
import { applyElements, applyVisibility } from '../../src/view/apply';
import { buildElements } from '../../src/view/cy-elements';
import { dagreBlock } from '../../src/view/layout/dagre-block';
import { planFrames } from '../../src/view/layout/frame-layout';
import { blocksOf } from '../../src/view/layout/sized-blocks';
import { BOLD_ESTIMATE } from '../../src/view/measure';
import {
  closedElements,
  closedTitleFit,
  framesAround,
  framesIn,
  framesOfEntities,
  makeOverview,
  openFrames,
} from '../../src/view/overview';
import { stylesheet } from '../../src/view/stylesheet';
import { smallSources } from '../fixtures/small-kb';

const { kb } = loadKnowledgeBase(smallSources());
const therapies = ['a', 'b'];
const elements = buildElements(
  kb,
  filterGraph(kb, { therapies, withComponents: false }),
  expandTherapies(kb, therapies, false),
  'en',
  therapyColourScale(kb.therapies.map((t) => t.id)),
  (text) => estimateTextWidth(text),
);
const { blocks, sized, edges } = blocksOf(elements);
const layout = planFrames(
  elements,
  blocks,
  edges,
  sized.map((b) => dagreBlock(b, 'TB')),
  { aspect: 1.6, measureTitle: (t: string) => estimateTextWidth(t) * BOLD_ESTIMATE },
);

const measureTitle = (t: string) => estimateTextWidth(t) * BOLD_ESTIMATE;
/** Titles that read at the fit of this small graph at their laid-out size: closed, they stay so. */
const closedTitles = { measure: measureTitle, wanted: 15 };

describe('the overview of closed frames', () => {
  it('draws each frame closed over its box and title, with a count, and one link per linked pair', () => {
    const defs = closedElements(makeOverview(elements, layout), closedTitles);
    const frames = defs.filter((d) => d.classes === 'frame closed');
    expect(frames.map((f) => [f.data.id, f.data.label, f.data.members])).toEqual([
      ['frame:m-a', 'M A\n(4)', ['hyp', 'h1', 's1', 'out']],
      ['frame:m-b', 'M B\n(2)', ['x1', 'out2']],
    ]);
    const box = layout.boxes.get('frame:m-a');
    const title = layout.titles.get('frame:m-a');
    expect(Number(frames[0].data.h)).toBeCloseTo((box?.y2 ?? 0) - (box?.y1 ?? 0) + (title?.titleH ?? 0), 6);
    // r4 x1→s1, r5 s1→out2 and r6 x1→h1 join the two frames: one link, weighted 3.
    expect(defs.filter((d) => d.group === 'edges').map((d) => [d.data.id, d.data.count])).toEqual([
      ['link:frame:m-a|frame:m-b', 3],
    ]);
  });

  it('knows which frames hold an entity, its neighbours, and a region', () => {
    const ov = makeOverview(elements, layout);
    expect([...framesOfEntities(ov, ['x1'])]).toEqual(['frame:m-b']);
    expect([...framesAround(ov, 'x1')].sort()).toEqual(['frame:m-a', 'frame:m-b']);
    const a = layout.boxes.get('frame:m-a');
    if (!a) throw new Error('no box');
    expect(framesIn(ov, { x1: a.x1 + 1, y1: a.y1 + 1, x2: a.x1 + 2, y2: a.y1 + 2 }, 10)).toEqual(['frame:m-a']);
  });

  it('opens a frame in place: its entities where the layout put them, relations once both ends are drawn', () => {
    const ov = makeOverview(elements, layout);
    const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet() });
    applyElements(cy, closedElements(ov, closedTitles));
    expect(cy.nodes('[entity]').length).toBe(0);
    expect(openFrames(cy, ov, ['frame:m-b'])).toBe(true);
    expect(cy.getElementById('x1').position()).toEqual(layout.positions.get('x1'));
    expect(cy.getElementById('frame:m-b').hasClass('closed')).toBe(false);
    // x1's relations go to m-a's entities, still closed: none drawn yet.
    expect(cy.edges('[relation]').length).toBe(0);
    openFrames(cy, ov, ['frame:m-a']);
    expect(cy.edges('[relation]').length).toBe(6);
    expect(openFrames(cy, ov, ['frame:m-a'])).toBe(false);
    cy.destroy();
  });

  it('hides a closed frame when the filters leave none of its entities, and says how many are left', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet() });
    applyElements(cy, closedElements(makeOverview(elements, layout), closedTitles));
    applyVisibility(cy, new Set(['hyp', 'h1']), new Set(['r1']));
    expect(cy.getElementById('frame:m-a').data('label')).toBe('M A\n(2)');
    expect(cy.getElementById('frame:m-b').hasClass('hidden')).toBe(true);
    expect(cy.getElementById('link:frame:m-a|frame:m-b').hasClass('hidden')).toBe(true);
    cy.destroy();
  });

  it("draws a closed frame's title as large as its box holds, up to the size wanted, and back above it when opened", () => {
    const title = 'generated · part 7 of 51, around G1323';
    const fit = closedTitleFit(title, { w: 3000, h: 2000 }, measureTitle, 450);
    if (!fit) throw new Error('no fit');
    // Larger than the layout's largest title (160), within the box with the count line below.
    expect(fit.size).toBeGreaterThan(160);
    expect(fit.size).toBeLessThanOrEqual(450);
    for (const line of fit.lines) expect(measureTitle(line) * (fit.size / 13)).toBeLessThanOrEqual(3000 * 0.86);
    expect((fit.lines.length + 1) * fit.size * 1.2).toBeLessThanOrEqual(2000 * 0.86);
    expect(fit.lines.join(' ').replace(/\s+/g, ' ')).toBe(title);
    // No larger than wanted, and nothing when even the smallest title does not fit.
    expect(closedTitleFit(title, { w: 3000, h: 2000 }, measureTitle, 40)?.size).toBe(40);
    expect(closedTitleFit(title, { w: 40, h: 30 }, measureTitle, 450)).toBeNull();

    const ov = makeOverview(elements, layout);
    const laidSize = layout.titles.get('frame:m-a')?.titleSize ?? 0;
    const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet() });
    applyElements(cy, closedElements(ov, { measure: measureTitle, wanted: 60 }));
    const frame = cy.getElementById('frame:m-a');
    expect(frame.data('titleMax')).toBeGreaterThan(laidSize);
    expect(frame.data('titleMax')).toBeLessThanOrEqual(60);
    openFrames(cy, ov, ['frame:m-a']);
    expect(frame.data('titleMax')).toBe(laidSize);
    cy.destroy();
  });
});
