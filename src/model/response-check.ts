/**
 * Checks of a response table's printed numbers, so that a curator can see which rows do not
 * add up and note why: a rate must be a whole number of the study's patients, and the year
 * printed beside a reference must be that reference's year.
 *
 * A rate "adds up" when some whole number of patients k out of n gives a percentage that
 * rounds to the printed rate at the precision printed: |100·k/n − rate| ≤ half a unit of the
 * rate's last decimal (0.05 for 16.0%, 0.005 for 2.46%). Said in patients, n × rate / 100
 * must lie within n × that half unit / 100 of a whole number: for 159 patients and one
 * decimal, within 0.08 of a patient. ("Within half a patient" would accept every rate,
 * since every number is within half of a whole one.)
 */
import type { Reference, ResponseRow, ResponseTable } from './schema';

/** Decimals a rate is given with: those of the number as stored, and at least one (the table prints 10.0%). */
export function rateDecimals(rate: number): number {
  const [, fraction = ''] = String(rate).split('.');
  return Math.max(1, fraction.length);
}

export interface RateCheck {
  /** Whether a whole number of the patients gives the rate as printed. */
  consistent: boolean;
  /** The whole numbers of patients nearest to the rate, below and above (or equal), as k and 100·k/n. */
  nearest: Array<{ patients: number; percent: number }>;
}

/** Checks that `rate` percent of `sampleSize` patients is a whole number of patients (see the module's comment). */
export function checkRate(sampleSize: number, rate: number, decimals = rateDecimals(rate)): RateCheck {
  const tolerance = 0.5 * 10 ** -decimals + 1e-9;
  const exact = (sampleSize * rate) / 100;
  const below = Math.max(0, Math.min(sampleSize, Math.floor(exact)));
  const above = Math.max(0, Math.min(sampleSize, Math.ceil(exact)));
  const nearest = [...new Set([below, above])].map((patients) => ({
    patients,
    percent: (100 * patients) / sampleSize,
  }));
  return { consistent: nearest.some((k) => Math.abs(k.percent - rate) <= tolerance), nearest };
}

export type RowFinding =
  | { kind: 'rate'; field: 'conversionRate' | 'objectiveResponseRate'; rate: number; check: RateCheck }
  | { kind: 'year'; printed: number; referenceYear: number }
  | { kind: 'unknown-reference'; reference: number };

/** What does not add up in one row: each rate that is not a whole number of patients, and a year that differs from its reference's. */
export function checkResponseRow(row: ResponseRow, references: ReadonlyMap<number, Reference>): RowFinding[] {
  const findings: RowFinding[] = [];
  for (const field of ['conversionRate', 'objectiveResponseRate'] as const) {
    const rate = row[field];
    if (rate === null) continue;
    const check = checkRate(row.sampleSize, rate);
    if (!check.consistent) findings.push({ kind: 'rate', field, rate, check });
  }
  const reference = references.get(row.reference);
  if (!reference) findings.push({ kind: 'unknown-reference', reference: row.reference });
  else if (reference.year !== row.year)
    findings.push({ kind: 'year', printed: row.year, referenceYear: reference.year });
  return findings;
}

/** Every row of a table with its findings, in the table's order (rows that add up have none). */
export function checkResponseTable(
  table: ResponseTable,
  references: ReadonlyMap<number, Reference>,
): Array<{ row: ResponseRow; findings: RowFinding[] }> {
  return table.rows.map((row) => ({ row, findings: checkResponseRow(row, references) }));
}

/** One finding in a sentence, for test failures and the command line. */
export function describeFinding(row: ResponseRow, finding: RowFinding): string {
  const where = `${row.regimen} ${row.year} [${row.reference}]`;
  switch (finding.kind) {
    case 'rate': {
      const options = finding.check.nearest
        .map((k) => `${k.patients}/${row.sampleSize} = ${k.percent.toFixed(rateDecimals(finding.rate))}%`)
        .join(', ');
      return `${where}: ${finding.field} ${finding.rate.toFixed(rateDecimals(finding.rate))}% is not a whole number of ${row.sampleSize} patients (${options})`;
    }
    case 'year':
      return `${where}: year printed ${finding.printed}, reference ${row.reference} is dated ${finding.referenceYear}`;
    case 'unknown-reference':
      return `${where}: reference ${finding.reference} is not in the reference list`;
  }
}

/** "†1", "†2": a mark for each row with a curator's note, numbered in the table's order. */
export function noteMarks(rows: readonly ResponseRow[]): Map<ResponseRow, string> {
  const marks = new Map<ResponseRow, string>();
  for (const row of rows) if (row.note) marks.set(row, `†${marks.size + 1}`);
  return marks;
}
