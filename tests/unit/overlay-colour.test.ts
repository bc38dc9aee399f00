/**
 * The overlay's colour scale, family summaries, derived columns and identifier matching.
 * Reference colours are ColorBrewer's RdBu end classes (#67001f dark red, #053061 dark
 * blue; colorbrewer2.org) and viridis' ends (#440154, #fde725; matplotlib's _cm_listed),
 * which d3-scale-chromatic's interpolators reproduce at 0 and 1. Between the ends d3
 * smooths RdBu with a B-spline, so its middle is a near-white (242, 239, 238), not the
 * #f7f7f7 class itself: the centre is checked as RdBu's value at t = 0.5.
 */
import { interpolateRdBu } from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import type { DatasetColumn } from '../../src/model/dataset';
import { createSymbolResolver } from '../../src/model/hgnc-lookup';
import { atlasGeneSymbols, matchDataset } from '../../src/model/overlay-match';
import { derivedColumn, entityValues, summariseFamily } from '../../src/model/overlay-values';
import { colourScale, defaultLimits, NO_DATA_COLOUR, textOn, toHex } from '../../src/style/overlay-colour';

const column = (name: string, values: number[], scale: 'signed' | 'unsigned' = 'signed'): DatasetColumn => ({
  name,
  values: Float64Array.from(values),
  scale,
});

describe('defaultLimits', () => {
  it('is symmetric around 0 for signed data: ± the largest absolute value', () => {
    expect(defaultLimits([-1, 0.5, 3, Number.NaN, -Infinity], 'signed')).toEqual({ low: -3, high: 3 });
    expect(defaultLimits([-8, 1], 'signed')).toEqual({ low: -8, high: 8 });
  });
  it('takes a percentile of |v| so one extreme does not stretch the scale', () => {
    // |v| = 0..99 and one 1000: the 99th percentile of 101 sorted values is at index 99 → 99.
    const values = [...Array.from({ length: 100 }, (_, i) => (i % 2 ? -i : i)), 1000];
    expect(defaultLimits(values, 'signed', 'p99')).toEqual({ low: -99, high: 99 });
  });
  it('runs from smallest to largest for unsigned data, and gives a flat column a unit range', () => {
    expect(defaultLimits([2, 5, 3], 'unsigned')).toEqual({ low: 2, high: 5 });
    expect(defaultLimits([0, 0], 'signed')).toEqual({ low: -1, high: 1 });
    expect(defaultLimits([4], 'unsigned')).toEqual({ low: 4, high: 5 });
  });
});

describe('colourScale', () => {
  const signed = colourScale('signed', { low: -2, high: 2 });
  const neutral = '#f2efee';
  it('draws 0 neutral and the limits at the ends: up red, down blue', () => {
    expect(interpolateRdBu(0.5)).toBe('rgb(242, 239, 238)');
    expect(signed.paint(0).colour).toBe(neutral);
    expect(signed.paint(2).colour).toBe('#67001f');
    expect(signed.paint(-2).colour).toBe('#053061');
  });
  it('is symmetric: +v and −v sit at the same distance from the centre', () => {
    // +1 of ±2 is three quarters up the scale (RdBu read backwards: t = 0.25), −1 one quarter.
    expect(signed.paint(1).colour).toBe(toHex(interpolateRdBu(0.25)));
    expect(signed.paint(-1).colour).toBe(toHex(interpolateRdBu(0.75)));
    expect(signed.ramp(5)).toEqual([1, 0.75, 0.5, 0.25, 0].map((t) => toHex(interpolateRdBu(t))));
  });
  it('keeps the centre at 0 when the limits are not symmetric', () => {
    const skew = colourScale('signed', { low: -1, high: 4 });
    expect(skew.paint(0).colour).toBe(neutral);
    expect(skew.paint(-1).colour).toBe('#053061');
    expect(skew.paint(4).colour).toBe('#67001f');
  });
  it('clamps values beyond the limits to the end colours and marks them', () => {
    expect(signed.paint(9)).toEqual({ colour: '#67001f', clamped: 'high' });
    expect(signed.paint(-9)).toEqual({ colour: '#053061', clamped: 'low' });
    expect(signed.paint(-Infinity).clamped).toBe('low');
    expect(signed.paint(1.5).clamped).toBeUndefined();
  });
  it('gives no data its own grey, which neither scale contains', () => {
    expect(signed.paint(Number.NaN)).toEqual({ colour: NO_DATA_COLOUR, clamped: undefined });
    expect(signed.ramp(101)).not.toContain(NO_DATA_COLOUR);
  });
  it('runs unsigned data on viridis from low to high', () => {
    const seq = colourScale('unsigned', { low: 0, high: 10 });
    expect(seq.paint(0).colour).toBe('#440154');
    expect(seq.paint(10).colour).toBe('#fde725');
    expect(seq.paint(11).clamped).toBe('high');
  });
  it('writes colours as #rrggbb (Cytoscape splits its stop list at spaces)', () => {
    expect(toHex('rgb(103, 0, 31)')).toBe('#67001f');
    expect(toHex('#abcdef')).toBe('#abcdef');
    expect(signed.paint(0.3).colour).toMatch(/^#[0-9a-f]{6}$/);
  });
  it('picks label text that reads on the fill', () => {
    expect(textOn('#67001f')).toBe('#FFFFFF');
    expect(textOn('rgb(247, 247, 247)')).toBe('#111111');
    expect(textOn(NO_DATA_COLOUR)).toBe('#111111');
  });
});

describe('family summary and entity values', () => {
  it('shows the member of largest magnitude (signed) or largest value (unsigned), ignoring members without data', () => {
    const members = [
      { symbol: 'MAPK3', value: 1.2 },
      { symbol: 'MAPK1', value: -2.5 },
      { symbol: 'X', value: Number.NaN },
    ];
    expect(summariseFamily(members, true)?.symbol).toBe('MAPK1');
    expect(summariseFamily(members, false)?.symbol).toBe('MAPK3');
    expect(summariseFamily([{ symbol: 'X', value: Number.NaN }], true)).toBeUndefined();
  });
  const resolver = createSymbolResolver({
    source: 't',
    downloaded: '2021-02',
    licence: 'CC0',
    symbols: ['MAPK3||ERK1', 'MAPK1||ERK2', 'CD274||PD-L1', 'TP53', 'GAPDH', 'BAX', 'BAK1', 'AK3|AK3L1', 'AK4|AK3L1'],
  });
  const kb = {
    entities: [
      { id: 'erk', type: 'family', members: ['MAPK3', 'MAPK1'] },
      { id: 'pdl1', type: 'gene', symbol: 'CD274' },
      { id: 'p53', type: 'gene', symbol: 'TP53' },
      { id: 'baxbak', type: 'family', members: ['BAX', 'BAK1'] },
      { id: 'hypoxia', type: 'condition' },
    ],
  } as unknown as Parameters<typeof entityValues>[0];
  const identifiers = ['ERK1', 'MAPK1', 'PD-L1', 'GAPDH', 'nonsense', 'AK3L1', 'CD274'];
  const match = matchDataset({ identifiers }, resolver, atlasGeneSymbols(kb));
  it('sorts identifiers into in the atlas, real but not in it, ambiguous and unrecognised', () => {
    expect(match.counts).toEqual({ 'in-atlas': 4, 'not-in-atlas': 1, ambiguous: 1, unrecognised: 1 });
    expect(match.rows.map((r) => r.outcome)).toEqual([
      'in-atlas',
      'in-atlas',
      'in-atlas',
      'not-in-atlas',
      'unrecognised',
      'ambiguous',
      'in-atlas',
    ]);
    expect(match.sameGene).toEqual([{ symbol: 'CD274', identifiers: ['PD-L1', 'CD274'] }]);
    expect(match.rowBySymbol.get('CD274')).toBe(2);
  });
  it('gives genes their row, families their strongest member with all members listed, others nothing', () => {
    const values = entityValues(kb, column('lfc', [1, -3, 2, 9, 9, 9, 7]), match, identifiers);
    expect(values.get('pdl1')).toEqual({ value: 2 });
    expect(values.get('erk')).toEqual({
      value: -3,
      from: 'MAPK1',
      members: [
        { symbol: 'MAPK3', value: 1, identifier: 'ERK1' },
        { symbol: 'MAPK1', value: -3, identifier: 'MAPK1' },
      ],
    });
    expect(values.get('p53')?.value).toBeNaN();
    expect(values.get('baxbak')?.value).toBeNaN();
    expect(values.has('hypoxia')).toBe(false);
  });
});

describe('derivedColumn', () => {
  const a = column('treated', [4, 1, -2, 3], 'signed');
  const b = column('control', [2, 4, 1, 0], 'signed');
  it('subtracts', () => {
    expect([...derivedColumn(a, b, 'difference').values]).toEqual([2, -3, -3, 3]);
    expect(derivedColumn(a, b, 'difference').name).toBe('treated − control');
  });
  it('takes log2 of the ratio where both are positive, and leaves no data elsewhere', () => {
    const r = derivedColumn(a, b, 'log2-ratio');
    expect([...r.values]).toEqual([1, -2, Number.NaN, Number.NaN]);
    expect(r.scale).toBe('signed');
  });
});
