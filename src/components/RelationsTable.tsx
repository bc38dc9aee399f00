/**
 * The text alternative of the diagram: every relation currently shown, as a table a
 * screen reader can walk and a person can copy. Each row selects its relation.
 */
import { useState } from 'react';
import { useApp, useAppContext, useT } from '../app/context';
import type { SubGraph } from '../model/query';
import { relationRows, relationRowsTsv } from '../model/relation-rows';
import { pick } from '../model/text';
import { CertaintyBadge, CitationMark } from './RelationText';

export function RelationsTable({ graph }: { graph: SubGraph }) {
  const t = useT();
  const { kb } = useAppContext();
  const language = useApp((s) => s.language);
  const select = useApp((s) => s.select);
  const [copied, setCopied] = useState(false);
  const rows = relationRows(kb, graph.relations, language);
  const copy = async () => {
    const text = relationRowsTsv(rows, {
      source: t('source'),
      relation: t('relation'),
      target: t('target'),
      therapy: t('therapy'),
      references: t('references'),
      mechanism: t('mechanism'),
      certainty: t('certaintyColumn'),
      caution: t('cautionColumn'),
    });
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
              <th scope="col">{t('relation')}</th>
              <th scope="col">{t('therapy')}</th>
              <th scope="col">
                {/* The narrow column shows "Refs"; a screen reader hears the full word. */}
                <span aria-hidden="true">{t('referencesShort')}</span>
                <span className="visually-hidden">{t('references')}</span>
              </th>
              <th scope="col">{t('mechanism')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ relation, cells }) => (
              <tr key={relation.id} data-relation={relation.id} data-certainty={relation.certainty}>
                <th scope="row">
                  {/* One button per relation, named by the whole statement ("TACE upregulates HIF-1α"):
                      source, verb and target in one cell, so a row read alone says which relation it is. */}
                  <button
                    type="button"
                    className="link"
                    onClick={() => select({ kind: 'relation', id: relation.id }, { focus: true })}
                  >
                    <span className="relation-end">{cells.source}</span> {cells.relation}{' '}
                    <span className="relation-end">{cells.target}</span>
                  </button>
                  {relation.certainty === 'suggested' && (
                    <>
                      {' '}
                      <CertaintyBadge />
                    </>
                  )}
                </th>
                <td>{cells.therapy}</td>
                <td>
                  <CitationMark record={relation} />
                  {relation.caution && (
                    <>
                      {' '}
                      <span className="caution-mark" data-caution="" title={pick(relation.caution, language)}>
                        <span aria-hidden="true">⚠</span>
                        <span className="visually-hidden">
                          {t('cautionLabel')} {pick(relation.caution, language)}
                        </span>
                      </span>
                    </>
                  )}
                </td>
                <td className="mechanism-cell">
                  <button
                    type="button"
                    className="link"
                    onClick={() => select({ kind: 'mechanism', id: relation.mechanism }, { focus: true })}
                  >
                    {cells.mechanism}
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
