/**
 * The overlay's derived view and its store actions: which columns are drawn (one, or the
 * slices), the limits (defaults from the whole column, or the reader's), each node's
 * paint (stripes, label ink, no data), the clamped count, and the player stepping
 * through columns with wrap-around. Colours are checked against RdBu's end classes
 * (#67001f, #053061; ColorBrewer) and the no-data grey.
 */
import { describe, expect, it } from 'vitest';
import { deriveOverlayView, figureOverlay } from '../../src/app/derive/overlay';
import type { Dataset } from '../../src/model/dataset';
import { createSymbolResolver } from '../../src/model/hgnc-lookup';
import { atlasGeneSymbols, matchDataset } from '../../src/model/overlay-match';
import type { LoadedOverlay } from '../../src/store/overlay-slice';
import { createAppStore } from '../../src/store/store';

const resolver = createSymbolResolver({
  source: 't',
  downloaded: '2021-02',
  licence: 'CC0',
  symbols: ['CD274||PD-L1', 'TP53', 'MAPK3||ERK1', 'MAPK1', 'GAPDH'],
});
const kb = {
  entities: [
    { id: 'pdl1', type: 'gene', symbol: 'CD274' },
    { id: 'p53', type: 'gene', symbol: 'TP53' },
    { id: 'erk', type: 'family', members: ['MAPK3', 'MAPK1'] },
    { id: 'hypoxia', type: 'condition' },
  ],
} as unknown as Parameters<typeof deriveOverlayView>[0];
const dataset: Dataset = {
  id: 'x'.repeat(64),
  name: 't.tsv',
  createdAt: '2026-12-01T00:00:00.000Z',
  identifierColumn: 'gene',
  identifiers: ['PD-L1', 'ERK1', 'MAPK1', 'GAPDH'],
  columns: [
    { name: 'a', values: Float64Array.from([2, 1, -0.5, 4]), scale: 'signed' },
    { name: 'b', values: Float64Array.from([-1, 0, 0, 1]), scale: 'signed' },
    { name: 'c', values: Float64Array.from([5, 1, 2, 3]), scale: 'unsigned' },
  ],
};
const match = matchDataset(dataset, resolver, atlasGeneSymbols(kb));
const loaded = (patch: Partial<LoadedOverlay> = {}): LoadedOverlay => ({
  dataset,
  report: null,
  derived: [],
  slices: [],
  limits: null,
  limitRule: 'max',
  ...patch,
});

describe('deriveOverlayView', () => {
  it('takes its default limits from the whole column, GAPDH (not in the atlas) included', () => {
    const view = deriveOverlayView(kb, loaded(), 'a', match);
    expect(view?.scale.limits).toEqual({ low: -4, high: 4 });
    expect(view?.columns.map((c) => c.name)).toEqual(['a']);
  });
  it('paints genes and families, marks genes without a value, leaves other entities alone', () => {
    const view = deriveOverlayView(kb, loaded({ limits: { low: -2, high: 2 } }), 'a', match);
    expect(view?.paints.get('pdl1')).toEqual({
      colours: '#67001f #67001f',
      stops: '0.00% 100.00%',
      text: '#FFFFFF',
      fills: ['#67001f'],
    });
    expect(view?.paints.get('p53')).toMatchObject({ fills: ['#bdbdbd'], mark: 'no-data', text: '#111111' });
    // ERK1 (MAPK3) 1 beats MAPK1 −0.5 by magnitude.
    expect(view?.values[0].get('erk')).toMatchObject({ value: 1, from: 'MAPK3' });
    expect(view?.paints.has('hypoxia')).toBe(false);
    expect([...(view?.paints.values() ?? [])].filter((p) => p.mark && p.mark !== 'no-data')).toEqual([]);
  });
  it('marks a value beyond the limits ▲ or ▼, and a node whose slices go both ways with both', () => {
    // a: PD-L1 2, ERK family 1 (ERK1), p53 none; b: PD-L1 −1, ERK family 0.
    const above = deriveOverlayView(kb, loaded({ limits: { low: -1, high: 1 } }), 'a', match);
    expect(above?.paints.get('pdl1')?.mark).toBe('above');
    // 1 is the limit itself, not beyond it.
    expect(above?.paints.get('erk')?.mark).toBeUndefined();
    expect(above?.paints.get('p53')?.mark).toBe('no-data');
    const below = deriveOverlayView(kb, loaded({ limits: { low: -0.5, high: 3 } }), 'b', match);
    expect(below?.paints.get('pdl1')?.mark).toBe('below');
    const both = deriveOverlayView(kb, loaded({ slices: ['a', 'b'], limits: { low: -0.5, high: 1.5 } }), 'a', match);
    expect(both?.paints.get('pdl1')?.mark).toBe('both');
    expect(both?.paints.get('pdl1')?.fills).toEqual(['#67001f', '#053061']);
  });
  it('draws up to four slice columns side by side on one scale', () => {
    const view = deriveOverlayView(kb, loaded({ slices: ['a', 'b'], limits: { low: -2, high: 2 } }), 'a', match);
    expect(view?.columns.map((c) => c.name)).toEqual(['a', 'b']);
    expect(view?.paints.get('pdl1')?.fills).toEqual(['#67001f', view?.scale.paint(-1).colour]);
    expect(view?.paints.get('pdl1')?.stops).toBe('0.00% 50.00% 50.00% 100.00%');
  });
  it('uses a sequential scale for an unsigned column', () => {
    const view = deriveOverlayView(kb, loaded(), 'c', match);
    expect(view?.scale.scale).toBe('unsigned');
    expect(view?.scale.limits).toEqual({ low: 1, high: 5 });
    expect(view?.paints.get('pdl1')?.fills).toEqual(['#fde725']);
  });
  it('gives the figure the fills and the legend', () => {
    const view = deriveOverlayView(kb, loaded({ limits: { low: -2, high: 2 } }), 'a', match);
    if (!view) throw new Error('no view');
    const figure = figureOverlay(view, 'en');
    expect(figure.fills.get('p53')).toEqual({ fills: ['#bdbdbd'], mark: 'no-data' });
    expect(figure.fills.get('pdl1')).toEqual({ fills: ['#67001f'] });
    expect(figure.legend.range).toBe('a: -2 to 2');
    expect(figure.legend.ramp).toHaveLength(9);
    // Every mark's entry, for the figure to keep those its nodes carry.
    expect(figure.legend.above).toBe('above 2 (end colour)');
    expect(figure.legend.below).toBe('below -2 (end colour)');
  });
});

describe('the overlay in the store', () => {
  it('shows a dataset at its first column and steps through the columns with wrap-around', () => {
    const store = createAppStore({}, { panels: { left: false, right: false, legend: false } });
    store.getState().showDataset(dataset);
    expect(store.getState()).toMatchObject({ overlayDataset: dataset.id, overlayColumn: 'a' });
    store.getState().stepOverlayColumn(1);
    expect(store.getState().overlayColumn).toBe('b');
    store.getState().stepOverlayColumn(-1);
    store.getState().stepOverlayColumn(-1);
    expect(store.getState().overlayColumn).toBe('c');
    store.getState().stepOverlayColumn(1);
    expect(store.getState().overlayColumn).toBe('a');
  });
  it('keeps at most four slices, forgets typed limits when the column changes, and hides', () => {
    const store = createAppStore({}, { panels: { left: false, right: false, legend: false } });
    store.getState().showDataset(dataset, null, 'b');
    expect(store.getState().overlayColumn).toBe('b');
    store.getState().setOverlaySlices(['a', 'b', 'c', 'd', 'e']);
    expect(store.getState().overlay?.slices).toEqual(['a', 'b', 'c', 'd']);
    store.getState().setOverlayLimits({ low: -1, high: 1 });
    store.getState().setOverlayColumn('c');
    expect(store.getState().overlay?.limits).toBeNull();
    store.getState().hideOverlay();
    expect(store.getState()).toMatchObject({ overlay: null, overlayDataset: null, overlayColumn: null });
  });
});
