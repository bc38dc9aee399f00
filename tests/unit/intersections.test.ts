import { describe, expect, it } from 'vitest';
import { findGraphFiles, readSources } from '../../src/cli/files';
import { exactIntersections, therapyMembership } from '../../src/model/intersections';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import { sharedTable, sharedTableText } from '../../src/model/shared-table';
import { smallDocument, smallSources } from '../fixtures/small-kb';

const small = loadKnowledgeBase(smallSources()).kb;

describe('intersections on a fixture with known overlaps', () => {
  it('gives each entity its exact set of therapies', () => {
    const m = therapyMembership(small, ['a', 'b'], 'all');
    const sets = Object.fromEntries(m.map((x) => [x.entity.id, x.therapies.join('+')]));
    expect(sets).toEqual({ h1: 'a+b', s1: 'a+b', hyp: 'a', out: 'a', x1: 'b', out2: 'b' });
  });
  it('groups exact intersections, largest first', () => {
    const groups = exactIntersections(therapyMembership(small, ['a', 'b'], 'all'));
    expect(groups.map((g) => [g.key, g.entities.map((e) => e.id).sort()])).toEqual([
      ['a+b', ['h1', 's1']],
      ['a', ['hyp', 'out']],
      ['b', ['out2', 'x1']],
    ]);
  });
  it('counts genes only by default', () => {
    const groups = exactIntersections(therapyMembership(small, ['a', 'b'], 'genes'));
    expect(groups.map((g) => g.key)).toEqual(['a+b']);
  });
  it('writes the shared table as CSV with quoting and as TSV', () => {
    const rows = sharedTable(small, ['a', 'b'], 'all');
    const csv = sharedTableText([{ ...rows[0], name: 'a "quoted", name' }], ['a', 'b'], ',');
    expect(csv.split('\n')[1]).toBe('h1,HIF1A,HIF-1α,,"a ""quoted"", name",gene,yes,yes,2,1,1,0');
    const tsv = sharedTableText(rows, ['a', 'b'], '\t');
    expect(tsv.split('\n')[0].split('\t')).toHaveLength(12);
  });
  it('counts the uncited relations of an entity known only from uncited sentences', () => {
    const doc = smallDocument();
    for (const r of doc.relations ?? [])
      if (r.source === 'h1' || r.target === 'h1') Object.assign(r, { references: [], citation: 'uncited' });
    const kb = loadKnowledgeBase(smallSources(doc)).kb;
    const h1 = sharedTable(kb, ['a', 'b'], 'all').find((r) => r.id === 'h1');
    expect(h1).toMatchObject({ references: [], uncited: 3, counts: { a: 2, b: 1 } });
  });
});

describe('intersections on the review', () => {
  const { kb } = loadKnowledgeBase(readSources(findGraphFiles('graphs')));
  it('PRMT3 is shared by HAIC and immunotherapy; STAT3 and PD-L1 by TACE and immunotherapy', () => {
    const m = new Map(
      therapyMembership(kb, ['tace', 'haic', 'targeted', 'immunotherapy'], 'genes').map((x) => [
        x.entity.id,
        x.therapies,
      ]),
    );
    expect(m.get('prmt3')).toEqual(['haic', 'immunotherapy']);
    expect(m.get('stat3')).toEqual(expect.arrayContaining(['tace', 'immunotherapy']));
    expect(m.get('cd274')).toEqual(expect.arrayContaining(['tace', 'immunotherapy']));
  });
});
