/**
 * The import report of one imported pathway, in a modal dialog: what was read (file,
 * format, counts, a note when the file was not the format its name claimed) and every
 * entry the reader wrote, with its position in the file, filterable by action. Entries
 * are file text: rendered as React text only. Very long reports show their first
 * SHOWN_ENTRIES entries of the chosen kind (the counts give the whole).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useApp, useT } from '../../app/context';
import type { StringKey } from '../../i18n/strings';
import { REPORT_ACTIONS } from '../../io/pathway/pathway-import';
import { fill } from './fill';

export const SHOWN_ENTRIES = 500;

const FILTERS = ['all', ...REPORT_ACTIONS] as const;
type ReportFilter = (typeof FILTERS)[number];

const FILTER_LABEL: Record<ReportFilter, StringKey> = {
  all: 'reportAll',
  dropped: 'reportDropped',
  changed: 'reportChanged',
  kept: 'reportKept',
};

/** The report table's columns, in order: position in the file, element, what was done, why. */
const REPORT_COLUMNS = ['reportPosition', 'reportElement', 'reportAction', 'reportMessage'] as const;

export function ImportReport() {
  const t = useT();
  const key = useApp((s) => s.pathwayReport);
  const pathway = useApp((s) => s.pathways.find((p) => p.key === s.pathwayReport));
  const close = useApp((s) => s.showPathwayReport);
  const dialog = useRef<HTMLDialogElement>(null);
  const [filter, setFilter] = useState<ReportFilter>('all');

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (key && pathway && !d.open) {
      setFilter('all');
      d.showModal();
    } else if ((!key || !pathway) && d.open) d.close();
  }, [key, pathway]);

  const report = pathway?.imported.report ?? [];
  const counts = useMemo(() => {
    const c: Record<ReportFilter, number> = { all: report.length, dropped: 0, changed: 0, kept: 0 };
    for (const entry of report) c[entry.action]++;
    return c;
  }, [report]);
  const shown = useMemo(
    () => (filter === 'all' ? report : report.filter((e) => e.action === filter)),
    [report, filter],
  );

  return (
    <dialog
      ref={dialog}
      className="import-report"
      aria-labelledby="import-report-title"
      onClose={() => close(null)}
      data-import-report={key ?? undefined}
    >
      {pathway && (
        <>
          <h2 id="import-report-title">{fill(t('reportTitle'), { name: pathway.name })}</h2>
          <p>
            {fill(t('reportSummary'), {
              file: pathway.fileName,
              format: pathway.version ?? pathway.format.toUpperCase(),
              entities: pathway.counts.entities,
              relations: pathway.counts.relations,
              report: pathway.counts.report,
            })}
          </p>
          {pathway.imported.formatNote && (
            <p className="format-note" data-format-note>
              {pathway.imported.formatNote}
            </p>
          )}
          <fieldset className="report-filter">
            <legend>{t('reportFilter')}</legend>
            {FILTERS.map((f) => (
              <label key={f}>
                <input
                  type="radio"
                  name="report-filter"
                  value={f}
                  checked={filter === f}
                  onChange={() => setFilter(f)}
                  data-report-filter={f}
                />
                {`${t(FILTER_LABEL[f])} (${counts[f]})`}
              </label>
            ))}
          </fieldset>
          <p className="hint">{t('reportLanguageNote')}</p>
          {shown.length === 0 ? (
            <p className="hint">{t('reportEmpty')}</p>
          ) : (
            <div className="report-table-wrap">
              <table className="report-table">
                <thead>
                  <tr>
                    {REPORT_COLUMNS.map((key) => (
                      <th key={key} scope="col" className="report-cell report-head">
                        {t(key)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {shown.slice(0, SHOWN_ENTRIES).map((entry, i) => (
                    // Entries have no id of their own; position and order identify them.
                    // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed for the dialog's life.
                    <tr key={i} data-report-action={entry.action}>
                      <td className="report-cell mono">{entry.position}</td>
                      <td className="report-cell mono">{entry.element ?? ''}</td>
                      <td className={`report-cell${entry.action === 'dropped' ? ' report-dropped' : ''}`}>
                        {t(FILTER_LABEL[entry.action])}
                      </td>
                      <td className="report-cell">{entry.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {shown.length > SHOWN_ENTRIES && (
            <p className="hint">{fill(t('reportShowing'), { n: SHOWN_ENTRIES, m: shown.length })}</p>
          )}
        </>
      )}
      <div className="row">
        <button type="button" onClick={() => close(null)}>
          {t('closeReport')}
        </button>
      </div>
    </dialog>
  );
}
