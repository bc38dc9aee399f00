/**
 * The "genes of my dataset passing thresholds" block, rendered to HTML (no DOM needed):
 * it offers the table's own fold-change and adjusted-p columns with the usual limits and
 * counts the genes that pass, in both languages; a table without such columns shows nothing.
 */
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { type AppContextValue, AppProvider } from '../../src/app/context';
import { DatasetThresholds } from '../../src/components/enrichment/DatasetThresholds';
import type { Dataset } from '../../src/model/dataset';
import { createAppStore } from '../../src/store/store';
import { therapyColourScale } from '../../src/style/palette';
import { enrichmentFixture } from '../fixtures/enrichment-kb';

const kb = enrichmentFixture();
const dataset: Dataset = {
  id: 'h',
  name: 'deseq.csv',
  createdAt: '2026-12-01T00:00:00Z',
  identifierColumn: 'gene',
  identifiers: ['HIF1A', 'STAT3', 'MAPK1', 'JAK2'],
  columns: [
    { name: 'log2FoldChange', values: Float64Array.from([2, -1.5, 0.5, 3]), scale: 'signed' },
    { name: 'padj', values: Float64Array.from([0.01, 0.04, 0.001, 0.2]), scale: 'unsigned' },
  ],
};

function render(data: Dataset, language: 'en' | 'zh') {
  const store = createAppStore(
    { language },
    { panels: { left: false, right: false, legend: false }, rememberPanel: () => {} },
  );
  const value: AppContextValue = { kb, stories: new Map(), problems: [], store, colours: therapyColourScale([]) };
  const children = createElement(DatasetThresholds, { dataset: data, onUse: () => {} });
  return renderToString(createElement(AppProvider, { value, children }));
}

describe('DatasetThresholds', () => {
  it('offers |log2FoldChange| ≥ 1 and padj ≤ 0.05 and counts the two genes passing both', () => {
    const html = render(dataset, 'en');
    expect(html).toContain('|log2FoldChange| ≥');
    expect(html).toContain('padj ≤');
    expect(html).toMatch(/value="1"/);
    expect(html).toMatch(/value="0.05"/);
    expect(html).toContain('Use these genes (2)');
  });
  it('speaks Chinese', () => {
    expect(render(dataset, 'zh')).toContain('使用这些基因（2）');
  });
  it('shows nothing for a table without fold-change or adjusted-p columns', () => {
    expect(render({ ...dataset, columns: [] }, 'en')).toBe('');
  });
});
