/**
 * The ranked enrichment table: one row per mechanism or therapy, its title a button that
 * opens its diagram with the hits highlighted, its hit genes under the title (so the table
 * fits the 340 px panel; n/N, the same for every row, is said once above it). A real table (caption, column and row
 * headers) so screen readers can walk it; numbers in 3 significant digits.
 */
import { useApp, useAppContext, useT } from '../../app/context';
import { type EnrichmentView, formatFold, formatP } from '../../app/derive/enrichment';
import type { EnrichmentRow } from '../../model/enrichment';
import { enrichmentTitle } from '../../model/enrichment-table';

export function EnrichmentTable({ view, onOpen }: { view: EnrichmentView; onOpen: (row: EnrichmentRow) => void }) {
  const t = useT();
  const { kb } = useAppContext();
  const language = useApp((s) => s.language);
  const chosen = useApp((s) => s.enrichmentChoice);
  const rows = view.result.rows;
  if (rows.length === 0) return <p className="hint">{t('enrichNoRows')}</p>;
  return (
    <div className="table-scroll">
      <table className="enrichment-table">
        <caption>{t('enrichCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">
              {t('enrichColSet')}
              <span className="kind">{t('enrichColHits')}</span>
            </th>
            <th scope="col">
              <abbr title={t('enrichKHint')}>k/K</abbr>
            </th>
            <th scope="col">{t('enrichColP')}</th>
            <th scope="col">{t('enrichColFdr')}</th>
            <th scope="col">
              <abbr title={t('enrichFoldHint')}>{t('enrichColFold')}</abbr>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const current = chosen?.kind === row.kind && chosen.id === row.id;
            return (
              <tr key={`${row.kind}:${row.id}`} className={current ? 'chosen' : undefined} data-set={row.id}>
                <th scope="row">
                  <button type="button" className="link" aria-pressed={current} onClick={() => onOpen(row)}>
                    {enrichmentTitle(kb, row, language)}
                  </button>
                  <span className="kind">
                    {t(row.kind === 'mechanism' ? 'enrichKindMechanism' : 'enrichKindTherapy')}
                  </span>
                  {row.hits.length > 0 && (
                    <span className="hits">
                      <span className="visually-hidden">{`${t('enrichColHits')}: `}</span>
                      {row.hits.join(', ')}
                    </span>
                  )}
                </th>
                <td className="number">{`${row.k}/${row.K}`}</td>
                <td className="number">{formatP(row.p)}</td>
                <td className="number">{formatP(row.fdr)}</td>
                <td className="number">{formatFold(row.fold)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
