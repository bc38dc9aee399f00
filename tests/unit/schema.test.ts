import { describe, expect, it } from 'vitest';
import { EntitySchema, ReferenceSchema, RelationSchema } from '../../src/model/schema';
import { relation } from '../fixtures/small-kb';

const messages = (result: { success: boolean; error?: { issues: Array<{ message: string; path: PropertyKey[] }> } }) =>
  result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n') ?? '';

describe('EntitySchema', () => {
  const valid = [
    { id: 'hif1a', type: 'gene', symbol: 'HIF1A', label: { en: 'HIF-1α' }, aliases: ['HIF1α'] },
    { id: 'c10orf2', type: 'gene', symbol: 'C10orf2', label: { en: 'Twinkle' } },
    { id: 'hla-a', type: 'gene', symbol: 'HLA-A', label: { en: 'HLA-A' } },
    { id: 'erk1-2', type: 'family', members: ['MAPK3', 'MAPK1'], label: { en: 'ERK1/2' } },
    { id: 'hypoxia', type: 'condition', label: { en: 'Hypoxia', zh: '缺氧' }, name: { en: 'Hypoxia' } },
    { id: 'cd8-t-cell', type: 'cell', label: { en: 'CD8⁺ T cells' } },
  ];
  it.each(valid)('accepts $id', (entity) => {
    const result = EntitySchema.safeParse(entity);
    expect(messages(result)).toBe('');
  });

  const invalid: Array<[string, object, RegExp]> = [
    ['upper-case id', { id: 'HIF1A', type: 'gene', symbol: 'HIF1A', label: { en: 'x' } }, /^id: must be lower-case/],
    ['gene without symbol', { id: 'g', type: 'gene', label: { en: 'x' } }, /^symbol: a gene needs its HGNC "symbol"/],
    [
      'lower-case symbol',
      { id: 'g', type: 'gene', symbol: 'hif1a', label: { en: 'x' } },
      /^symbol: must have the form/,
    ],
    ['Greek in symbol', { id: 'g', type: 'gene', symbol: 'HIF-1α', label: { en: 'x' } }, /^symbol: must have the form/],
    ['unknown type', { id: 'g', type: 'protein', label: { en: 'x' } }, /^type: /],
    ['family without members', { id: 'f', type: 'family', label: { en: 'x' } }, /^members: a family needs/],
    ['symbol on a cell', { id: 'c', type: 'cell', symbol: 'CD8A', label: { en: 'x' } }, /^symbol: only genes carry/],
    ['empty label', { id: 'c', type: 'cell', label: { en: '  ' } }, /^label.en: must not be empty/],
    ['unknown field', { id: 'c', type: 'cell', label: { en: 'x' }, colour: 'red' }, /colour/],
  ];
  it.each(invalid)('rejects %s', (_name, entity, expected) => {
    const result = EntitySchema.safeParse(entity);
    expect(result.success).toBe(false);
    expect(messages(result)).toMatch(expected);
  });
});

describe('RelationSchema', () => {
  it('accepts a complete relation and defaults ownGroup to false', () => {
    const result = RelationSchema.safeParse(relation('r1', 'a', 'b', ['tace']));
    expect(messages(result)).toBe('');
    expect(result.data?.ownGroup).toBe(false);
  });
  const invalid: Array<[string, object, RegExp]> = [
    ['no therapy', relation('r', 'a', 'b', []), /^therapies: a relation belongs to at least one therapy/],
    ['no reference', { ...relation('r', 'a', 'b', ['t']), references: [] }, /^references: cite at least one/],
    ['reference 0', { ...relation('r', 'a', 'b', ['t']), references: [0] }, /^references.0: /],
    ['self loop', relation('r', 'a', 'a', ['t']), /^target: a relation cannot point from an entity to itself/],
    ['unknown type', { ...relation('r', 'a', 'b', ['t']), type: 'causes' }, /^type: /],
    ['missing evidence', { ...relation('r', 'a', 'b', ['t']), evidence: undefined }, /^evidence: /],
    ['evidence without zh', { ...relation('r', 'a', 'b', ['t']), evidence: { en: 'x' } }, /^evidence.zh: /],
    ['bad section', { ...relation('r', 'a', 'b', ['t']), section: 'TACE' }, /^section: a section number/],
  ];
  it.each(invalid)('rejects %s', (_name, record, expected) => {
    const result = RelationSchema.safeParse(record);
    expect(result.success).toBe(false);
    expect(messages(result)).toMatch(expected);
  });
});

describe('ReferenceSchema', () => {
  it('accepts a reference as printed', () => {
    const ok = ReferenceSchema.safeParse({
      number: 3,
      authors: ['LIU X', 'HU X', 'KUANG Y'],
      etAl: true,
      title: 'BCLB …',
      kind: 'J',
      journal: 'Cancer Lett',
      year: 2017,
      volume: '395',
      pages: '63-71',
    });
    expect(messages(ok)).toBe('');
  });
  it('rejects a reference without authors or a sensible year', () => {
    const bad = ReferenceSchema.safeParse({ number: 1, authors: [], etAl: false, title: 't', kind: 'J', year: 20 });
    expect(messages(bad)).toMatch(/authors/);
    expect(messages(bad)).toMatch(/year/);
  });
});
