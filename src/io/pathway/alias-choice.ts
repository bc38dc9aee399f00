/**
 * The alias choices a report offers, worked out from the report itself: which labels were
 * read as a gene by the person's choice, which still carry a suggestion, and the choice
 * that applies one more suggestion or takes one back. Pure; the report dialog and its
 * tests use it.
 */
import type { AliasChoice, ReportEntry } from './pathway-import';

/** The labels whose alias suggestion was applied, in report order. */
export function appliedAliasLabels(report: readonly ReportEntry[]): string[] {
  return report.flatMap((e) => (e.code === 'alias-applied' ? [e.params.label] : []));
}

/**
 * How many labels carry a suggestion not applied, how many were applied by choice, and how
 * many aliases an earlier version applied without asking (its English entries read
 * "alias symbol akt resolved to AKT1").
 */
export function aliasCounts(report: readonly ReportEntry[]): { suggested: number; applied: number; legacy: number } {
  let suggested = 0;
  let applied = 0;
  let legacy = 0;
  for (const e of report) {
    if (e.code === 'alias-suggested') suggested++;
    else if (e.code === 'alias-applied') applied++;
    else if (e.code === 'legacy' && /^alias symbol /.test(e.params.message)) legacy++;
  }
  return { suggested, applied, legacy };
}

/** The choice that applies `label`'s suggestion as well as those applied already. */
export function applyingAlias(report: readonly ReportEntry[], label: string): AliasChoice {
  return { apply: [...appliedAliasLabels(report), label] };
}

/** The choice that keeps `label` as written and the other applied suggestions applied. */
export function keepingAlias(report: readonly ReportEntry[], label: string): AliasChoice {
  const rest = appliedAliasLabels(report).filter((l) => l !== label);
  return rest.length > 0 ? { apply: rest } : 'suggest';
}
