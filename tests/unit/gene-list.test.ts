/** Reading a gene list (pasted or a file) and the interim resolvers the enrichment uses. */
import { describe, expect, it } from 'vitest';
import { parseGeneList } from '../../src/io/gene-list';
import { readHgncTsv } from '../../src/io/hgnc-tsv';
import { atlasOnlyResolver } from '../../src/model/atlas-resolver';
import { createSymbolResolver, lookupFromEntries, withFallback } from '../../src/model/hgnc-lookup';
import type { Entity } from '../../src/model/schema';

describe('parseGeneList', () => {
  it('reads one identifier a line, or several separated by spaces, commas or semicolons', () => {
    expect(parseGeneList('\uFEFFTP53\r\nMYC  EGFR\n\nSTAT3;CD274,\tXRCC6\n')).toEqual({
      identifiers: ['TP53', 'MYC', 'EGFR', 'STAT3', 'CD274', 'XRCC6'],
      format: 'list',
    });
    expect(parseGeneList('TP53, MYC, EGFR').identifiers).toEqual(['TP53', 'MYC', 'EGFR']);
    // Commas on several lines but no numbers: a pasted list, not a table with a header.
    expect(parseGeneList('TP53, MYC\nEGFR,KRAS\n')).toEqual({
      identifiers: ['TP53', 'MYC', 'EGFR', 'KRAS'],
      format: 'list',
    });
  });
  it("takes a CSV's or TSV's first column, skipping the header and honouring quotes", () => {
    expect(parseGeneList('gene,log2FC\n"PD-L1, alias",1\nSTAT3,2\n')).toEqual({
      identifiers: ['PD-L1, alias', 'STAT3'],
      format: 'table',
      header: 'gene',
    });
    expect(parseGeneList('symbol\tpadj\nTP53\t0.01\n\n').identifiers).toEqual(['TP53']);
  });
  it('gives nothing for empty text', () => {
    expect(parseGeneList(' \n\n').identifiers).toEqual([]);
  });
});

describe('resolvers', () => {
  const r = createSymbolResolver(
    lookupFromEntries(
      [
        { symbol: 'XRCC6', previous: ['G22P1'], aliases: ['KU70', 'CTC75'] },
        { symbol: 'CTC1', previous: [], aliases: ['CTC75'] },
        { symbol: 'KU70', previous: [], aliases: [] },
        // Names holding the format's separators are left out, not split.
        { symbol: 'ODD', previous: ['A,B'], aliases: ['C|D'] },
      ],
      { source: 'test', downloaded: '', licence: '' },
    ),
  );
  it('prefers an approved symbol, then a previous symbol, then an alias, and never guesses between genes', () => {
    expect(r.resolve('ku70')).toEqual({ kind: 'approved', symbol: 'KU70', from: 'ku70' });
    expect(r.resolve('g22p1')).toEqual({ kind: 'previous', symbol: 'XRCC6', from: 'g22p1' });
    expect(r.resolve('CTC75')).toEqual({
      kind: 'ambiguous',
      candidates: ['CTC1', 'XRCC6'],
      from: 'CTC75',
      via: 'alias',
    });
    expect(r.resolve('nope')).toEqual({ kind: 'unknown', from: 'nope' });
    expect(r.resolve('A')).toMatchObject({ kind: 'unknown' });
    expect(r.resolve('ODD')).toMatchObject({ kind: 'approved', symbol: 'ODD' });
  });
  it('falls back to a second resolver only for what the first does not know', () => {
    const second = createSymbolResolver(
      lookupFromEntries(
        [
          { symbol: 'NEWER1', previous: [], aliases: [] },
          { symbol: 'OTHER', previous: [], aliases: ['KU70'] },
        ],
        { source: 'second', downloaded: '', licence: '' },
      ),
    );
    const both = withFallback(r, second);
    expect(both.resolve('newer1')).toMatchObject({ kind: 'approved', symbol: 'NEWER1' });
    // The first resolver's answer stands, even where the second would say otherwise.
    expect(both.resolve('KU70')).toMatchObject({ kind: 'approved', symbol: 'KU70' });
    expect(both.approvedSymbols).toEqual(['XRCC6', 'CTC1', 'KU70', 'ODD', 'NEWER1', 'OTHER']);
    expect(both.source).toBe('test, then second');
  });
  it("resolves the atlas's gene aliases and family members, not a family's aliases", () => {
    const entities: Entity[] = [
      { id: 'cd274', type: 'gene', symbol: 'CD274', label: { en: 'PD-L1' }, aliases: ['PD-L1'] },
      { id: 'erk', type: 'family', members: ['MAPK3', 'MAPK1'], label: { en: 'ERK1/2' }, aliases: ['ERK'] },
    ];
    const atlas = atlasOnlyResolver({ entities });
    expect(atlas.resolve('pd-l1')).toMatchObject({ kind: 'alias', symbol: 'CD274' });
    expect(atlas.resolve('mapk1')).toMatchObject({ kind: 'approved', symbol: 'MAPK1' });
    expect(atlas.resolve('ERK')).toMatchObject({ kind: 'unknown' });
  });
});

describe('readHgncTsv', () => {
  it("reads the HGNC download's columns, lists split at commas", () => {
    const text = 'Approved symbol\tApproved name\tPrevious symbols\tAlias symbols\nXRCC6\tX-ray\tG22P1\tKU70, CTC75\n';
    expect(readHgncTsv('h.tsv', text)).toEqual({
      ok: true,
      entries: [{ symbol: 'XRCC6', previous: ['G22P1'], aliases: ['KU70', 'CTC75'] }],
    });
  });
  it('names the missing columns and a table with no rows', () => {
    expect(readHgncTsv('h.tsv', 'Approved symbol\n')).toEqual({
      ok: false,
      error:
        'h.tsv:1: the header lacks "Previous symbols", "Alias symbols"; expected the HGNC download\'s tab-separated columns "Approved symbol", "Previous symbols", "Alias symbols"',
    });
    expect(readHgncTsv('h.tsv', 'Approved symbol\tPrevious symbols\tAlias symbols\n')).toEqual({
      ok: false,
      error: 'h.tsv: no approved symbols under the header',
    });
  });
});
