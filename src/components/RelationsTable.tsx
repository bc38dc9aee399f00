/**
 * The text alternative of the diagram: every relation currently shown, as a table a
 * screen reader can walk and a person can copy. Each row selects its relation.
 */
import { useState } from 'react';
import { useApp, useAppContext, useT } from '../app/context';
import type { SubGraph } from '../model/query';
import { citationMarks, entityLabel, pick } from '../model/text';
import { RELATION_TYPE_INFO } from '../model/vocabulary';

export function RelationsTable({ graph }: { graph: SubGraph }) {
  const t = useT();
  const { kb } = useAppContext();
  const language = useApp((s) => s.language);
  const select = useApp((s) => s.select);
  const [copied, setCopied] = useState(false);
  const label = (id: string) => {
    const e = kb.entityById.get(id);
    return e ? entityLabel(e, language) : id;
  };
  const mechanismTitle = (id: string) => {
    const m = kb.mechanismById.get(id);
    return m ? pick(m.shortTitle ?? m.title, language) : id;
  };
  const rows = graph.relations.map((r) => ({
    relation: r,
    cells: [
      label(r.source),
      RELATION_TYPE_INFO[r.type].verb[language],
      label(r.target),
      r.therapies.map((id) => pick(kb.therapyById.get(id)?.label, language) || id).join(', '),
      citationMarks(r.references),
      // The frame the relation is drawn in (or leaves from).
      mechanismTitle(r.mechanism),
    ],
  }));
  const copy = async () => {
    const header = [t('source'), t('relation'), t('target'), t('therapy'), t('references'), t('mechanism')].join('\t');
    const text = [header, ...rows.map((row) => row.cells.join('\t'))].join('\n');
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 1800);
    } catch {
      // Clipboard refused: the table itself can still be selected and copied.
    }
  };
  return (
    <section aria-labelledby="relations-heading">
      <div className="row spread">
        <h2 id="relations-heading">
          {t('relationsShown')} ({rows.length})
        </h2>
        <button type="button" onClick={copy} aria-live="polite">
          {copied ? t('copied') : t('copyRelations')}
        </button>
      </div>
      <div className="table-scroll">
        <table className="relations-table">
          <caption className="visually-hidden">{t('relationsTableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('source')}</th>
              <th scope="col">{t('relation')}</th>
              <th scope="col">{t('target')}</th>
              <th scope="col">{t('therapy')}</th>
              <th scope="col">{t('references')}</th>
              <th scope="col">{t('mechanism')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ relation, cells }) => (
              <tr key={relation.id} data-relation={relation.id}>
                <th scope="row">
                  <button
                    type="button"
                    className="link"
                    onClick={() => select({ kind: 'relation', id: relation.id }, { focus: true })}
                  >
                    {cells[0]}
                  </button>
                </th>
                <td>{cells[1]}</td>
                <td>{cells[2]}</td>
                <td>{cells[3]}</td>
                <td>{cells[4]}</td>
                <td>
                  <button
                    type="button"
                    className="link"
                    onClick={() => select({ kind: 'mechanism', id: relation.mechanism }, { focus: true })}
                  >
                    {cells[5]}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
