/** What the reader did with a table, and how its identifiers matched: every number the report holds, in words. */

import { formatName } from '../../i18n/overlay-strings';
import type { TableReport } from '../../io/table/table-report';
import type { DatasetMatch } from '../../model/overlay-match';
import { MATCH_OUTCOMES } from '../../model/overlay-match';
import { useOverlayText } from './use-overlay-text';

const SKIPPED = { 'row-numbers': 'skippedRowNumbers', ensembl: 'skippedEnsembl', integers: 'skippedIntegers' } as const;
const OUTCOME = {
  'in-atlas': 'matchInAtlas',
  'not-in-atlas': 'matchNotInAtlas',
  ambiguous: 'matchAmbiguous',
  unrecognised: 'matchUnrecognised',
} as const;
/** Lists longer than this show their first items and a count. */
const SHOWN = 12;

function rows(list: readonly number[]): string {
  return list.length > SHOWN ? `${list.slice(0, SHOWN).join(', ')}, … (${list.length})` : list.join(', ');
}

export function TableReportView({ report }: { report: TableReport }) {
  const o = useOverlayText();
  return (
    <section aria-labelledby="table-report-heading" data-testid="table-report">
      <h3 id="table-report-heading">{o('report')}</h3>
      <p>
        {o('reportRows', {
          rows: report.rows,
          columns: report.columns.length,
          format: formatName(report),
          sheet: report.sheet ? `, ${report.sheet}` : '',
          id: report.identifier.column,
        })}
      </p>
      {report.identifier.skipped && (
        <p>
          {o('reportSkipped', {
            column: report.identifier.skipped.column,
            why: o(SKIPPED[report.identifier.skipped.reason]),
          })}
        </p>
      )}
      {report.headerless && <p>{o('reportHeaderless')}</p>}
      {report.decimal === 'comma' && <p>{o('reportDecimal')}</p>}
      {report.encoding !== 'utf-8' && <p>{o('reportEncoding')}</p>}
      <details open={report.columns.length <= 8}>
        <summary>{o('columnKinds')}</summary>
        <ul className="plain">
          {report.columns.map((c, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the report's columns never reorder; a blank header has no other key
            <li key={`${i}-${c.name}`}>
              <strong>{c.name || `#${i + 1}`}</strong>: {o(`kind_${c.kind}`)}
              {c.kind === 'numeric' && c.missing > 0 && ` · ${o('columnMissing', { n: c.missing })}`}
              {c.kind === 'numeric' && c.unreadable > 0 && ` · ${o('columnUnreadable', { n: c.unreadable })}`}
              {c.example && ` · ${o('textExample', c.example)}`}
            </li>
          ))}
        </ul>
      </details>
      {report.unreadableCount > 0 && (
        <details open>
          <summary>
            {o('unreadableHeading')} ({report.unreadableCount})
          </summary>
          <ul className="plain">
            {report.unreadable.slice(0, SHOWN).map((cell) => (
              <li key={`${cell.row}-${cell.column}`}>{o('unreadableCell', { ...cell })}</li>
            ))}
            {report.unreadableCount > SHOWN && <li>{o('unreadableMore', { n: report.unreadableCount - SHOWN })}</li>}
          </ul>
        </details>
      )}
      {report.duplicates.length > 0 && (
        <details open>
          <summary>
            {o('duplicatesHeading')} ({report.duplicates.length})
          </summary>
          <ul className="plain">
            {report.duplicates.slice(0, SHOWN).map((d) => (
              <li key={d.identifier}>{o('duplicateRows', { id: d.identifier, rows: rows(d.rows) })}</li>
            ))}
          </ul>
        </details>
      )}
      {report.emptyIdentifierRows.length > 0 && <p>{o('emptyIds', { rows: rows(report.emptyIdentifierRows) })}</p>}
      {report.longRows.length > 0 && <p>{o('longRows', { rows: rows(report.longRows) })}</p>}
    </section>
  );
}

export function MatchReportView({ match, source }: { match: DatasetMatch; source: string }) {
  const o = useOverlayText();
  return (
    <section aria-labelledby="match-report-heading" data-testid="match-report">
      <h3 id="match-report-heading">{o('matchHeading')}</h3>
      {MATCH_OUTCOMES.map((outcome) => {
        const found = match.rows.filter((r) => r.outcome === outcome);
        return (
          <details key={outcome} open={outcome !== 'not-in-atlas' && found.length > 0 && found.length <= 40}>
            <summary data-outcome={outcome}>
              {match.counts[outcome]} {o(OUTCOME[outcome])}
            </summary>
            <p className="mono small">
              {found
                .slice(0, 200)
                .map((r) =>
                  r.match.kind === 'alias' || r.match.kind === 'previous'
                    ? `${r.identifier} → ${r.match.symbol}`
                    : r.match.kind === 'ambiguous'
                      ? `${r.identifier} (${r.match.candidates.join(', ')})`
                      : r.identifier,
                )
                .join(', ')}
              {found.length > 200 ? ` … (${found.length})` : ''}
            </p>
          </details>
        );
      })}
      {match.sameGene.length > 0 && (
        <p>
          {o('sameGene', {
            list: match.sameGene
              .slice(0, SHOWN)
              .map((g) => `${g.symbol} (${g.identifiers.join(', ')})`)
              .join('; '),
          })}
        </p>
      )}
      <p className="small">{o('matchSource', { source })}</p>
    </section>
  );
}
