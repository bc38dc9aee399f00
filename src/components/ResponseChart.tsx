/**
 * Table 1 of the review as a small bar chart: conversion and objective response rate per
 * regimen and study, with the criterion and reference. Each regimen links to its diagram.
 * Rows whose printed numbers do not add up carry the curator's note: a numbered † in the
 * chart and the table, and the notes themselves as text under the table (the chart and
 * each row are described by their notes for screen readers). The notes are English only
 * (a row's note is one string in the schema), so the Chinese UI shows them in English.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { useId } from 'react';
import { useApp, useAppContext, useT } from '../app/context';
import { noteMarks, rateDecimals } from '../model/response-check';
import { citationMarks, pick } from '../model/text';

const WIDTH = 320;
const LABEL = 118;
const ROW = 30;
/** Characters of "regimen year" that fit beside the bars at 10.5 px. */
const LABEL_CHARS = 18;

/** "TACE+HAIC 2021", or the regimen cut short so that its year still fits: "TKIs+anti PD… 2023". */
function rowLabel(regimen: string, year: number): string {
  const full = `${regimen} ${year}`;
  if (full.length <= LABEL_CHARS) return full;
  return `${regimen.slice(0, LABEL_CHARS - String(year).length - 2).trimEnd()}… ${year}`;
}

export function ResponseChart() {
  const t = useT();
  const { kb, colours } = useAppContext();
  const language = useApp((s) => s.language);
  const setTherapies = useApp((s) => s.setTherapies);
  const notesId = useId();
  const table = kb.responseTables[0];
  if (!table) return null;
  const marks = noteMarks(table.rows);
  const noteId = (mark: string) => `${notesId}-${mark.slice(1)}`;
  const x = scaleLinear()
    .domain([0, 100])
    .range([0, WIDTH - LABEL - 36]);
  const y = scaleBand<number>()
    .domain(table.rows.map((_, i) => i))
    .range([0, table.rows.length * ROW])
    .paddingInner(0.2);
  // Rates as printed: 16.0%, not 16%; 2.46% keeps its two decimals.
  const fmt = (v: number | null) => (v === null ? t('notReported') : `${v.toFixed(rateDecimals(v))}%`);
  return (
    <section aria-labelledby="table1-heading">
      <h2 id="table1-heading">
        {t('responseTable')}: {t('responseTableTitle')}
      </h2>
      <p className="hint">{pick(table.caption, language)}</p>
      <div className="chart-key" aria-hidden="true">
        <span className="key conversion" /> {t('conversionRate')} <span className="key orr" />{' '}
        {t('objectiveResponseRate')}
      </div>
      <svg
        className="response-chart"
        width={WIDTH}
        height={table.rows.length * ROW + 24}
        role="img"
        aria-label={`${t('responseTableTitle')}`}
        aria-describedby={marks.size > 0 ? notesId : undefined}
      >
        {[0, 25, 50, 75, 100].map((tick) => (
          <g key={tick} transform={`translate(${LABEL + x(tick)},0)`}>
            <line y1={0} y2={table.rows.length * ROW} stroke="#DDDDDD" />
            <text y={table.rows.length * ROW + 14} textAnchor="middle" fontSize="10" fill="#555555">
              {tick}%
            </text>
          </g>
        ))}
        {table.rows.map((row, i) => {
          const top = y(i) ?? 0;
          const h = y.bandwidth() / 2;
          const mark = marks.get(row);
          return (
            <g
              key={`${row.regimen}-${row.reference}-${row.year}`}
              transform={`translate(0,${top})`}
              data-note-mark={mark}
            >
              <title>
                {`${row.regimen} (${row.year}) ${citationMarks([row.reference])}: ${t('conversionRate')} ${fmt(row.conversionRate)}; ${t('objectiveResponseRate')} ${fmt(row.objectiveResponseRate)}${row.criterion ? ` (${row.criterion})` : ''}; n=${row.sampleSize}; ${row.stage}${mark && row.note ? `. ${mark} ${t('curatorNote')}: ${row.note}` : ''}`}
              </title>
              <rect x={0} y={0} width={6} height={y.bandwidth()} fill={colours(row.therapy)} />
              <text x={10} y={h + 4} fontSize="10.5" fill="#222222">
                {rowLabel(row.regimen, row.year)}
              </text>
              {row.conversionRate !== null && (
                <rect x={LABEL} y={0} width={x(row.conversionRate)} height={h - 1} fill="#0072B2" />
              )}
              {row.objectiveResponseRate !== null && (
                <rect x={LABEL} y={h} width={x(row.objectiveResponseRate)} height={h - 1} fill="#E69F00" />
              )}
              {mark && (
                <text x={WIDTH - 2} y={h + 4} fontSize="11" fontWeight="bold" fill="#8A4B00" textAnchor="end">
                  {mark}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <table className="response-table">
        <caption className="visually-hidden">{t('responseTableTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('therapy')}</th>
            <th scope="col">{t('conversionRate')}</th>
            <th scope="col">{t('objectiveResponseRate')}</th>
            <th scope="col">{t('references')}</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => {
            const mark = marks.get(row);
            return (
              <tr key={`${row.regimen}-${row.reference}-${row.year}`} data-note-mark={mark}>
                <th scope="row">
                  <button
                    type="button"
                    className="link"
                    title={t('showTherapy')}
                    onClick={() => setTherapies([row.therapy])}
                    data-row-therapy={row.therapy}
                    aria-describedby={mark ? noteId(mark) : undefined}
                  >
                    {row.regimen}
                  </button>
                  {mark && (
                    <>
                      {' '}
                      <abbr className="note-mark" title={t('curatorNote')}>
                        {mark}
                      </abbr>
                    </>
                  )}
                  <span className="small">
                    {' '}
                    {row.year} · {t('sampleSize')}={row.sampleSize} · {row.stage}
                  </span>
                </th>
                <td>{fmt(row.conversionRate)}</td>
                <td>
                  {fmt(row.objectiveResponseRate)}
                  {row.criterion ? ` (${row.criterion})` : ''}
                </td>
                <td>{citationMarks([row.reference])}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {marks.size > 0 && (
        <section className="response-notes" aria-labelledby={`${notesId}-heading`}>
          <h3 id={`${notesId}-heading`} className="small">
            {t('curatorNotes')}
          </h3>
          <ul id={notesId} className="small" lang="en">
            {[...marks].map(([row, mark]) => (
              <li key={mark} id={noteId(mark)}>
                <strong>{mark}</strong> {row.regimen} {row.year} {citationMarks([row.reference])}: {row.note}
              </li>
            ))}
          </ul>
        </section>
      )}
      {table.footnote && <p className="small">{pick(table.footnote, language)}</p>}
    </section>
  );
}
