/**
 * The import report of one imported pathway, in a modal dialog: what was read (file,
 * format, counts, a note when the file was not the format its name claimed), the alias
 * suggestions and the choice to apply them (./AliasChoices.tsx), and every entry the reader
 * wrote, with its position in the file, filterable by action. Entries are codes with the
 * file's words as parameters, said in the reader's language (src/i18n/pathway-report-strings.ts)
 * and rendered as React text only. Very long reports show their first SHOWN_ENTRIES entries
 * of the chosen kind (the counts give the whole).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useApp, useT } from '../../app/context';
import { positionText, reportText } from '../../i18n/pathway-report-strings';
import type { StringKey } from '../../i18n/strings';
import { REPORT_ACTIONS, type ReportEntry } from '../../io/pathway/pathway-import';
import { AliasChoices, AliasRowAction, useAliasReading } from './AliasChoices';
import { fill } from './fill';

export const SHOWN_ENTRIES = 500;

const FILTERS = ['all', ...REPORT_ACTIONS, 'aliases'] as const;
type ReportFilter = (typeof FILTERS)[number];

const FILTER_LABEL: Record<ReportFilter, StringKey> = {
  all: 'reportAll',
  dropped: 'reportDropped',
  changed: 'reportChanged',
  kept: 'reportKept',
  aliases: 'reportAliases',
};

const isAliasEntry = (entry: ReportEntry) => entry.code === 'alias-suggested' || entry.code === 'alias-applied';
const matches = (entry: ReportEntry, filter: ReportFilter) =>
  filter === 'all' || (filter === 'aliases' ? isAliasEntry(entry) : entry.action === filter);

/** The report table's columns, in order: position in the file, element, what was done, why. */
const REPORT_COLUMNS = ['reportPosition', 'reportElement', 'reportAction', 'reportMessage'] as const;

export function ImportReport() {
  const t = useT();
  const language = useApp((s) => s.language);
  const key = useApp((s) => s.pathwayReport);
  const pathway = useApp((s) => s.pathways.find((p) => p.key === s.pathwayReport));
  const close = useApp((s) => s.showPathwayReport);
  const dialog = useRef<HTMLDialogElement>(null);
  const [filter, setFilter] = useState<ReportFilter>('all');
  const reading = useAliasReading(key);

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
    const c: Record<ReportFilter, number> = { all: report.length, dropped: 0, changed: 0, kept: 0, aliases: 0 };
    for (const entry of report) {
      c[entry.action]++;
      if (isAliasEntry(entry)) c.aliases++;
    }
    return c;
  }, [report]);
  const shown = useMemo(() => report.filter((e) => matches(e, filter)), [report, filter]);
  const canRead = pathway?.source !== undefined;

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
          {(pathway.imported.formatNotes ?? []).map((note) => (
            <p key={note.code} className="format-note" data-format-note>
              {reportText(note, language)}
            </p>
          ))}
          <AliasChoices pathway={pathway} reading={reading} />
          <fieldset className="report-filter">
            <legend>{t('reportFilter')}</legend>
            {FILTERS.map((f) =>
              f === 'aliases' && counts.aliases === 0 ? null : (
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
              ),
            )}
          </fieldset>
          {shown.length === 0 ? (
            <p className="hint">{t('reportEmpty')}</p>
          ) : (
            <div className="report-table-wrap">
              <table className="report-table">
                <thead>
                  <tr>
                    {REPORT_COLUMNS.map((column) => (
                      <th key={column} scope="col" className="report-cell report-head">
                        {t(column)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {shown.slice(0, SHOWN_ENTRIES).map((entry, i) => (
                    // Entries have no id of their own; position and order identify them.
                    // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed until the pathway is read again.
                    <tr key={i} data-report-action={entry.action} data-report-code={entry.code}>
                      <td className="report-cell mono">{positionText(entry.position, language)}</td>
                      <td className="report-cell mono">{entry.element ?? ''}</td>
                      <td className={`report-cell${entry.action === 'dropped' ? ' report-dropped' : ''}`}>
                        {t(FILTER_LABEL[entry.action])}
                      </td>
                      <td className="report-cell">
                        {reportText(entry, language)}
                        {canRead && <AliasRowAction entry={entry} report={report} reading={reading} />}
                      </td>
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
