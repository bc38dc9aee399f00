import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import { normaliseForSearch, searchEntities } from '../../src/model/search';
import { citationMarks, formatReference, relationSentence } from '../../src/model/text';
import { estimateTextWidth, labelBox, wrapLabel } from '../../src/style/label-layout';
import { therapyColourScale, tint } from '../../src/style/palette';
import { smallSources } from '../fixtures/small-kb';

const kb = loadKnowledgeBase(smallSources()).kb;

describe('search', () => {
  it('normalises Greek letters, superscripts and punctuation', () => {
    expect(normaliseForSearch('HIF-1α')).toBe('hif1a');
    expect(normaliseForSearch('CD8⁺ T cells')).toBe('cd8tcells');
    expect(normaliseForSearch('m⁶A')).toBe('m6a');
  });
  it('finds by symbol prefix, alias, Chinese label and English label', () => {
    expect(searchEntities(kb.entities, 'HIF')[0].entity.id).toBe('h1');
    expect(searchEntities(kb.entities, 'hif1α')[0].entity.id).toBe('h1');
    expect(searchEntities(kb.entities, '缺氧')[0].entity.id).toBe('hyp');
    expect(searchEntities(kb.entities, 'tams')[0].entity.id).toBe('x1');
    expect(searchEntities(kb.entities, 'zzz')).toEqual([]);
    expect(searchEntities(kb.entities, '   ')).toEqual([]);
  });
  it('ranks an exact match above a prefix match', () => {
    const hits = searchEntities(kb.entities, 'stat3');
    expect(hits[0].entity.id).toBe('s1');
  });
});

describe('text', () => {
  it('prints citation marks as the review does', () => {
    expect(citationMarks([5, 3, 4])).toBe('[3-5]');
    expect(citationMarks([6, 7])).toBe('[6, 7]');
    expect(citationMarks([8, 12, 13, 14, 20])).toBe('[8, 12-14, 20]');
  });
  it('reads a relation as a sentence in both languages', () => {
    const r = kb.relationById.get('r2');
    if (!r) throw new Error('fixture');
    expect(relationSentence(kb, r, 'en')).toBe('HIF-1α activates STAT3');
    expect(relationSentence(kb, { ...r, site: 'R452', type: 'methylates' }, 'zh')).toBe(
      'HIF-1α 甲基化 STAT3（R452位点）',
    );
  });
  it('formats a full reference', () => {
    expect(
      formatReference({
        number: 3,
        authors: ['LIU X', 'HU X'],
        etAl: true,
        title: 'T',
        kind: 'J',
        journal: 'Cancer Lett',
        year: 2017,
        volume: '395',
        pages: '63-71',
      }),
    ).toBe('[3] LIU X, HU X, et al. T [J]. Cancer Lett, 2017, 395: 63-71.');
  });
});

describe('labels and colours', () => {
  it('wraps long labels and never splits a short one', () => {
    expect(wrapLabel('STAT3', estimateTextWidth)).toEqual(['STAT3']);
    const lines = wrapLabel('Tumour-associated macrophages recruit IgG plasma cells', estimateTextWidth);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(estimateTextWidth(line)).toBeLessThanOrEqual(128);
    expect(wrapLabel('肿瘤相关巨噬细胞募集浆细胞并形成免疫抑制微环境', estimateTextWidth).length).toBeGreaterThan(1);
  });
  it('sizes a box to its lines, wider for slanted shapes', () => {
    const plain = labelBox('Autophagy', estimateTextWidth, 'round-rectangle');
    const hex = labelBox('Autophagy', estimateTextWidth, 'hexagon');
    expect(hex.width).toBeGreaterThan(plain.width);
    expect(plain.height).toBeGreaterThanOrEqual(30);
  });
  it('gives each therapy a distinct Okabe–Ito colour and pale tints', () => {
    const colours = therapyColourScale(['a', 'b', 'c']);
    expect(new Set(['a', 'b', 'c'].map(colours)).size).toBe(3);
    expect(colours('a')).toBe('#E69F00');
    expect(tint('#000000', 0.5)).toBe('#808080');
  });
});
