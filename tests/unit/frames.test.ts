import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import { expandTherapies, filterGraph } from '../../src/model/query';
import { estimateTextWidth } from '../../src/style/label-layout';
import { therapyColourScale } from '../../src/style/palette';
import { applyElements, applyHighlight, applyVisibility } from '../../src/view/apply';
import { buildElements, countNodes, isFrame } from '../../src/view/cy-elements';
import { applyLabelZoom } from '../../src/view/label-zoom';
import { layoutLayered, nodesBox } from '../../src/view/layout/layout';
import { BOLD_ESTIMATE } from '../../src/view/measure';
import { stylesheet } from '../../src/view/stylesheet';
import { smallDocument, smallSources } from '../fixtures/small-kb';

const doc = smallDocument();
doc.mechanisms = (doc.mechanisms ?? []).map((m) =>
  m.id === 'm-b' ? { ...m, shortTitle: { en: 'B short', zh: '乙短' } } : m,
);
const { kb } = loadKnowledgeBase(smallSources(doc));
const elementsFor = (therapies: string[], language: 'en' | 'zh' = 'en') =>
  buildElements(
    kb,
    filterGraph(kb, { therapies, withComponents: false }),
    expandTherapies(kb, therapies, false),
    language,
    therapyColourScale(kb.therapies.map((t) => t.id)),
    (text) => estimateTextWidth(text),
  );
const measureTitle = (t: string) => estimateTextWidth(t) * BOLD_ESTIMATE;

describe('mechanism frames', () => {
  it('puts each entity in the frame of the mechanism most of its relations belong to, frames first', () => {
    const elements = elementsFor(['a', 'b']);
    const frames = elements.filter((e) => isFrame(e.data));
    expect(frames.map((f) => f.data.id)).toEqual(['frame:m-a', 'frame:m-b']);
    expect(elements.findIndex((e) => !isFrame(e.data))).toBe(frames.length);
    const parent = (id: string) => elements.find((e) => e.data.id === id)?.data.parent;
    // h1: two relations of m-a, one of m-b. s1: two each, the first met (m-a) wins. x1: only m-b.
    expect(parent('h1')).toBe('frame:m-a');
    expect(parent('s1')).toBe('frame:m-a');
    expect(parent('x1')).toBe('frame:m-b');
    expect(frames.map((f) => f.data.count)).toEqual([4, 2]);
    expect(countNodes(elements)).toBe(6);
  });

  it('titles a frame with the short title in the chosen language, the full title otherwise', () => {
    const zh = elementsFor(['a', 'b'], 'zh').filter((e) => isFrame(e.data));
    expect(zh.map((f) => [f.data.title, f.data.categoryLabel])).toEqual([
      ['机制甲', '信号通路异常'],
      ['乙短', '肿瘤微环境'],
    ]);
  });

  it('hides a frame whose entities are all hidden, and never fades a frame', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet() });
    applyElements(cy, elementsFor(['a', 'b']));
    applyVisibility(cy, new Set(['hyp', 'h1', 's1', 'out']), new Set(['r1', 'r2', 'r3']));
    expect(cy.getElementById('frame:m-a').hasClass('hidden')).toBe(false);
    expect(cy.getElementById('frame:m-b').hasClass('hidden')).toBe(true);
    const none = new Set<string>();
    applyHighlight(cy, {
      focusNodes: new Set(['h1']),
      focusRelations: none,
      nodes: new Set(['h1', 's1']),
      relations: none,
      pathNodes: none,
      pathRelations: none,
      focusFrames: new Set(['m-b']),
    });
    expect(cy.getElementById('hyp').hasClass('faded')).toBe(true);
    expect(cy.getElementById('frame:m-a').classes()).toEqual(['frame']);
    expect(cy.getElementById('frame:m-b').hasClass('focus')).toBe(true);
    cy.destroy();
  });

  it('moves an entity into its new frame when the therapies change, keeping its edges', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet() });
    applyElements(cy, elementsFor(['b']));
    // With b alone, h1 is in m-b's frame; with a as well, it moves to m-a's.
    expect(cy.getElementById('h1').data('parent')).toBe('frame:m-b');
    applyElements(cy, elementsFor(['a', 'b']));
    expect(cy.getElementById('h1').data('parent')).toBe('frame:m-a');
    expect(
      cy
        .getElementById('frame:m-a')
        .children()
        .map((n) => n.id()),
    ).toContain('h1');
    expect(cy.getElementById('edge:r6').source().id()).toBe('x1');
    applyElements(cy, elementsFor(['a']));
    expect(cy.getElementById('frame:m-b').empty()).toBe(true);
    expect(cy.nodes().filter((n) => !n.isParent()).length).toBe(4);
    cy.destroy();
  });

  it('reserves room for each title above its frame, inside the fitted box', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: stylesheet(),
      elements: elementsFor(['a', 'b']),
    });
    layoutLayered(cy, cy.elements(), 'TB', { aspect: 1.6, measureTitle });
    const frame = cy.getElementById('frame:m-a');
    expect(frame.data('label')).toBe('M A');
    expect(Number(frame.data('titleH'))).toBeGreaterThan(15);
    const box = nodesBox(cy);
    const children = frame.children().boundingBox({ includeLabels: false });
    expect(box?.y1).toBeLessThanOrEqual(children.y1 - 12 - Number(frame.data('titleH')) + 1e-6);
    cy.destroy();
  });

  it('drops entity and edge labels below 10 px on screen and brings them back', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet(), elements: elementsFor(['a']) });
    cy.zoom(0.5);
    applyLabelZoom(cy, true);
    expect(cy.getElementById('h1').hasClass('unlabelled')).toBe(true);
    expect(cy.getElementById('frame:m-a').hasClass('unlabelled')).toBe(false);
    cy.zoom(0.8);
    applyLabelZoom(cy);
    expect(cy.getElementById('h1').hasClass('unlabelled')).toBe(false);
    cy.destroy();
  });
});
