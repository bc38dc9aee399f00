/**
 * "Use my dataset's genes passing thresholds": for an open table with fold-change or
 * adjusted-p columns, the conditions (|log2FC| ≥ 1, padj ≤ 0.05 to start with, editable)
 * and the button that puts the passing identifiers into the gene list.
 */
import { useMemo, useState } from 'react';
import { useT } from '../../app/context';
import type { StringKey } from '../../i18n/strings';
import type { Dataset } from '../../model/dataset';
import {
  defaultThresholds,
  passingThresholds,
  type ThresholdCondition,
  type ThresholdTest,
} from '../../model/enrichment-thresholds';
import { fill } from './fill';

const TEST_LABEL = {
  'abs-at-least': 'enrichTestAbsAtLeast',
  'at-least': 'enrichTestAtLeast',
  'at-most': 'enrichTestAtMost',
} as const satisfies Record<ThresholdTest, StringKey>;

export function DatasetThresholds({ dataset, onUse }: { dataset: Dataset; onUse: (identifiers: string[]) => void }) {
  const t = useT();
  const [conditions, setConditions] = useState<ThresholdCondition[]>(() => defaultThresholds(dataset));
  const passing = useMemo(() => passingThresholds(dataset, conditions), [dataset, conditions]);
  if (conditions.length === 0) return null;
  const setValue = (i: number, value: number) =>
    setConditions((list) => list.map((c, j) => (j === i ? { ...c, value } : c)));
  return (
    <fieldset className="enrichment-thresholds">
      <legend>{t('enrichThresholds')}</legend>
      {conditions.map((c, i) => (
        <label key={c.column}>
          {fill(t(TEST_LABEL[c.test]), { column: c.column })}{' '}
          <input
            type="number"
            step="any"
            value={Number.isFinite(c.value) ? c.value : ''}
            onChange={(e) => setValue(i, e.target.valueAsNumber)}
          />
        </label>
      ))}
      {passing.ok ? (
        <button type="button" onClick={() => onUse(passing.identifiers)} disabled={passing.identifiers.length === 0}>
          {fill(t('enrichUseDataset'), { n: passing.identifiers.length })}
        </button>
      ) : (
        <p role="alert">{passing.error}</p>
      )}
    </fieldset>
  );
}
