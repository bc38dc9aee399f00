/**
 * The alias choices the report dialog offers, worked out from a report: counts, and the
 * choice that applies one more suggestion or keeps one label as written again, each then
 * read by the real importer (so "apply erk" really reads erk as EPHB2 and nothing else).
 */
import { describe, expect, it } from 'vitest';
import { aliasCounts, appliedAliasLabels, applyingAlias, keepingAlias } from '../../src/io/pathway/alias-choice';
import { importPathway } from '../../src/io/pathway/import-pathway';
import type { AliasChoice } from '../../src/io/pathway/pathway-import';
import type { SymbolMatch, SymbolResolver } from '../../src/model/symbol-resolver';

const resolver: SymbolResolver = {
  source: 'test',
  resolve(identifier): SymbolMatch {
    const key = identifier.toUpperCase();
    if (key === 'TP53') return { kind: 'approved', symbol: 'TP53', from: identifier };
    if (key === 'ERK') return { kind: 'previous', symbol: 'EPHB2', from: identifier, aliasOf: ['MAPK1'] };
    if (key === 'AKT') return { kind: 'alias', symbol: 'AKT1', from: identifier };
    return { kind: 'unknown', from: identifier };
  },
};
const SIF = 'erk 1 TP53\nakt 1 TP53\n';
const read = (aliases: AliasChoice) => importPathway(SIF, { fileName: 'x.sif', resolver, aliases }).report;
const genes = (aliases: AliasChoice) =>
  importPathway(SIF, { fileName: 'x.sif', resolver, aliases })
    .document.entities?.filter((e) => e.type === 'gene')
    .map((e) => e.symbol)
    .sort();

describe('alias choices', () => {
  it('counts suggestions not applied and those applied by choice', () => {
    expect(aliasCounts(read('suggest'))).toEqual({ suggested: 2, applied: 0, legacy: 0 });
    expect(aliasCounts(read('apply'))).toEqual({ suggested: 0, applied: 2, legacy: 0 });
    expect(appliedAliasLabels(read('apply'))).toEqual(['erk', 'akt']);
  });
  it('counts the aliases an earlier version applied without asking (its stored English entries)', () => {
    const legacy = [
      {
        position: 'line 2',
        action: 'changed',
        code: 'legacy',
        params: { message: 'alias symbol akt resolved to AKT1' },
      },
      {
        position: 'line 3',
        action: 'changed',
        code: 'legacy',
        params: { message: 'previous symbol PKM2 resolved to PKM' },
      },
    ] as const;
    expect(aliasCounts(legacy)).toEqual({ suggested: 0, applied: 0, legacy: 1 });
  });
  it('applies one suggestion on top of those applied, and only it', () => {
    const none = read('suggest');
    const one = applyingAlias(none, 'akt');
    expect(one).toEqual({ apply: ['akt'] });
    expect(genes(one)).toEqual(['AKT1', 'TP53']);
    const both = applyingAlias(read(one), 'erk');
    expect(genes(both)).toEqual(['AKT1', 'EPHB2', 'TP53']);
  });
  it('keeps one label as written again, and goes back to suggestions when none is left applied', () => {
    const all = read('apply');
    expect(keepingAlias(all, 'erk')).toEqual({ apply: ['akt'] });
    expect(genes(keepingAlias(all, 'erk'))).toEqual(['AKT1', 'TP53']);
    expect(keepingAlias(read({ apply: ['akt'] }), 'akt')).toBe('suggest');
  });
});
