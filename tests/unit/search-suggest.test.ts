/**
 * "Did you mean …?" for a search that finds nothing: the edit distance (a swap of two
 * neighbours is one edit), how many edits a query of a given length may have, and the
 * entities suggested for typos in English and Chinese, on the bundled knowledge base.
 */
import { describe, expect, it } from 'vitest';
import { findGraphFiles, readSources } from '../../src/cli/files';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import { searchEntities, suggestEntities } from '../../src/model/search';
import { allowedEdits, closest, closestStrings, editDistance } from '../../src/model/suggest';

const { kb } = loadKnowledgeBase(readSources(findGraphFiles('graphs')));
const suggested = (query: string) => suggestEntities(kb.entities, query).map((s) => s.entity.label.en);

describe('editDistance (optimal string alignment)', () => {
  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['prmt3', 'prmt3', 0],
    ['prtm3', 'prmt3', 1], // one swap of neighbours
    ['ab', 'ba', 1],
    ['kitten', 'sitting', 3],
    ['flaw', 'lawn', 2],
    ['ca', 'abc', 3], // optimal string alignment: a swapped pair is not edited again
    ['缺养', '缺氧', 1],
    ['hif1a', 'hif1α', 1], // code points, not UTF-16 units
  ])('%s → %s is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it('with a bound, gives the distance or bound + 1, never less than the truth', () => {
    const words = [
      'prmt3',
      'prtm3',
      'pgam5',
      'prom1',
      'stat3',
      'ku70',
      'hypoxia',
      'hypoxa',
      'a',
      '',
      'abcdef',
      'badcfe',
    ];
    for (const a of words)
      for (const b of words)
        for (const max of [0, 1, 2, 3]) {
          expect(editDistance(a, b, max), `${a} ${b} ${max}`).toBe(Math.min(editDistance(a, b), max + 1));
        }
  });
});

describe('allowedEdits', () => {
  it('allows none for one or two letters, then more as the text grows', () => {
    expect(['a', 'ab', 'abc', 'abcd', 'prtm3', 'abcdefgh', 'fibronektin'].map(allowedEdits)).toEqual([
      0, 0, 1, 1, 2, 2, 3,
    ]);
  });

  it('counts Chinese characters as heavier than letters', () => {
    expect(['缺', '缺养', '纤维连接蛋', '纤维连接蛋白'].map(allowedEdits)).toEqual([0, 1, 1, 2]);
  });
});

describe('closest', () => {
  const candidates = [
    { item: 'alias-hit', names: [{ key: 'prmt2', text: 'PRMT2', rank: 1 }] },
    { item: 'symbol-hit', names: [{ key: 'prmt1', text: 'PRMT1', rank: 0 }] },
    { item: 'far', names: [{ key: 'pgam5', text: 'PGAM5', rank: 0 }] },
    { item: 'exact-later', names: [{ key: 'zzz', text: 'ZZZ', rank: 0 }] },
  ];

  it('keeps only the smallest distance, primary names before aliases, then the given order', () => {
    expect(closest('prmt3', candidates).map((s) => s.item)).toEqual(['symbol-hit', 'alias-hit']);
  });

  it('caps the number of suggestions', () => {
    expect(closest('prmt3', candidates, 1).map((s) => s.item)).toEqual(['symbol-hit']);
  });

  it('suggests nothing beyond the allowed edits or for a query too short to guess at', () => {
    expect(closest('xyzzy', candidates)).toEqual([]);
    expect(closest('zz', candidates)).toEqual([]);
  });

  it('works on plain strings, ignoring case', () => {
    expect(closestStrings('HIF1a', ['hif1a-gene', 'HIF1A', 'stat3'])).toEqual(['HIF1A']);
  });
});

describe('suggestEntities on graphs/', () => {
  it('finds nothing for "PRTM3" and suggests PRMT3, whatever the case', () => {
    expect(searchEntities(kb.entities, 'PRTM3')).toEqual([]);
    expect(suggested('PRTM3')).toEqual(['PRMT3']);
    expect(suggested('prtm3')).toEqual(['PRMT3']);
    expect(suggestEntities(kb.entities, 'PRTM3')[0]).toMatchObject({ matched: 'PRMT3', distance: 1 });
  });

  it('suggests from English labels, symbols and Chinese names', () => {
    expect(suggested('fibronektin')).toEqual(['fibronectin']);
    expect(suggested('STTA3')).toEqual(['STAT3']);
    expect(suggested('KU07')).toEqual(['KU70']);
    expect(suggested('sorafnib')).toEqual(['Sorafenib']);
    expect(suggested('缺养')[0]).toBe('hypoxia');
    expect(suggestEntities(kb.entities, '缺养')[0]?.matched).toBe('缺氧');
  });

  it('offers several when several are equally close, at most three', () => {
    expect(suggested('PD-L')).toEqual(expect.arrayContaining(['PD-1', 'PD-L1']));
    expect(suggested('CD4').length).toBeLessThanOrEqual(3);
  });

  it('suggests nothing for nonsense, empty or very short queries', () => {
    expect(suggested('xyzzy')).toEqual([]);
    expect(suggested('   ')).toEqual([]);
    expect(suggested('qz')).toEqual([]);
    expect(suggested('肝细胞癌')).toEqual([]);
  });
});
