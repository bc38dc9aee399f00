/**
 * Table 1's arithmetic: a printed rate must be a whole number of the study's patients at the
 * precision printed, and the printed year must be the reference's. Every row of graphs/ that
 * fails either check carries the curator's note that says so.
 */
import { describe, expect, it } from 'vitest';
import { findGraphFiles, readSources } from '../../src/cli/files';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import {
  checkRate,
  checkResponseRow,
  checkResponseTable,
  describeFinding,
  noteMarks,
  rateDecimals,
} from '../../src/model/response-check';
import type { Reference, ResponseRow } from '../../src/model/schema';

const { kb } = loadKnowledgeBase(readSources(findGraphFiles('graphs')));

const reference = (number: number, year: number): Reference => ({
  number,
  authors: ['A B'],
  etAl: false,
  title: 'A study',
  kind: 'J',
  year,
});
const row = (over: Partial<ResponseRow>): ResponseRow => ({
  regimen: 'TACE',
  therapy: 'tace',
  year: 2021,
  reference: 1,
  sampleSize: 42,
  stage: 'BCLC A/B',
  conversionRate: 9.5,
  objectiveResponseRate: 16.7,
  criterion: 'mRECIST',
  ...over,
});

describe('rateDecimals', () => {
  it('reads the decimals of the stored number, at least one', () => {
    expect([10, 9.5, 16.7, 2.46, 0.8].map(rateDecimals)).toEqual([1, 1, 1, 2, 1]);
  });
});

describe('checkRate', () => {
  it.each([
    [42, 9.5, true], // 4/42 = 9.52%
    [42, 16.7, true], // 7/42 = 16.67%
    [831, 10.0, true], // 83/831 = 9.99%
    [122, 2.46, true], // 3/122 = 2.459%
    [95, 53.7, true], // 51/95 = 53.68%
    [1, 100, true],
    [10, 0, true],
    [159, 16.0, false], // 25/159 = 15.72%, 26/159 = 16.35%
    [9, 88.0, false], // 8/9 = 88.89%
    [9, 2.9, false], // less than one patient
    [34, 96.0, false], // 33/34 = 97.06%
    [156, 32.0, false], // 50/156 = 32.05%, printed to one decimal as 32.1%
  ])('%i patients at %d%%: %s', (n, rate, consistent) => {
    expect(checkRate(n, rate).consistent).toBe(consistent);
  });

  it('gives the nearest whole numbers of patients', () => {
    expect(checkRate(159, 16.0).nearest.map((k) => k.patients)).toEqual([25, 26]);
    expect(checkRate(9, 2.9).nearest.map((k) => k.patients)).toEqual([0, 1]);
  });

  it('is stricter when more decimals are printed', () => {
    expect(checkRate(42, 16.7, 1).consistent).toBe(true);
    expect(checkRate(42, 16.7, 2).consistent).toBe(false); // 16.67%, not 16.70%
  });
});

describe('checkResponseRow', () => {
  const refs = new Map([[1, reference(1, 2021)]]);

  it('finds nothing in a row that adds up', () => {
    expect(checkResponseRow(row({}), refs)).toEqual([]);
  });

  it('finds each rate that is not a whole number of patients, skipping rates not reported', () => {
    const findings = checkResponseRow(row({ sampleSize: 9, conversionRate: 88.0, objectiveResponseRate: null }), refs);
    expect(findings.map((f) => (f.kind === 'rate' ? f.field : f.kind))).toEqual(['conversionRate']);
  });

  it('finds a year that differs from the reference and a reference that is not in the list', () => {
    expect(checkResponseRow(row({ year: 2020 }), refs)).toEqual([{ kind: 'year', printed: 2020, referenceYear: 2021 }]);
    expect(checkResponseRow(row({ reference: 2 }), refs)).toEqual([{ kind: 'unknown-reference', reference: 2 }]);
  });

  it('describes a finding in words', () => {
    const r = row({ sampleSize: 159, conversionRate: 16.0, objectiveResponseRate: null });
    const [finding] = checkResponseRow(r, refs);
    expect(finding && describeFinding(r, finding)).toBe(
      'TACE 2021 [1]: conversionRate 16.0% is not a whole number of 159 patients (25/159 = 15.7%, 26/159 = 16.4%)',
    );
  });
});

describe('noteMarks', () => {
  it('numbers the rows with a note in order', () => {
    const rows = [row({ note: 'a' }), row({}), row({ note: 'b' })];
    const marks = noteMarks(rows);
    expect(rows.map((r) => marks.get(r))).toEqual(['†1', undefined, '†2']);
  });
});

describe('Table 1 in graphs/', () => {
  const [table] = kb.responseTables;
  const checked = table ? checkResponseTable(table, kb.referenceByNumber) : [];

  it('is there', () => {
    expect(checked.length).toBe(14);
  });

  it('gives every row whose numbers do not add up a curator note', () => {
    const unexplained = checked
      .filter(({ row, findings }) => findings.length > 0 && !row.note)
      .flatMap(({ row, findings }) => findings.map((f) => describeFinding(row, f)));
    expect(unexplained).toEqual([]);
  });

  it('flags the rows the review misprints, and only those', () => {
    const flagged = checked
      .filter(({ findings }) => findings.length > 0)
      .map(
        ({ row, findings }) =>
          `${row.regimen} ${row.year} [${row.reference}]: ${findings.map((f) => f.kind).join(', ')}`,
      );
    expect(flagged).toEqual([
      'HAIC 2021 [60]: rate, rate, year',
      'Sorafenib 2021 [59]: year',
      'Lenvatinib 2022 [62]: rate, rate',
      'T+A 2023 [65]: rate',
      'T+A 2020 [55]: rate',
      'HAIC+TKIs+anti PD-1 Ab 2021 [66]: rate, rate',
    ]);
  });

  it('says in each note what the check found', () => {
    for (const { row, findings } of checked) {
      for (const f of findings) {
        if (f.kind === 'year') expect(row.note, row.regimen).toContain(`dated ${f.referenceYear}`);
        if (f.kind === 'rate') expect(row.note, row.regimen).toContain(`/${row.sampleSize} = `);
      }
    }
  });
});
