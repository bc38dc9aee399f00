/**
 * Table 1 of the review as a small bar chart: conversion and objective response rate per
 * regimen and study, with the criterion and reference. Each regimen links to its diagram.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { useApp, useAppContext, useT } from '../app/context';
import { citationMarks, pick } from '../model/text';

const WIDTH = 320;
const LABEL = 118;
const ROW = 30;

export function ResponseChart() {
  const t = useT();
  const { kb, colours } = useAppContext();
  const language = useApp((s) => s.language);
  const setTherapies = useApp((s) => s.setTherapies);
  const table = kb.responseTables[0];
  if (!table) return null;
  const x = scaleLinear()
    .domain([0, 100])
    .range([0, WIDTH - LABEL - 36]);
  const y = scaleBand<number>()
    .domain(table.rows.map((_, i) => i))
    .range([0, table.rows.length * ROW])
    .paddingInner(0.2);
  const fmt = (v: number | null) => (v === null ? t('notReported') : `${v}%`);
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
          return (
            <g key={`${row.regimen}-${row.reference}-${row.year}`} transform={`translate(0,${top})`}>
              <title>
                {`${row.regimen} (${row.year}) ${citationMarks([row.reference])}: ${t('conversionRate')} ${fmt(row.conversionRate)}; ${t('objectiveResponseRate')} ${fmt(row.objectiveResponseRate)}${row.criterion ? ` (${row.criterion})` : ''}; n=${row.sampleSize}; ${row.stage}`}
              </title>
              <rect x={0} y={0} width={6} height={y.bandwidth()} fill={colours(row.therapy)} />
              <text x={10} y={h + 4} fontSize="10.5" fill="#222222">
                {row.regimen.length > 18 ? `${row.regimen.slice(0, 17)}…` : row.regimen} {row.year}
              </text>
              {row.conversionRate !== null && (
                <rect x={LABEL} y={0} width={x(row.conversionRate)} height={h - 1} fill="#0072B2" />
              )}
              {row.objectiveResponseRate !== null && (
                <rect x={LABEL} y={h} width={x(row.objectiveResponseRate)} height={h - 1} fill="#E69F00" />
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
          {table.rows.map((row) => (
            <tr key={`${row.regimen}-${row.reference}-${row.year}`}>
              <th scope="row">
                <button
                  type="button"
                  className="link"
                  title={t('showTherapy')}
                  onClick={() => setTherapies([row.therapy])}
                  data-row-therapy={row.therapy}
                >
                  {row.regimen}
                </button>
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
              <td title={row.note}>{citationMarks([row.reference])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {table.footnote && <p className="small">{pick(table.footnote, language)}</p>}
    </section>
  );
}
