/**
 * Which rows of a researcher's table make the query of an enrichment: those whose values
 * pass every condition (e.g. |log2FoldChange| ≥ 1 and padj ≤ 0.05). An empty or unreadable
 * cell (NaN) fails its condition: a gene with no adjusted p is not called significant.
 */
import type { Dataset, DatasetColumn } from './dataset';

export const THRESHOLD_TESTS = ['abs-at-least', 'at-least', 'at-most'] as const;
export type ThresholdTest = (typeof THRESHOLD_TESTS)[number];

export interface ThresholdCondition {
  column: string;
  test: ThresholdTest;
  value: number;
}

/** Column names that usually hold a log fold change and an adjusted p (DESeq2, edgeR, limma, others). */
const FOLD_NAMES = ['log2foldchange', 'log2fc', 'logfc', 'log2_fold_change', 'log2fold', 'lfc'];
const ADJUSTED_P_NAMES = ['padj', 'adj.p.val', 'fdr', 'qvalue', 'q.value', 'q_value', 'p.adj', 'p_adj', 'adj_p_val'];

function findColumn(dataset: Dataset, names: readonly string[]): DatasetColumn | undefined {
  return dataset.columns.find((c) => names.includes(c.name.trim().toLowerCase()));
}

/**
 * The usual conditions for the table, |fold| ≥ 1 and adjusted p ≤ 0.05, for the columns it
 * has (one, both, or none: a table without such columns offers no thresholds).
 */
export function defaultThresholds(dataset: Dataset): ThresholdCondition[] {
  const fold = findColumn(dataset, FOLD_NAMES);
  const p = findColumn(dataset, ADJUSTED_P_NAMES);
  return [
    ...(fold ? [{ column: fold.name, test: 'abs-at-least' as const, value: 1 }] : []),
    ...(p ? [{ column: p.name, test: 'at-most' as const, value: 0.05 }] : []),
  ];
}

const passes = (x: number, test: ThresholdTest, value: number) =>
  test === 'abs-at-least' ? Math.abs(x) >= value : test === 'at-least' ? x >= value : x <= value;

export type ThresholdSelection = { ok: true; identifiers: string[] } | { ok: false; error: string };

/** The identifiers of the rows that pass every condition, in table order. */
export function passingThresholds(dataset: Dataset, conditions: readonly ThresholdCondition[]): ThresholdSelection {
  const columns: DatasetColumn[] = [];
  for (const c of conditions) {
    const column = dataset.columns.find((x) => x.name === c.column);
    if (!column) {
      const names = dataset.columns.map((x) => `"${x.name}"`).join(', ');
      return {
        ok: false,
        error: `${dataset.name} has no numeric column "${c.column}"; its numeric columns: ${names || 'none'}`,
      };
    }
    if (!Number.isFinite(c.value)) return { ok: false, error: `the threshold for "${c.column}" is not a number` };
    columns.push(column);
  }
  const identifiers = dataset.identifiers.filter((_, row) =>
    conditions.every((c, i) => passes(columns[i].values[row], c.test, c.value)),
  );
  return { ok: true, identifiers };
}
