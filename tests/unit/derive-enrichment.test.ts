/**
 * The Enrichment tab's pure parts: running a pasted list, the entities a result's hits
 * stand on, when they are highlighted, the number formats, and the store action that
 * opens a result on the diagram.
 */
import { describe, expect, it } from 'vitest';
import {
  enrichmentChoice,
  formatFold,
  formatP,
  runEnrichment,
  type SymbolSource,
} from '../../src/app/derive/enrichment';
import { enrichmentHighlight } from '../../src/app/derive/highlight';
import { atlasOnlyResolver } from '../../src/model/atlas-resolver';
import { createAppStore } from '../../src/store/store';
import { enrichmentFixture } from '../fixtures/enrichment-kb';

const kb = enrichmentFixture();
const atlasOnly: SymbolSource = { resolver: atlasOnlyResolver(kb), hgncSymbols: null };
const query = (genes: string, extra = {}) => ({ genes, background: 'atlas' as const, customBackground: '', ...extra });

describe('formatting', () => {
  it('writes p in 3 significant digits, and below 0.001 in scientific notation', () => {
    expect(formatP(1)).toBe('1');
    expect(formatP(0.0123456)).toBe('0.0123');
    expect(formatP(0.5)).toBe('0.5');
    expect(formatP(0.001)).toBe('0.001');
    expect(formatP(0.000123456)).toBe('1.23e-4');
    expect(formatP(2.406691241492453e-19)).toBe('2.41e-19');
    expect(formatP(0)).toBe('0');
    expect(formatP(Number.NaN)).toBe('—');
  });
  it('writes fold in 3 significant digits, a dash when it cannot be computed', () => {
    expect(formatFold(12.666666)).toBe('12.7');
    expect(formatFold(1178.41666)).toBe('1180');
    expect(formatFold(0)).toBe('0');
    expect(formatFold(Number.NaN)).toBe('—');
  });
});

describe('runEnrichment', () => {
  it('resolves a pasted list against the atlas and tests it', () => {
    const run = runEnrichment(kb, query('hif1a, mapk1\nNOPE'), atlasOnly);
    if (!run.ok) throw new Error(run.error);
    expect(run.view.query.notFound).toEqual([{ from: 'NOPE' }]);
    expect(run.view.result.tested).toEqual(['HIF1A', 'MAPK1']);
    expect(run.view.result.background).toEqual({ kind: 'atlas', name: 'atlas', size: 5 });
  });
  it('says what is missing: no genes, no usable background, no HGNC table', () => {
    expect(runEnrichment(kb, query(' \n'), atlasOnly)).toEqual({ ok: false, error: 'noGenes' });
    expect(runEnrichment(kb, query('HIF1A', { background: 'custom', customBackground: 'XYZ' }), atlasOnly)).toEqual({
      ok: false,
      error: 'noBackground',
    });
    expect(runEnrichment(kb, query('HIF1A', { background: 'hgnc' }), atlasOnly)).toEqual({
      ok: false,
      error: 'noHgnc',
    });
  });
  it('uses the HGNC list when there is one, with the atlas symbols in it', () => {
    const run = runEnrichment(kb, query('HIF1A', { background: 'hgnc' }), {
      ...atlasOnly,
      hgncSymbols: ['HIF1A', 'TP53', 'MYC'],
    });
    if (!run.ok) throw new Error(run.error);
    // TP53 and MYC plus the five atlas symbols.
    expect(run.view.result.background.size).toBe(7);
  });
  it('reports background identifiers it could not resolve', () => {
    const run = runEnrichment(
      kb,
      query('HIF1A', { background: 'custom', customBackground: 'HIF1A STAT3 NOPE' }),
      atlasOnly,
    );
    if (!run.ok) throw new Error(run.error);
    expect(run.view.backgroundNotFound).toEqual([{ from: 'NOPE' }]);
    expect(run.view.result.background.size).toBe(2);
  });
});

describe('opening a result', () => {
  const run = runEnrichment(kb, query('MAPK1 STAT3'), atlasOnly);
  if (!run.ok) throw new Error(run.error);
  const mb = run.view.result.rows.find((r) => r.id === 'm-b');
  if (!mb) throw new Error('m-b has no row');

  it('highlights the entities carrying the hits: a family for its member, a gene and a complex for STAT3', () => {
    const choice = enrichmentChoice(kb, run.view, mb);
    expect(mb.hits).toEqual(['MAPK1', 'STAT3']);
    expect([...choice.entities].sort()).toEqual(['cx', 'erk', 's1']);
    expect(choice.therapies).toEqual(['b']);
  });
  it('highlights only while the Enrichment tab is open', () => {
    const choice = enrichmentChoice(kb, run.view, mb);
    expect(enrichmentHighlight('enrichment', choice)).toEqual(new Set(['s1', 'erk', 'cx']));
    expect(enrichmentHighlight('details', choice)).toBeNull();
    expect(enrichmentHighlight('enrichment', null)).toBeNull();
  });
  it('the store opens the diagram: therapies, the mechanism chosen, the tab kept, filters reset with a notice', () => {
    const store = createAppStore(
      { therapies: ['a'], categories: ['signalling'], story: { id: 's', step: 1 }, withComponents: false },
      { panels: { left: false, right: false, legend: false }, rememberPanel: () => {} },
    );
    store.getState().runEnrichmentQuery(query('MAPK1 STAT3'));
    store.getState().openEnrichmentResult(enrichmentChoice(kb, run.view, mb));
    const s = store.getState();
    expect(s).toMatchObject({
      therapies: ['b'],
      withComponents: true,
      selection: { kind: 'mechanism', id: 'm-b' },
      panel: 'enrichment',
      categories: [],
      story: null,
    });
    expect(s.enrichmentChoice?.id).toBe('m-b');
    expect(s.notices.map((n) => n.en)).toEqual(['The filters were reset so that every hit shows.']);
    // A new run forgets the opened result.
    s.runEnrichmentQuery(query('HIF1A'));
    expect(store.getState().enrichmentChoice).toBeNull();
  });
});
