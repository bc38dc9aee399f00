/**
 * The one rule for how a relation is drawn (src/model/relation-look.ts) and what the
 * drawing makes of it (src/style/visual.ts edgeLook, the legend's entries, the Cytoscape
 * stylesheet): correlation never looks like causation, and a hedged statement is lighter
 * but still prints.
 */
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { STRINGS } from '../../src/i18n/strings';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import { expandTherapies, filterGraph } from '../../src/model/query';
import {
  distinctLineLooks,
  LINE_STYLES,
  type RelationLook,
  relationLine,
  relationLook,
  relationSign,
} from '../../src/model/relation-look';
import { CERTAINTIES, RELATION_TYPE_INFO, RELATION_TYPES, SIGNS } from '../../src/model/vocabulary';
import { estimateTextWidth } from '../../src/style/label-layout';
import { contrastOnWhite, therapyColourScale } from '../../src/style/palette';
import { lineLookLabel, relationLegend } from '../../src/style/relation-legend';
import { EDGE_WIDTHS, edgeLook } from '../../src/style/visual';
import { buildElements, edgeClasses } from '../../src/view/cy-elements';
import { stylesheet } from '../../src/view/stylesheet';
import { relation, smallDocument, smallSources } from '../fixtures/small-kb';

const ALL_LOOKS: RelationLook[] = SIGNS.flatMap((sign) =>
  LINE_STYLES.flatMap((line) => CERTAINTIES.map((certainty) => ({ sign, line, certainty }))),
);

describe('relationLook', () => {
  it('takes the sign a relation states, else its type’s', () => {
    expect(relationSign({ type: 'associated', sign: 'positive' })).toBe('positive');
    expect(relationSign({ type: 'associated', sign: 'negative' })).toBe('negative');
    expect(relationSign({ type: 'binds', sign: 'negative' })).toBe('negative');
    for (const type of RELATION_TYPES) expect(relationSign({ type })).toBe(RELATION_TYPE_INFO[type].sign);
  });

  it('dashes the line of every correlation, whatever its sign, and of nothing else', () => {
    for (const type of RELATION_TYPES) expect(relationLine({ type })).toBe(type === 'associated' ? 'dashed' : 'solid');
    for (const sign of [undefined, ...SIGNS])
      expect(relationLook({ type: 'associated', ...(sign ? { sign } : {}) }).line).toBe('dashed');
  });

  it('reads a missing certainty as stated, and keeps a suggested one', () => {
    expect(relationLook({ type: 'activates' })).toEqual({ sign: 'positive', line: 'solid', certainty: 'stated' });
    expect(relationLook({ type: 'inhibits', certainty: 'suggested' })).toEqual({
      sign: 'negative',
      line: 'solid',
      certainty: 'suggested',
    });
  });

  it('lists distinct ends and lines in the vocabulary’s order of signs, solid before dashed', () => {
    const looks = distinctLineLooks([
      { sign: 'association', line: 'dashed' },
      { sign: 'negative', line: 'dashed' },
      { sign: 'positive', line: 'dashed' },
      { sign: 'positive', line: 'solid' },
      { sign: 'positive', line: 'dashed' },
    ]);
    expect(looks).toEqual([
      { sign: 'positive', line: 'solid' },
      { sign: 'positive', line: 'dashed' },
      { sign: 'negative', line: 'dashed' },
      { sign: 'association', line: 'dashed' },
    ]);
  });
});

describe('edgeLook', () => {
  it('draws a correlation dashed, with an open arrowhead, a T-bar or no end by its sign', () => {
    const drawn = (sign?: 'positive' | 'negative') => edgeLook(relationLook({ type: 'associated', sign }));
    expect(drawn('positive')).toMatchObject({ dashed: true, end: 'triangle', hollow: true });
    expect(drawn('negative')).toMatchObject({ dashed: true, end: 'tee', hollow: false });
    expect(drawn()).toMatchObject({ dashed: true, end: 'none' });
  });

  it('draws causal ends filled on a solid line, so they differ from a correlation’s', () => {
    const activation = edgeLook(relationLook({ type: 'activates' }));
    const inhibition = edgeLook(relationLook({ type: 'inhibits' }));
    expect(activation).toMatchObject({ dashed: false, end: 'triangle', hollow: false });
    expect(inhibition).toMatchObject({ dashed: false, end: 'tee', hollow: false });
    // Even where a dash meets the end, a correlation's end is another colour (and its arrowhead open).
    for (const sign of ['positive', 'negative'] as const)
      expect(edgeLook(relationLook({ type: 'associated', sign })).colour).not.toBe(activation.colour);
  });

  it('draws a hedged relation thinner and lighter, with the same end and dashes', () => {
    for (const look of ALL_LOOKS.filter((l) => l.certainty === 'stated')) {
      const stated = edgeLook(look);
      const suggested = edgeLook({ ...look, certainty: 'suggested' });
      expect(suggested.width).toBeLessThan(stated.width);
      expect(contrastOnWhite(suggested.colour)).toBeLessThan(contrastOnWhite(stated.colour));
      expect({ end: suggested.end, dashed: suggested.dashed, hollow: suggested.hollow }).toEqual({
        end: stated.end,
        dashed: stated.dashed,
        hollow: stated.hollow,
      });
    }
  });

  it('keeps every line at 3:1 or more against white, so that it prints', () => {
    for (const look of ALL_LOOKS)
      expect(contrastOnWhite(edgeLook(look).colour), JSON.stringify(look)).toBeGreaterThanOrEqual(3);
  });
});

describe('the legend’s relation entries', () => {
  it('names a correlation by its direction, in both languages', () => {
    expect(lineLookLabel({ sign: 'positive', line: 'dashed' })).toBe('associatedPositive');
    expect(lineLookLabel({ sign: 'negative', line: 'dashed' })).toBe('associatedNegative');
    expect(lineLookLabel({ sign: 'association', line: 'dashed' })).toBe('association');
    expect(lineLookLabel({ sign: 'positive', line: 'solid' })).toBe('positive');
    expect(STRINGS.zh.associatedPositive).toBe('正相关');
    expect(STRINGS.zh.associatedNegative).toBe('负相关');
    expect(STRINGS.en.associatedPositive).toMatch(/^Associated, positively/);
  });

  it('adds the lighter line only when a shown relation is suggested', () => {
    const stated = [relationLook({ type: 'activates' }), relationLook({ type: 'associated', sign: 'negative' })];
    expect(relationLegend(stated).map((e) => e.label)).toEqual(['positive', 'associatedNegative']);
    const withHedge = [...stated, relationLook({ type: 'associated', certainty: 'suggested' })];
    expect(relationLegend(withHedge).map((e) => e.label)).toEqual([
      'positive',
      'associatedNegative',
      'association',
      'legendSuggested',
    ]);
    expect(relationLegend(withHedge).at(-1)?.look.certainty).toBe('suggested');
  });
});

describe('on screen (the Cytoscape stylesheet)', () => {
  const doc = smallDocument();
  doc.relations = [
    ...(doc.relations ?? []),
    relation('c-pos', 'hyp', 'out', ['a'], { type: 'associated', sign: 'positive' }),
    relation('c-neg', 'h1', 'out', ['a'], { type: 'associated', sign: 'negative' }),
    relation('c-none', 'hyp', 's1', ['a'], { type: 'associated' }),
    relation('hedged', 'hyp', 'out2', ['a'], { type: 'inhibits', certainty: 'suggested' }),
  ];
  const { kb, problems } = loadKnowledgeBase(smallSources(doc));
  const elements = buildElements(
    kb,
    filterGraph(kb, { therapies: ['a', 'b'], withComponents: false }),
    expandTherapies(kb, ['a', 'b'], false),
    'en',
    therapyColourScale(kb.therapies.map((t) => t.id)),
    (text) => estimateTextWidth(text),
  );
  const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet(), elements });

  it('loads the fixture without errors', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('gives every edge the classes and data of its look', () => {
    for (const r of kb.relations) {
      const edge = cy.getElementById(`edge:${r.id}`);
      if (edge.empty()) continue;
      const look = relationLook(r);
      for (const c of edgeClasses(look).split(' ')) expect(edge.hasClass(c), `${r.id} ${c}`).toBe(true);
      expect({ sign: edge.data('sign'), line: edge.data('line'), certainty: edge.data('certainty') }).toEqual(look);
    }
  });

  it('computes each edge’s line style, end, fill and width from edgeLook', () => {
    const shape = { triangle: 'triangle', tee: 'tee', diamond: 'diamond', none: 'none' } as const;
    for (const r of kb.relations) {
      const edge = cy.getElementById(`edge:${r.id}`);
      if (edge.empty()) continue;
      const drawn = edgeLook(relationLook(r));
      expect(edge.style('line-style'), r.id).toBe(r.type === 'associated' ? 'dashed' : 'solid');
      expect(edge.style('target-arrow-shape'), r.id).toBe(shape[drawn.end]);
      if (drawn.end !== 'none') expect(edge.style('target-arrow-fill'), r.id).toBe(drawn.hollow ? 'hollow' : 'filled');
      expect(Number.parseFloat(edge.style('width')), r.id).toBe(EDGE_WIDTHS[r.certainty]);
    }
    expect(cy.getElementById('edge:c-pos').style('target-arrow-fill')).toBe('hollow');
    expect(cy.getElementById('edge:c-neg').style('target-arrow-shape')).toBe('tee');
    expect(cy.getElementById('edge:c-none').style('target-arrow-shape')).toBe('none');
    expect(Number.parseFloat(cy.getElementById('edge:hedged').style('width'))).toBe(EDGE_WIDTHS.suggested);
  });
});
