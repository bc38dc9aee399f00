/**
 * The HGNC symbol resolver: the rule on a small hand-made table (every branch), then the
 * committed 2021-02 lookup on the identifiers the issue names. The expected symbols were
 * read off HGNC's own table with grep (../shared/data/hgnc-approved-prev-alias-2021-02.tsv):
 *   CD274  previous PDCD1LG1, aliases B7-H, B7H1, PD-L1, PDL1, B7-H1   → PD-L1 is an alias
 *   XRCC6  previous G22P1, aliases D22S731, D22S671, KU70, ML8         → KU70 is an alias
 *   PKM    previous PKM2; TWNK previous IOSCA, C10orf2; MRE11 previous MRE11A
 * and the ambiguous and shadowed cases with a short Python pass over the same file
 * (previous ACSM2 → ACSM2A and ACSM2B; AK3 approved, and the previous symbol of AK4;
 * ABC1 previous of ABCA1, alias of HEATR6).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadHgncResolver } from '../../src/data/hgnc/load-hgnc';
import { createSymbolResolver, type HgncLookupFile } from '../../src/model/hgnc-lookup';

const small: HgncLookupFile = {
  source: 'test',
  downloaded: '2021-02',
  licence: 'CC0',
  symbols: [
    'AK3|AK3L1|FIX',
    'AK4|AK3,AK3L1',
    'ABCA1|ABC1',
    'HEATR6||ABC1,PAIR',
    'PAIRED||PAIR',
    'C10orf2X',
    'TWNK|C10orf2',
  ],
};

describe('createSymbolResolver (the rule)', () => {
  const resolver = createSymbolResolver(small);
  it('resolves an approved symbol, ignoring case and spaces', () => {
    expect(resolver.resolve(' ak4 ')).toEqual({ kind: 'approved', symbol: 'AK4', from: ' ak4 ' });
    expect(resolver.resolve('c10ORF2x')).toMatchObject({ kind: 'approved', symbol: 'C10orf2X' });
  });
  it('lets an approved symbol win over another gene’s previous symbol', () => {
    expect(resolver.resolve('AK3')).toMatchObject({ kind: 'approved', symbol: 'AK3' });
  });
  it('resolves a previous symbol of one gene, and prefers it to an alias of another, naming that other', () => {
    expect(resolver.resolve('c10orf2')).toEqual({ kind: 'previous', symbol: 'TWNK', from: 'c10orf2' });
    expect(resolver.resolve('ABC1')).toEqual({ kind: 'previous', symbol: 'ABCA1', from: 'ABC1', aliasOf: ['HEATR6'] });
  });
  it('resolves an alias of one gene', () => {
    expect(resolver.resolve('fix')).toMatchObject({ kind: 'alias', symbol: 'AK3' });
  });
  it('calls a previous symbol or alias shared by several genes ambiguous, naming them', () => {
    expect(resolver.resolve('AK3L1')).toEqual({
      kind: 'ambiguous',
      candidates: ['AK3', 'AK4'],
      from: 'AK3L1',
      via: 'previous',
    });
    expect(resolver.resolve('pair')).toEqual({
      kind: 'ambiguous',
      candidates: ['HEATR6', 'PAIRED'],
      from: 'pair',
      via: 'alias',
    });
  });
  it('does not know a typo or an empty cell', () => {
    expect(resolver.resolve('AK33')).toEqual({ kind: 'unknown', from: 'AK33' });
    expect(resolver.resolve('  ')).toEqual({ kind: 'unknown', from: '  ' });
  });
  it('lists the approved symbols and names its source', () => {
    expect(resolver.approvedSymbols).toEqual(['AK3', 'AK4', 'ABCA1', 'HEATR6', 'PAIRED', 'C10orf2X', 'TWNK']);
    expect(resolver.source).toContain('2021-02');
  });
});

const hgnc = await loadHgncResolver();

describe('the committed HGNC 2021-02 lookup', () => {
  const resolver = hgnc;
  it.each([
    ['PD-L1', 'alias', 'CD274'],
    ['pd-l1', 'alias', 'CD274'],
    ['KU70', 'alias', 'XRCC6'],
    ['PKM2', 'previous', 'PKM'],
    ['C10orf2', 'previous', 'TWNK'],
    ['MRE11A', 'previous', 'MRE11'],
    ['HIF1A', 'approved', 'HIF1A'],
    ['AK3', 'approved', 'AK3'],
  ])('%s is %s of %s', (identifier, kind, symbol) => {
    expect(resolver.resolve(identifier)).toEqual({ kind, symbol, from: identifier });
  });
  it('reads ABC1 as the previous symbol of ABCA1 that HEATR6 has as an alias', () => {
    expect(resolver.resolve('ABC1')).toEqual({ kind: 'previous', symbol: 'ABCA1', from: 'ABC1', aliasOf: ['HEATR6'] });
  });
  it('names the gene of which ERK is an alias beside EPHB2, of which it is a previous symbol', () => {
    // grep -P '\bERK\b' over the TSV: EPHB2 (previous DRT, ERK, EPHT3) and MAPK1 (aliases ERK, ERK2, …).
    expect(resolver.resolve('erk')).toEqual({ kind: 'previous', symbol: 'EPHB2', from: 'erk', aliasOf: ['MAPK1'] });
  });
  it('leaves ACSM2 (previous symbol of ACSM2A and ACSM2B) ambiguous', () => {
    expect(resolver.resolve('ACSM2')).toMatchObject({ kind: 'ambiguous', candidates: ['ACSM2A', 'ACSM2B'] });
  });
  it('does not know a label that is no symbol (HIF-1α)', () => {
    expect(resolver.resolve('HIF-1α').kind).toBe('unknown');
  });
  it('holds 42,423 approved symbols (the rows of the download)', () => {
    expect(resolver.approvedSymbols).toHaveLength(42_423);
  });
});

const TABLE = '../shared/data/hgnc-approved-prev-alias-2021-02.tsv';
if (!existsSync(TABLE)) console.warn(`hgnc-lookup.test: ${TABLE} absent, skipping the check against the download`);
describe.skipIf(!existsSync(TABLE))('the lookup against the download it was derived from', () => {
  const resolver = hgnc;
  it('resolves every approved symbol of the download to itself', () => {
    const rows = readFileSync(TABLE, 'utf8').trim().split('\n').slice(1);
    const wrong = rows.map((row) => row.split('\t')[0]).filter((s) => resolver.resolve(s).kind !== 'approved');
    expect(wrong).toEqual([]);
    expect(rows).toHaveLength(42_423);
  });
});
